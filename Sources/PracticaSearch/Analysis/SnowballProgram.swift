/// The state and primitives of a Snowball program (https://snowballstem.org), ported from
/// the reference runtime (snowballstemmer's basestemmer.py) so that stemmers written
/// against it match the published algorithms exactly. Works on scalar values.
struct SnowballProgram {
    var current: [UInt32] = []
    var cursor = 0
    var limit = 0
    var limitBackward = 0
    var bra = 0
    var ket = 0

    /// Starts over on the word now in `current`.
    mutating func reset() {
        cursor = 0
        limit = current.count
        limitBackward = 0
        bra = 0
        ket = limit
    }

    mutating func inGrouping(_ g: Grouping) -> Bool {
        guard cursor < limit, g.contains(current[cursor]) else { return false }
        cursor += 1
        return true
    }

    mutating func inGroupingB(_ g: Grouping) -> Bool {
        guard cursor > limitBackward, g.contains(current[cursor - 1]) else { return false }
        cursor -= 1
        return true
    }

    mutating func outGroupingB(_ g: Grouping) -> Bool {
        guard cursor > limitBackward, !g.contains(current[cursor - 1]) else { return false }
        cursor -= 1
        return true
    }

    /// Moves forward to the next scalar in `g`; false if there is none.
    mutating func goOutGrouping(_ g: Grouping) -> Bool {
        while cursor < limit {
            if g.contains(current[cursor]) { return true }
            cursor += 1
        }
        return false
    }

    /// Moves forward to the next scalar not in `g`; false if there is none.
    mutating func goInGrouping(_ g: Grouping) -> Bool {
        while cursor < limit {
            if !g.contains(current[cursor]) { return true }
            cursor += 1
        }
        return false
    }

    /// Moves backward to just after the previous scalar in `g`; false if there is none.
    mutating func goOutGroupingB(_ g: Grouping) -> Bool {
        while cursor > limitBackward {
            if g.contains(current[cursor - 1]) { return true }
            cursor -= 1
        }
        return false
    }

    /// Steps back over `value` if it is the scalar before the cursor.
    mutating func eatB(_ value: UInt32) -> Bool {
        guard cursor > limitBackward, current[cursor - 1] == value else { return false }
        cursor -= 1
        return true
    }

    /// Steps back over `s` if the text before the cursor ends with it.
    mutating func eqSB(_ s: [UInt32]) -> Bool {
        guard cursor - limitBackward >= s.count else { return false }
        let start = cursor - s.count
        for i in 0..<s.count where current[start + i] != s[i] { return false }
        cursor = start
        return true
    }

    /// Replaces the slice [bra, ket) with `s`, keeping the cursor where Snowball keeps it.
    mutating func sliceFrom(_ s: [UInt32]) {
        let adjustment = s.count - (ket - bra)
        current.replaceSubrange(bra..<ket, with: s)
        limit += adjustment
        if cursor >= ket {
            cursor += adjustment
        } else if cursor > bra {
            cursor = bra
        }
        ket = bra + s.count
    }

    mutating func sliceDel() { sliceFrom([]) }
}

/// A set of scalars within 64 of each other, as Snowball's `grouping`.
struct Grouping: Sendable {
    let base: UInt32
    let bits: UInt64

    init(_ members: String) {
        let values = members.unicodeScalars.map(\.value)
        let base = values.min() ?? 0
        self.base = base
        self.bits = values.reduce(0) { $0 | (1 << UInt64($1 - base)) }
    }

    @inline(__always)
    func contains(_ value: UInt32) -> Bool {
        let offset = value &- base
        return offset < 64 && bits & (1 << UInt64(offset)) != 0
    }
}

/// One string of a Snowball `among`, with the index of its longest proper suffix (or
/// prefix, forwards) in the same table and the result it selects.
struct Among: Sendable {
    let s: [UInt32]
    let substringIndex: Int
    let result: Int

    init(_ s: String, _ substringIndex: Int, _ result: Int) {
        self.s = s.unicodeScalars.map(\.value)
        self.substringIndex = substringIndex
        self.result = result
    }
}
