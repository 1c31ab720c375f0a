import Foundation
import PracticaCore

/// A content file split into its YAML front matter and its Markdown body, with their starting lines.
public struct SourceDocument: Sendable {
    public var path: String
    public var frontMatter: String
    /// The file line on which the front matter's first line stands.
    public var frontMatterLine: Int
    public var body: String
    public var bodyLine: Int
}

/// Splits `---` front matter from the body.
public enum FrontMatter {
    /// Splits `text`; throws a located error for an empty file or a missing or unclosed front matter.
    public static func split(_ text: String, path: String) throws(ContentError) -> SourceDocument {
        var text = Substring(text)
        if text.unicodeScalars.first == "\u{FEFF}" { text = Substring(text.unicodeScalars.dropFirst()) }
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw ContentError("empty file", at: SourceLocation(path: path, line: 1), hint: "a card starts with front matter between '---' lines")
        }
        // Lines are cut only as far as the closing line: the body is taken whole, not split and joined again.
        var head: [Substring] = []
        var rest: Substring? = text
        while let remaining = rest {
            let (line, next) = firstLine(of: remaining)
            head.append(line)
            rest = next
            if head.count == 1, !isFence(line, UInt8(ascii: "-")) {
                throw ContentError(
                    "missing front matter", at: SourceLocation(path: path, line: 1, column: 1),
                    hint: "the first line must be '---', followed by YAML keys and another '---'")
            }
            if head.count > 1, isClosing(line) { break }
        }
        guard head.count > 1, isClosing(head[head.count - 1]) else {
            throw ContentError(
                "front matter is not closed", at: SourceLocation(path: path, line: 1, column: 1),
                hint: "add a line '---' after the last key")
        }
        return SourceDocument(
            path: path, frontMatter: frontMatter(head, in: text), frontMatterLine: 2,
            body: body(rest), bodyLine: head.count + 1)
    }

    /// The lines between the fences, joined with `\n`: the text as it stands when it has no `\r`.
    private static func frontMatter(_ head: [Substring], in text: Substring) -> String {
        guard head.count > 2 else { return "" }
        let inside = text[head[1].startIndex..<head[head.count - 2].endIndex]
        guard hasCarriageReturn(inside) else { return String(inside) }
        return head[1..<(head.count - 1)].joined(separator: "\n")
    }

    /// memchr over the bytes: `Substring.utf8.contains` took 25 instructions a byte.
    private static func hasCarriageReturn(_ text: Substring) -> Bool {
        let found = text.utf8.withContiguousStorageIfAvailable { bytes in
            !bytes.isEmpty && memchr(bytes.baseAddress!, 0x0D, bytes.count) != nil
        }
        return found ?? text.utf8.contains(UInt8(ascii: "\r"))
    }

    private static func isClosing(_ line: Substring) -> Bool {
        isFence(line, UInt8(ascii: "-")) || isFence(line, UInt8(ascii: "."))
    }

    /// Whether `line` is three `fence` bytes and trailing spaces or tabs, compared as bytes: comparing each line
    /// of Russian or Hebrew front matter with "---" as Strings went through Unicode's equivalence rules.
    private static func isFence(_ line: Substring, _ fence: UInt8) -> Bool {
        var bytes = line.utf8[...]
        while let last = bytes.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") { bytes = bytes.dropLast() }
        return bytes.count == 3 && bytes.allSatisfy { $0 == fence }
    }

    /// The text after the closing line with `\r\n` line ends as `\n`: as it stands when it has no `\r`.
    private static func body(_ rest: Substring?) -> String {
        guard let rest else { return "" }
        guard hasCarriageReturn(rest) else { return String(rest) }
        return lines(of: rest).joined(separator: "\n")
    }

    /// The first line of `text` without its line end, and the text after that line end (nil after the last line).
    private static func firstLine(of text: Substring) -> (line: Substring, rest: Substring?) {
        guard let newline = text.utf8.firstIndex(of: UInt8(ascii: "\n")) else { return (withoutCarriageReturn(text), nil) }
        return (withoutCarriageReturn(text[..<newline]), text[text.utf8.index(after: newline)...])
    }

    private static func withoutCarriageReturn(_ line: Substring) -> Substring {
        line.utf8.last == UInt8(ascii: "\r") ? Substring(line.utf8.dropLast()) : line
    }

    /// The lines of `text`, each without its `\n` or `\r\n`. Cut on bytes, not Characters: "\r\n" is one
    /// Character, so after "\r\r\n" a Character split would miss the line end and every later line number.
    static func lines(of text: Substring) -> [Substring] {
        text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { line in
            Substring(line.last == UInt8(ascii: "\r") ? line.dropLast() : line)
        }
    }
}
