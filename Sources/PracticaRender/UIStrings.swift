import Foundation
import PracticaCore
import PracticaSource

/// The theme's words in one language, with English behind every missing one.
public struct UIStrings: Sendable {
    public var language: String
    public var table: [String: String] { didSet { templateTable = table } }
    /// The same table typed as templates look values up: converting `[String: String]` on every
    /// `{{ui.key}}` lookup cost more than the rest of a page's rendering.
    public private(set) var templateTable: [String: any Sendable] = [:]

    public init(language: String, table: [String: String]) {
        self.language = language
        self.table = table
        self.templateTable = table
    }

    /// The table for `language`; warns once where the language or some keys fall back to English.
    public static func resolve(_ theme: Theme, language: String, diagnostics: inout [Diagnostic]) -> UIStrings {
        let english = theme.strings["en"] ?? [:]
        guard let own = theme.strings[language] else {
            if language != "en" {
                diagnostics.append(.warning(
                    "the theme has no UI strings for '\(language)'", at: SourceLocation(path: "templates/i18n/\(language).yml"),
                    hint: "English is used; add templates/i18n/\(language).yml to translate them"))
            }
            return UIStrings(language: language, table: english)
        }
        let missing = english.keys.filter { own[$0] == nil }.sorted()
        if !missing.isEmpty {
            diagnostics.append(.warning(
                "UI strings missing in '\(language)': \(missing.prefix(5).joined(separator: ", "))\(missing.count > 5 ? " and \(missing.count - 5) more" : "")",
                at: SourceLocation(path: "templates/i18n/\(language).yml"), hint: "the English ones are used"))
        }
        return UIStrings(language: language, table: english.merging(own) { _, mine in mine })
    }

    /// The text for `key`, or the key itself so that a gap shows rather than breaks.
    public subscript(key: String) -> String { table[key] ?? key }

    /// The text with `{name}` placeholders filled, in one pass: a value is never searched for placeholders
    /// itself, and an unknown `{name}` stays as written.
    public func format(_ key: String, _ values: [String: String]) -> String {
        let template = self[key]
        guard template.utf8.contains(UInt8(ascii: "{")) else { return template }
        var result = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let name = rest[rest.index(after: open)...]
            if let close = name.firstIndex(of: "}"), let value = values[String(name[..<close])] {
                result += value
                rest = name[name.index(after: close)...]
            } else {
                result += "{"
                rest = name
            }
        }
        return result + rest
    }
}
