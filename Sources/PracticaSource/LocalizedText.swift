import PracticaCore

/// A text given per language (`{en: …, ru: …}`), or once for all languages (`Title`).
public struct LocalizedText: Sendable, Hashable {
    public var values: [String: String]
    /// The text given without a language, used for every language.
    public var fallback: String?

    public init(values: [String: String] = [:], fallback: String? = nil) {
        self.values = values
        self.fallback = fallback
    }

    /// The text in `language`, else the default language's, else any.
    public func text(in language: String, default defaultLanguage: String) -> String {
        values[language] ?? fallback ?? values[defaultLanguage] ?? values.sorted { $0.key < $1.key }.first?.value ?? ""
    }

    /// Reads a scalar or a language mapping; reports anything else.
    public static func read(_ node: YAMLNode, languages: [String], diagnostics: inout [Diagnostic]) -> LocalizedText {
        if let text = node.scalar { return LocalizedText(fallback: text) }
        guard let entries = node.mapping else {
            diagnostics.append(.error("expected a text or a mapping of language to text, found \(node.kindName)", at: node.location))
            return LocalizedText()
        }
        var result = LocalizedText()
        for entry in entries {
            if !languages.contains(entry.key) {
                diagnostics.append(.error(
                    "unknown language '\(entry.key)'", at: entry.keyLocation,
                    hint: Suggestion.hint(for: entry.key, among: languages) ?? "languages are listed in site.yml"))
            }
            guard let text = entry.value.scalar else {
                diagnostics.append(.error("expected a text, found \(entry.value.kindName)", at: entry.value.location))
                continue
            }
            result.values[entry.key] = text
        }
        return result
    }
}
