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
        // "\r\n" is one Character in Swift, so Windows line ends must go before splitting on "\n".
        var text = Substring(text.replacingOccurrences(of: "\r\n", with: "\n"))
        if text.hasPrefix("\u{FEFF}") { text = text.dropFirst() }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
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
            path: path,
            frontMatter: lines[1..<end].joined(separator: "\n"),
            frontMatterLine: 2,
            body: lines[(end + 1)...].joined(separator: "\n"),
            bodyLine: end + 2)
    }

}

extension Substring {
    fileprivate func trimmingTrailingSpaces() -> Substring {
        var result = self
        while let last = result.last, last == " " || last == "\t" { result = result.dropLast() }
        return result
    }
}
