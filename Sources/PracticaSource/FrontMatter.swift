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
        let lines = Self.lines(of: text)
        guard lines.contains(where: { !$0.allSatisfy(\.isWhitespace) }) else {
            throw ContentError("empty file", at: SourceLocation(path: path, line: 1), hint: "a card starts with front matter between '---' lines")
        }
        guard lines.first.map({ $0.trimmingTrailingSpaces() == "---" }) == true else {
            throw ContentError(
                "missing front matter", at: SourceLocation(path: path, line: 1, column: 1),
                hint: "the first line must be '---', followed by YAML keys and another '---'")
        }
        guard let end = lines.dropFirst().firstIndex(where: { ["---", "..."].contains($0.trimmingTrailingSpaces()) }) else {
            throw ContentError(
                "front matter is not closed", at: SourceLocation(path: path, line: 1, column: 1),
                hint: "add a line '---' after the last key")
        }
        return SourceDocument(
            path: path, frontMatter: lines[1..<end].joined(separator: "\n"), frontMatterLine: 2,
            body: body(after: end, of: lines, in: text), bodyLine: end + 2)
    }

    /// The lines after the closing line, joined with `\n`. Without a `\r` in the file that is the rest of the
    /// text as it stands, taken without joining thousands of lines again.
    private static func body(after end: Int, of lines: [Substring], in text: Substring) -> String {
        guard end + 1 < lines.count else { return "" }
        if !text.utf8.contains(UInt8(ascii: "\r")) { return String(text[lines[end + 1].startIndex...]) }
        return lines[(end + 1)...].joined(separator: "\n")
    }

    /// The lines of `text`, each without its `\n` or `\r\n`. Cut on bytes, not Characters: "\r\n" is one
    /// Character, so after "\r\r\n" a Character split would miss the line end and every later line number.
    static func lines(of text: Substring) -> [Substring] {
        text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { line in
            Substring(line.last == UInt8(ascii: "\r") ? line.dropLast() : line)
        }
    }
}

extension Substring {
    fileprivate func trimmingTrailingSpaces() -> Substring {
        var result = self
        while let last = result.last, last == " " || last == "\t" { result = result.dropLast() }
        return result
    }
}
