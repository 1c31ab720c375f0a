// Snowball's `among`: a binary search for the longest string of a sorted table that
// matches at the cursor, ported line for line from the reference runtime.
extension SnowballProgram {
    /// Matches the longest table string starting at the cursor; its result, or 0.
    mutating func findAmong(_ v: [Among]) -> Int {
        var i = 0, j = v.count
        let c = cursor, l = limit
        var commonI = 0, commonJ = 0
        var firstKeyInspected = false
        while true {
            let k = i + ((j - i) >> 1)
            var diff = 0
            var common = min(commonI, commonJ)
            let w = v[k].s
            var i2 = common
            while i2 < w.count {
                if c + common == l { diff = -1; break }
                diff = Int(current[c + common]) - Int(w[i2])
                if diff != 0 { break }
                common += 1
                i2 += 1
            }
            if diff < 0 { j = k; commonJ = common } else { i = k; commonI = common }
            if j - i <= 1 {
                if i > 0 || j == i || firstKeyInspected { break }
                firstKeyInspected = true
            }
        }
        while true {
            let w = v[i]
            if commonI >= w.s.count { cursor = c + w.s.count; return w.result }
            i = w.substringIndex
            if i < 0 { return 0 }
        }
    }

    /// Matches the longest table string ending at the cursor; its result, or 0.
    mutating func findAmongB(_ v: [Among]) -> Int {
        var i = 0, j = v.count
        let c = cursor, lb = limitBackward
        var commonI = 0, commonJ = 0
        var firstKeyInspected = false
        while true {
            let k = i + ((j - i) >> 1)
            var diff = 0
            var common = min(commonI, commonJ)
            let w = v[k].s
            var i2 = w.count - 1 - common
            while i2 >= 0 {
                if c - common == lb { diff = -1; break }
                diff = Int(current[c - 1 - common]) - Int(w[i2])
                if diff != 0 { break }
                common += 1
                i2 -= 1
            }
            if diff < 0 { j = k; commonJ = common } else { i = k; commonI = common }
            if j - i <= 1 {
                if i > 0 || j == i || firstKeyInspected { break }
                firstKeyInspected = true
            }
        }
        while true {
            let w = v[i]
            if commonI >= w.s.count { cursor = c - w.s.count; return w.result }
            i = w.substringIndex
            if i < 0 { return 0 }
        }
    }
}
