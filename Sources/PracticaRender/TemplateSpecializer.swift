/// Writes a language's page constants into a template's source, so that rendering does not look them up.
///
/// A variable tag such as `{{ui.nav_catalog}}` or `{{siteTitle}}` costs swift-mustache a walk up the context
/// stack with dynamic casts at every level: about a microsecond, and a third of the tags of a page are the same
/// in every page of a language (its UI strings, navigation links, site title). Each language's templates are
/// compiled once with those tags replaced by their text, escaped as `{{…}}` escapes it, or raw for `{{{…}}}`
/// and `{{&…}}`. Section tags, partials and everything else stay as written.
///
/// It is only correct because no view puts these names below a page's top level (`PageFrame.constants`; a
/// test checks every view of the sample site), so a tag always finds the page's own value, wherever it is.
enum TemplateSpecializer {
    /// `source` with every variable tag named in `constants` replaced. A template that changes its delimiters
    /// is returned as it is, and so are tags whose text holds braces or line breaks, which could make new tags
    /// out of their neighbours or be indented as part of a partial.
    static func specialize(_ source: String, constants: [String: String], escape: (String) -> String) -> String {
        guard !constants.isEmpty, !source.contains("{{=") else { return source }
        var output = ""
        output.reserveCapacity(source.utf8.count)
        var rest = source[...]
        while let open = rest.range(of: "{{") {
            let triple = rest[open.upperBound...].hasPrefix("{")
            guard let close = rest[open.upperBound...].range(of: triple ? "}}}" : "}}") else { break }
            output += rest[..<open.lowerBound]
            let tag = rest[open.lowerBound..<close.upperBound]
            let inner = rest[(triple ? rest.index(after: open.upperBound) : open.upperBound)..<close.lowerBound]
            output += replacement(inner, raw: triple, constants: constants, escape: escape) ?? String(tag)
            rest = rest[close.upperBound...]
        }
        return output + rest
    }

    /// The text for one tag's inside, or nil to keep the tag.
    private static func replacement(
        _ inner: Substring, raw: Bool, constants: [String: String], escape: (String) -> String
    ) -> String? {
        var name = inner.trimmingWhitespace()
        var unescaped = raw
        if !raw, name.first == "&" {
            name = name.dropFirst().trimmingWhitespace()
            unescaped = true
        }
        guard let value = constants[String(name)], isInlinable(value) else { return nil }
        return unescaped ? value : escape(value)
    }

    private static func isInlinable(_ value: String) -> Bool {
        !value.utf8.contains { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "}") || $0 == 0x0A || $0 == 0x0D }
    }
}

extension Substring {
    fileprivate func trimmingWhitespace() -> Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return self[first...last]
    }
}
