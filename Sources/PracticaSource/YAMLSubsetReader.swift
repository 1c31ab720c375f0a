import PracticaCore

/// Reads the block-style YAML that front matter is nearly always written in, without libyaml.
///
/// Yams builds a node tree through libyaml for each card, about 200 µs of a 3 KB front matter; this
/// reads the same card in a fifth of the instructions. It answers only for a subset whose values and
/// locations it gives exactly as Yams does (YAMLSubsetReaderTests and the FuzzFrontMatter fuzzer compare
/// the two):
/// block mappings with simple keys, block sequences, one-line flow sequences and mappings of plain
/// words, and one-line plain, single-quoted and escape-free double-quoted scalars. For anything else
/// (anchors, tags, block scalars, continued or escaped scalars, a comment after a value, tabs, line ends
/// other than LF, duplicate keys, errors) it returns nil, and YAMLReader asks Yams, whose messages the
/// diagnostics quote.
public enum YAMLSubsetReader {
    /// The tree Yams would give for `text`, or nil when `text` is outside the subset.
    public static func parse(_ text: String, path: String, firstLine: Int) -> YAMLNode? {
        var text = text
        return text.withUTF8 { bytes in
            var parser = YAMLSubsetParser(bytes: bytes, path: path, firstLine: firstLine)
            return try? parser.document()
        }
    }
}

/// Thrown wherever the text leaves the subset; never seen outside the reader.
struct OutsideSubset: Error {}

/// The reader's state: the text's bytes and its content lines.
struct YAMLSubsetParser {
    /// One line with content: not blank, not a comment. Offsets are into `bytes`.
    struct Line {
        var number: Int
        var lineStart: Int
        /// Where the content starts: after the indentation, or after `- ` for a mapping inside a sequence item.
        var start: Int
        /// After the last character that is not a space.
        var end: Int
        var indent: Int { start - lineStart }
    }

    let bytes: UnsafeBufferPointer<UInt8>
    let path: String
    let firstLine: Int
    var lines: [Line] = []
    /// Collections open around the one being read: libyaml refuses nesting past 1,000 levels, and no card nests
    /// near the subset's limit of 500.
    var depth = 0
    static let maximumDepth = 500

    init(bytes: UnsafeBufferPointer<UInt8>, path: String, firstLine: Int) {
        self.bytes = bytes
        self.path = path
        self.firstLine = firstLine
    }

    mutating func document() throws(OutsideSubset) -> YAMLNode {
        try splitLines()
        guard let first = lines.first, first.indent == 0, !isSequenceItem(first) else { throw OutsideSubset() }
        let (root, next) = try mapping(from: 0)
        guard next == lines.count else { throw OutsideSubset() }
        return root
    }

    // MARK: Lines

    /// Splits the text into content lines, refusing what libyaml would read differently or reject.
    private mutating func splitLines() throws(OutsideSubset) {
        var number = 0
        var lineStart = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A {
                try check(at: lineEnd)
                lineEnd += 1
            }
            try addLine(number: number, from: lineStart, to: lineEnd)
            number += 1
            lineStart = lineEnd + 1
        }
    }

    /// Tabs, CR, control characters, NEL, LS, PS, BOM and the non-characters U+FFFE/U+FFFF.
    private func check(at index: Int) throws(OutsideSubset) {
        let byte = bytes[index]
        if byte < 0x20 || byte == 0x7F { throw OutsideSubset() }
        guard byte == 0xC2 || byte == 0xE2 || byte == 0xEF, index + 1 < bytes.count else { return }
        let next = bytes[index + 1]
        switch byte {
        case 0xC2 where next >= 0x80 && next <= 0x9F: throw OutsideSubset()
        case 0xE2 where next == 0x80 && index + 2 < bytes.count && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
            throw OutsideSubset()
        case 0xEF where (next == 0xBB || next == 0xBF) && index + 2 < bytes.count
            && (bytes[index + 2] == 0xBF || bytes[index + 2] == 0xBE):
            throw OutsideSubset()
        default: return
        }
    }

    private mutating func addLine(number: Int, from lineStart: Int, to lineEnd: Int) throws(OutsideSubset) {
        var start = lineStart
        while start < lineEnd, bytes[start] == 0x20 { start += 1 }
        var end = lineEnd
        while end > start, bytes[end - 1] == 0x20 { end -= 1 }
        guard start < end, bytes[start] != UInt8(ascii: "#") else { return }
        if start == lineStart, end - start >= 3, isDocumentMarker(at: start, end: end) { throw OutsideSubset() }
        lines.append(Line(number: number, lineStart: lineStart, start: start, end: end))
    }

    private func isDocumentMarker(at start: Int, end: Int) -> Bool {
        let first = bytes[start]
        guard first == UInt8(ascii: "-") || first == UInt8(ascii: ".") else { return false }
        return bytes[start + 1] == first && bytes[start + 2] == first && (end == start + 3 || bytes[start + 3] == 0x20)
    }

    private func isSequenceItem(_ line: Line) -> Bool {
        bytes[line.start] == UInt8(ascii: "-") && (line.start + 1 == line.end || bytes[line.start + 1] == 0x20)
    }

    /// The file location of a byte: libyaml counts columns in Unicode scalars, from 1.
    func location(_ line: Line, _ offset: Int) -> SourceLocation {
        var column = 1
        for index in line.lineStart..<offset where bytes[index] & 0xC0 != 0x80 { column += 1 }
        return SourceLocation(path: path, line: firstLine + line.number, column: column)
    }

    func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}

// MARK: Block collections

extension YAMLSubsetParser {
    /// Enters a collection starting at `lines[index]`: its indentation and location; out of the subset past the
    /// depth limit (the reader is then dropped, so the depth need not come back down).
    private mutating func open(at index: Int) throws(OutsideSubset) -> (indent: Int, mark: SourceLocation) {
        depth += 1
        guard depth <= Self.maximumDepth else { throw OutsideSubset() }
        return (lines[index].indent, location(lines[index], lines[index].start))
    }

    /// A block mapping whose keys stand at the indentation of `lines[index]`.
    fileprivate mutating func mapping(from index: Int) throws(OutsideSubset) -> (YAMLNode, Int) {
        let (indent, mark) = try open(at: index)
        defer { depth -= 1 }
        var entries: [YAMLEntry] = []
        var keys: Set<String> = []
        var index = index
        while index < lines.count, lines[index].indent >= indent {
            let line = lines[index]
            guard line.indent == indent, !isSequenceItem(line) else { throw OutsideSubset() }
            let colon = try keyEnd(in: line.start..<line.end)
            let key = text(line.start..<colon)
            guard keys.insert(key).inserted else { throw OutsideSubset() }
            let value: YAMLNode
            (value, index) = try mappingValue(of: line, after: colon, at: index)
            entries.append(YAMLEntry(key: key, keyLocation: location(line, line.start), value: value))
        }
        return (YAMLNode(.mapping(entries), at: mark), index)
    }

    /// The value after `key:`: on the same line, or a block below it, or null.
    private mutating func mappingValue(of line: Line, after colon: Int, at index: Int) throws(OutsideSubset) -> (YAMLNode, Int) {
        var start = colon + 1
        while start < line.end, bytes[start] == 0x20 { start += 1 }
        if start < line.end { return (try inline(line, start..<line.end), index + 1) }
        let next = index + 1
        if next < lines.count, lines[next].indent > line.indent {
            return isSequenceItem(lines[next]) ? try sequence(from: next) : try mapping(from: next)
        }
        if next < lines.count, lines[next].indent == line.indent, isSequenceItem(lines[next]) {
            return try sequence(from: next)
        }
        // libyaml places an empty value just after the colon.
        return (YAMLNode(.null, at: location(line, colon + 1)), next)
    }

    /// A block sequence whose dashes stand at the indentation of `lines[index]`.
    fileprivate mutating func sequence(from index: Int) throws(OutsideSubset) -> (YAMLNode, Int) {
        let (indent, mark) = try open(at: index)
        defer { depth -= 1 }
        var items: [YAMLNode] = []
        var index = index
        while index < lines.count, lines[index].indent == indent, isSequenceItem(lines[index]) {
            var start = lines[index].start + 1
            while start < lines[index].end, bytes[start] == 0x20 { start += 1 }
            guard start < lines[index].end else { throw OutsideSubset() }
            if startsMappingEntry(start..<lines[index].end) {
                // `- key: value`: the item is a mapping whose keys line up with this first one.
                lines[index].start = start
                let item: YAMLNode
                (item, index) = try mapping(from: index)
                items.append(item)
            } else {
                items.append(try inline(lines[index], start..<lines[index].end))
                index += 1
            }
        }
        return (YAMLNode(.sequence(items), at: mark), index)
    }

    /// Whether a sequence item's text is `key: …` rather than a scalar or a flow collection.
    private func startsMappingEntry(_ range: Range<Int>) -> Bool {
        switch bytes[range.lowerBound] {
        case UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "["), UInt8(ascii: "{"): return false
        default: return range.contains { bytes[$0] == UInt8(ascii: ":") && ($0 + 1 == range.upperBound || bytes[$0 + 1] == 0x20) }
        }
    }

    /// libyaml forgets a possible key 1,024 characters after its start; the subset stops well before.
    static let maximumKeyLength = 1000

    /// The offset of the colon after a simple key (letters, digits, `_` and `-`, not first), or out of the subset.
    private func keyEnd(in range: Range<Int>) throws(OutsideSubset) -> Int {
        var index = range.lowerBound
        while index < range.upperBound, isKeyByte(bytes[index]) { index += 1 }
        guard index > range.lowerBound, index - range.lowerBound < Self.maximumKeyLength,
            bytes[range.lowerBound] != UInt8(ascii: "-"),
            index < range.upperBound,
            bytes[index] == UInt8(ascii: ":"), index + 1 == range.upperBound || bytes[index + 1] == 0x20
        else { throw OutsideSubset() }
        return index
    }

    func isKeyByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "_"), UInt8(ascii: "-"):
            true
        default: false
        }
    }
}
