import PracticaCore

extension SiteConfig {
    /// The keys site.yml may have, for "did you mean".
    public static let keys = ["title", "description", "base_url", "default_language", "languages", "rtl", "cost_bands", "page_size"]

    /// Reads site.yml's root node, collecting every problem.
    public static func read(_ root: YAMLNode?, path: String, diagnostics: inout [Diagnostic]) -> SiteConfig {
        var config = SiteConfig()
        guard let root, let entries = root.mapping else {
            diagnostics.append(.error(
                "site.yml must be a mapping of settings", at: SourceLocation(path: path, line: 1), hint: "it needs title, base_url and languages"))
            return config
        }
        reportUnknownKeys(entries, known: keys, diagnostics: &diagnostics)
        if let node = root["languages"] {
            config.languages = readLanguages(node, diagnostics: &diagnostics)
        } else {
            diagnostics.append(.error("missing required key 'languages'", at: SourceLocation(path: path, line: 1)))
        }
        config.defaultLanguage = root["default_language"]?.scalar ?? config.languages.first ?? "en"
        if let node = root["default_language"], node.scalar == nil {
            diagnostics.append(.error("default_language must be one language code, found \(node.kindName)", at: node.location))
        } else if let node = root["default_language"], !config.languages.contains(config.defaultLanguage) {
            diagnostics.append(.error(
                "default_language '\(config.defaultLanguage)' is not in languages", at: node.location,
                hint: Suggestion.hint(for: config.defaultLanguage, among: config.languages)))
        }
        if let node = root["title"] {
            config.title = LocalizedText.read(node, languages: config.languages, diagnostics: &diagnostics)
        } else {
            diagnostics.append(.error("missing required key 'title'", at: SourceLocation(path: path, line: 1)))
        }
        if let node = root["description"] {
            config.description = LocalizedText.read(node, languages: config.languages, diagnostics: &diagnostics)
        }
        config.baseURL = readBaseURL(root["base_url"], path: path, diagnostics: &diagnostics)
        if let node = root["rtl"] {
            config.rtlLanguages = Set(readLanguages(node, diagnostics: &diagnostics))
        }
        if let node = root["cost_bands"] {
            config.costBands = readCostBands(node, diagnostics: &diagnostics)
        }
        if let node = root["page_size"] {
            if let size = node.scalar.flatMap(Int.init), (1...1000).contains(size) { config.pageSize = size } else {
                diagnostics.append(.error("page_size must be a whole number from 1 to 1000", at: node.location))
            }
        }
        return config
    }

    private static func readBaseURL(_ node: YAMLNode?, path: String, diagnostics: inout [Diagnostic]) -> String {
        guard let node else {
            diagnostics.append(.error("missing required key 'base_url'", at: SourceLocation(path: path, line: 1), hint: "for example https://practices.example.org/"))
            return "/"
        }
        guard let text = node.scalar, isBaseURL(text) else {
            diagnostics.append(.error(
                "base_url must be an http(s) address or start with '/'", at: node.location,
                hint: "for example https://practices.example.org/ or /kb/"))
            return "/"
        }
        return text
    }

    /// An http(s) address with a host, or a path from the root; no spaces, which would break every link.
    public static func isBaseURL(_ text: String) -> Bool {
        guard !text.contains(where: \.isWhitespace) else { return false }
        if text.hasPrefix("/") { return true }
        let rest = text.hasPrefix("https://") ? text.dropFirst(8) : text.hasPrefix("http://") ? text.dropFirst(7) : nil
        return rest.map { !$0.isEmpty && !$0.hasPrefix("/") } ?? false
    }

    private static func readLanguages(_ node: YAMLNode, diagnostics: inout [Diagnostic]) -> [String] {
        guard let items = node.sequence else {
            diagnostics.append(.error("expected a list of language codes, found \(node.kindName)", at: node.location))
            return ["en"]
        }
        if items.isEmpty {
            diagnostics.append(.error("the list of languages is empty", at: node.location, hint: "list at least one, like [en]"))
        }
        var languages: [String] = []
        for item in items {
            guard let code = item.scalar, isLanguageCode(code) else {
                diagnostics.append(.error("'\(item.scalar ?? item.kindName)' is not a language code", at: item.location, hint: "use codes like en, he, ru, bg or pt-br"))
                continue
            }
            if languages.contains(code) {
                diagnostics.append(.error("language '\(code)' is listed twice", at: item.location))
            } else {
                languages.append(code)
            }
        }
        return languages
    }

    /// BCP 47-like lowercase codes, which also name files and URL folders.
    public static func isLanguageCode(_ code: String) -> Bool {
        let parts = code.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count) else { return false }
        return parts.allSatisfy { !$0.isEmpty && $0.count <= 8 && $0.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber) } }
    }

    private static func readCostBands(_ node: YAMLNode, diagnostics: inout [Diagnostic]) -> [String: [Double]] {
        guard let entries = node.mapping else {
            diagnostics.append(.error("cost_bands must map currency codes to lists of numbers", at: node.location))
            return [:]
        }
        var bands: [String: [Double]] = [:]
        for entry in entries {
            if !ISO4217.activeCodes.contains(entry.key) {
                diagnostics.append(.error(
                    "unknown currency '\(entry.key)' in cost_bands", at: entry.keyLocation,
                    hint: Suggestion.hint(for: entry.key.uppercased(), among: ISO4217.activeCodes.sorted())
                        ?? "use an ISO 4217 code such as RUB, ILS, EUR, BGN or USD, as the cards do"))
                continue
            }
            let limits = entry.value.sequence?.compactMap { $0.scalar.flatMap(ISO4217.amount) } ?? []
            guard limits.count == entry.value.sequence?.count, !limits.isEmpty, zip(limits, limits.dropFirst()).allSatisfy({ $0 < $1 }) else {
                diagnostics.append(.error(
                    "cost_bands.\(entry.key) must be a rising list of amounts", at: entry.value.location,
                    hint: "each limit above the one before, like [100_000, 1_000_000]"))
                continue
            }
            bands[entry.key] = limits
        }
        return bands
    }
}

/// Reports each key not in `known`, with the nearest known key as a hint.
public func reportUnknownKeys(_ entries: [YAMLEntry], known: [String], diagnostics: inout [Diagnostic]) {
    for entry in entries where !known.contains(entry.key) {
        diagnostics.append(.error(
            "unknown key '\(entry.key)'", at: entry.keyLocation,
            hint: Suggestion.hint(for: entry.key, among: known)))
    }
}
