import PracticaCore

// One-line values of the YAML subset: scalars and flow collections of plain words.
extension YAMLSubsetParser {
    /// The value written on one line from `range.lowerBound` to the end of the line's content.
    func inline(_ line: Line, _ range: Range<Int>) throws(OutsideSubset) -> YAMLNode {
        let at = location(line, range.lowerBound)
        switch bytes[range.lowerBound] {
        case UInt8(ascii: "["):
            let items = try flowItems(range, close: "]", colons: false)
            return YAMLNode(.sequence(items.map { plain($0.text, at: location(line, $0.start)) }), at: at)
        case UInt8(ascii: "{"):
            return YAMLNode(.mapping(try flowEntries(line, range)), at: at)
        case UInt8(ascii: "'"):
            return YAMLNode(.scalar(try singleQuoted(range)), at: at)
        case UInt8(ascii: "\""):
            return YAMLNode(.scalar(try doubleQuoted(range)), at: at)
        default:
            return plain(try blockPlain(range), at: at)
        }
    }

    /// A plain scalar, or null when it is one of YAML's spellings of null.
    private func plain(_ text: String, at location: SourceLocation) -> YAMLNode {
        switch text {
        case "", "~", "null", "Null", "NULL": YAMLNode(.null, at: location)
        default: YAMLNode(.scalar(text), at: location)
        }
    }

    /// A plain scalar in block context: no indicator first, no `: ` or ` #` inside.
    private func blockPlain(_ range: Range<Int>) throws(OutsideSubset) -> String {
        guard !isIndicator(bytes[range.lowerBound]) else { throw OutsideSubset() }
        for index in range {
            switch bytes[index] {
            case UInt8(ascii: ":") where index + 1 == range.upperBound || bytes[index + 1] == 0x20: throw OutsideSubset()
            case UInt8(ascii: "#") where bytes[index - 1] == 0x20: throw OutsideSubset()
            default: continue
            }
        }
        return text(range)
    }

    /// Bytes that may not begin a plain scalar in the subset; `-`, `?` and `:` included even where YAML
    /// would allow them before a non-space.
    private func isIndicator(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["),
            UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"),
            UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"),
            UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"):
            true
        default: false
        }
    }

    /// `'…'` with `''` for a quote, ending the line.
    private func singleQuoted(_ range: Range<Int>) throws(OutsideSubset) -> String {
        guard range.count >= 2, bytes[range.upperBound - 1] == UInt8(ascii: "'") else { throw OutsideSubset() }
        var result: [UInt8] = []
        var index = range.lowerBound + 1
        while index < range.upperBound - 1 {
            if bytes[index] == UInt8(ascii: "'") {
                guard index + 1 < range.upperBound - 1, bytes[index + 1] == UInt8(ascii: "'") else { throw OutsideSubset() }
                index += 1
            }
            result.append(bytes[index])
            index += 1
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// `"…"` without escapes, ending the line.
    private func doubleQuoted(_ range: Range<Int>) throws(OutsideSubset) -> String {
        guard range.count >= 2, bytes[range.upperBound - 1] == UInt8(ascii: "\"") else { throw OutsideSubset() }
        let inner = range.lowerBound + 1..<range.upperBound - 1
        guard !inner.contains(where: { bytes[$0] == UInt8(ascii: "\"") || bytes[$0] == UInt8(ascii: "\\") }) else {
            throw OutsideSubset()
        }
        return text(inner)
    }

    /// The comma-separated words of `[…]` or `{…}`, trimmed, with where each starts.
    /// Colons are refused in a sequence's items, where `a: b` would be a mapping.
    private func flowItems(_ range: Range<Int>, close: Unicode.Scalar, colons: Bool) throws(OutsideSubset)
        -> [(text: String, start: Int)]
    {
        guard range.count >= 2, bytes[range.upperBound - 1] == UInt8(ascii: close) else { throw OutsideSubset() }
        let inner = range.lowerBound + 1..<range.upperBound - 1
        if inner.allSatisfy({ bytes[$0] == 0x20 }) { return [] }
        var items: [(text: String, start: Int)] = []
        var start = inner.lowerBound
        while start <= inner.upperBound {
            var end = start
            while end < inner.upperBound, bytes[end] != UInt8(ascii: ",") { end += 1 }
            items.append(try flowWord(start..<end, colons: colons))
            start = end + 1
        }
        return items
    }

    /// One item of a flow collection: a plain word with none of the characters that mean more in flow context.
    private func flowWord(_ range: Range<Int>, colons: Bool) throws(OutsideSubset) -> (text: String, start: Int) {
        var start = range.lowerBound, end = range.upperBound
        while start < end, bytes[start] == 0x20 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 { end -= 1 }
        guard start < end, !isIndicator(bytes[start]) else { throw OutsideSubset() }
        for index in start..<end {
            switch bytes[index] {
            case UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "'"),
                UInt8(ascii: "\""), UInt8(ascii: "#"), UInt8(ascii: "?"):
                throw OutsideSubset()
            case UInt8(ascii: ":") where !colons: throw OutsideSubset()
            default: continue
            }
        }
        return (text(start..<end), start)
    }

    /// The `key: value` pairs of `{…}`: simple keys, plain words without a colon as values.
    private func flowEntries(_ line: Line, _ range: Range<Int>) throws(OutsideSubset) -> [YAMLEntry] {
        var keys: Set<String> = []
        var entries: [YAMLEntry] = []
        for item in try flowItems(range, close: "}", colons: true) {
            let parts = item.text.split(separator: ": ", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2, parts[0].utf8.count < Self.maximumKeyLength,
                parts[0].utf8.allSatisfy({ isKeyByte($0) && $0 != UInt8(ascii: "-") }), !parts[1].contains(":"),
                let first = parts[1].utf8.first, first != 0x20, !isIndicator(first),
                keys.insert(String(parts[0])).inserted
            else { throw OutsideSubset() }
            let valueStart = item.start + parts[0].utf8.count + 2
            entries.append(
                YAMLEntry(
                    key: String(parts[0]), keyLocation: location(line, item.start),
                    value: plain(String(parts[1]), at: location(line, valueStart))))
        }
        return entries
    }
}
