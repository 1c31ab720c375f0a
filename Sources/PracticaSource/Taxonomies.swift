import PracticaCore

/// One facet term: a stable key with a label per language.
public struct TaxonomyTerm: Sendable, Hashable {
    public var key: String
    public var labels: [String: String]
    public var location: SourceLocation
}

/// taxonomies.yml: the facets' terms, keyed so that filters agree across languages.
public struct Taxonomies: Sendable {
    /// The facets a card may name, in display order.
    public static let names = ["topics", "audience", "regions", "partners", "evidence"]

    /// Terms per facet, in the order the file gives them.
    public var terms: [String: [TaxonomyTerm]]

    public init(terms: [String: [TaxonomyTerm]] = [:]) { self.terms = terms }

    /// The term `key` of facet `name`.
    public func term(_ key: String, in name: String) -> TaxonomyTerm? {
        terms[name]?.first { $0.key == key }
    }

    /// The label in `language`, falling back to the default language, then to the key.
    public func label(_ key: String, in name: String, language: String, default defaultLanguage: String) -> String {
        guard let term = term(key, in: name) else { return key }
        return term.labels[language] ?? term.labels[defaultLanguage] ?? key
    }

    /// Reads taxonomies.yml's root; warns for labels missing in a language.
    public static func read(_ root: YAMLNode?, path: String, config: SiteConfig, diagnostics: inout [Diagnostic]) -> Taxonomies {
        var result = Taxonomies()
        guard let root else { return result }
        guard let facets = root.mapping else {
            diagnostics.append(.error("taxonomies.yml must map facet names to terms", at: root.location))
            return result
        }
        reportUnknownKeys(facets, known: names, diagnostics: &diagnostics)
        for facet in facets where names.contains(facet.key) {
            result.terms[facet.key] = readTerms(facet, config: config, diagnostics: &diagnostics)
        }
        return result
    }

    private static func readTerms(_ facet: YAMLEntry, config: SiteConfig, diagnostics: inout [Diagnostic]) -> [TaxonomyTerm] {
        guard let entries = facet.value.mapping else {
            if case .null = facet.value.value { return [] }
            diagnostics.append(.error("'\(facet.key)' must map term keys to labels", at: facet.value.location))
            return []
        }
        var terms: [TaxonomyTerm] = []
        for entry in entries {
            if !Slug.isValid(entry.key) {
                diagnostics.append(.error("term key '\(entry.key)' is not a slug", at: entry.keyLocation, hint: "use lowercase letters, digits and single hyphens, like 'foster-care'"))
            }
            let text = LocalizedText.read(entry.value, languages: config.languages, diagnostics: &diagnostics)
            var labels = text.values
            if let fallback = text.fallback { labels[config.defaultLanguage] = fallback }
            for language in config.languages where labels[language] == nil {
                diagnostics.append(.warning(
                    "\(facet.key) term '\(entry.key)' has no label in '\(language)'", at: entry.keyLocation,
                    hint: "the \(config.defaultLanguage) label is used"))
            }
            terms.append(TaxonomyTerm(key: entry.key, labels: labels, location: entry.keyLocation))
        }
        return terms
    }
}
