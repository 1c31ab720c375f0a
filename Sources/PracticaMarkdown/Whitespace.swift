/// Whitespace handling shared by plain text, heading text, slugs and URL checks.
extension String {
    /// Runs of whitespace (including newlines) as single spaces, none at either end.
    func collapsingWhitespace() -> String {
        var output: [UInt8] = []
        output.reserveCapacity(utf8.count)
        var pendingSpace = false
        for scalar in unicodeScalars {
            if scalar.isWhitespace {
                pendingSpace = !output.isEmpty
                continue
            }
            if pendingSpace { output.append(UInt8(ascii: " ")) }
            pendingSpace = false
            if scalar.isASCII {
                output.append(UInt8(scalar.value))
            } else {
                output.append(contentsOf: scalar.utf8)
            }
        }
        return String(decoding: output, as: UTF8.self)
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
