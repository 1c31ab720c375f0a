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
    /// Looking up Unicode properties is slow, and nearly all text is ASCII.
    var isWhitespace: Bool {
        switch value {
        case 0x20, 0x09...0x0D: true
        case 0..<0x80: false
        default: properties.isWhitespace
        }
    }
}
