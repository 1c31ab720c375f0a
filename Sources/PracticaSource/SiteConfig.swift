import PracticaCore

/// site.yml: the site's title, address, languages and cost bands.
public struct SiteConfig: Sendable {
    public var title: LocalizedText
    public var description: LocalizedText
    public var baseURL: String
    public var defaultLanguage: String
    /// In the order of the language switcher.
    public var languages: [String]
    /// Languages written right to left.
    public var rtlLanguages: Set<String>
    /// Facet bucket limits per currency code.
    public var costBands: [String: [Double]]
    /// Entries per page of the catalog and of term pages.
    public var pageSize = 48

    public init(
        title: LocalizedText = LocalizedText(fallback: "Practices"), description: LocalizedText = LocalizedText(),
        baseURL: String = "/", defaultLanguage: String = "en", languages: [String] = ["en"],
        rtlLanguages: Set<String> = SiteConfig.knownRTL, costBands: [String: [Double]] = [:]
    ) {
        self.title = title
        self.description = description
        self.baseURL = baseURL
        self.defaultLanguage = defaultLanguage
        self.languages = languages
        self.rtlLanguages = rtlLanguages
        self.costBands = costBands
    }

    /// Scripts written right to left, so that `he` works without configuration.
    public static let knownRTL: Set<String> = ["he", "ar", "fa", "ur", "yi", "ps", "sd", "ug", "dv", "ckb"]

    /// Whether `language` is written right to left.
    public func isRTL(_ language: String) -> Bool {
        rtlLanguages.contains(language) || rtlLanguages.contains(String(language.prefix { $0 != "-" }))
    }

    /// The base URL with exactly one trailing slash.
    public var normalizedBaseURL: String {
        baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
    }
}
