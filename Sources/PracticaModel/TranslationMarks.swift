import Foundation
import PracticaCore
import PracticaSource

/// `practica new --from` copies the source language's texts marked `TRANSLATE:`, and its body under
/// `<!-- TRANSLATE -->`. A marked text still there when the card is built would be published in the wrong
/// language, so it is a warning, once per file, at the first one.
enum TranslationMarks {
    static let textMark = "TRANSLATE: "
    static let bodyMark = "<!-- TRANSLATE -->"

    static func check(_ root: YAMLNode, body: String, path: String) -> Diagnostic? {
        var marked: [(key: String, location: SourceLocation)] = []
        func visit(_ node: YAMLNode, key: String) {
            switch node.value {
            case .scalar(let text) where text.hasPrefix(textMark): marked.append((key, node.location))
            case .sequence(let items): for item in items { visit(item, key: key) }
            case .mapping(let entries): for entry in entries { visit(entry.value, key: key) }
            default: break
            }
        }
        for entry in root.mapping ?? [] { visit(entry.value, key: entry.key) }
        var keys = marked.map(\.key).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        if contains(body, bodyMark) { keys.append("the body") }
        guard !keys.isEmpty else { return nil }
        return .warning(
            "not yet translated: \(keys.joined(separator: ", "))", at: marked.first?.location ?? SourceLocation(path: path),
            hint: "translate the texts marked TRANSLATE and remove the marks")
    }

    /// memchr for the mark's first byte, then a byte compare: Foundation's `contains` folded every character of
    /// every body, 11% of a build.
    static func contains(_ text: String, _ mark: String) -> Bool {
        var text = text, mark = mark
        return text.withUTF8 { haystack in
            mark.withUTF8 { needle in
                guard let base = haystack.baseAddress, let pattern = needle.baseAddress, let first = needle.first,
                    needle.count <= haystack.count
                else { return false }
                var offset = 0
                while offset + needle.count <= haystack.count,
                    let found = memchr(base + offset, Int32(first), haystack.count - offset - needle.count + 1)
                {
                    let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + at, pattern, needle.count) == 0 { return true }
                    offset = at + 1
                }
                return false
            }
        }
    }
}
