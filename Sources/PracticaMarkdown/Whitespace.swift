/// Whitespace handling shared by plain text, heading text, slugs and URL checks.
extension String {
    /// Runs of whitespace (including newlines) as single spaces, none at either end.
    func collapsingWhitespace() -> String {
        var text = self
        return text.withUTF8 { bytes in
            // Most lines of text are collapsed already: they come back as they are, without a copy.
            if Whitespace.isCollapsed(bytes) { return self }
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            var pendingSpace = false
            var index = 0
            while index < bytes.count {
                let width = Whitespace.width(bytes, at: index)
                if width > 0 {
                    pendingSpace = !output.isEmpty
                    index += width
                    continue
                }
                if pendingSpace { output.append(UInt8(ascii: " ")) }
                pendingSpace = false
                output.append(bytes[index])
                index += 1
            }
            return String(decoding: output, as: UTF8.self)
        }
    }
}

/// Unicode's White_Space set in UTF-8, for passes over bytes.
enum Whitespace {
    /// The byte length of the White_Space scalar starting at `index`, or 0. A continuation byte is never one.
    static func width(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        switch byte {
        case 0x20, 0x09...0x0D: return 1
        case 0xC2, 0xE1, 0xE2, 0xE3: break
        default: return 0
        }
        guard index + 1 < bytes.count else { return 0 }
        let second = bytes[index + 1]
        if byte == 0xC2 { return second == 0x85 || second == 0xA0 ? 2 : 0 }
        guard index + 2 < bytes.count else { return 0 }
        let third = bytes[index + 2]
        switch (byte, second) {
        case (0xE1, 0x9A): return third == 0x80 ? 3 : 0  // U+1680
        case (0xE2, 0x80): return (0x80...0x8A).contains(third) || third == 0xA8 || third == 0xA9 || third == 0xAF ? 3 : 0
        case (0xE2, 0x81): return third == 0x9F ? 3 : 0  // U+205F
        case (0xE3, 0x80): return third == 0x80 ? 3 : 0  // U+3000
        default: return 0
        }
    }

    /// Whether the text has no whitespace but single spaces between other characters.
    static func isCollapsed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previousSpace = true
        for index in bytes.indices {
            guard width(bytes, at: index) > 0 else {
                previousSpace = false
                continue
            }
            if previousSpace || bytes[index] != UInt8(ascii: " ") { return false }
            previousSpace = true
        }
        return !previousSpace || bytes.isEmpty
    }
}

extension Unicode.Scalar {
    /// Unicode's White_Space set, spelled out: looking the property up was slow for Hebrew, Russian and Bulgarian
    /// text, where every letter is outside ASCII. A test checks the list against the property for every scalar.
    var isWhitespace: Bool {
        switch value {
        case 0x20, 0x09...0x0D, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }
}
