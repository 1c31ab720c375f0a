import PracticaCore
import PracticaModel
import PracticaSource

/// What every view in one language needs: the content, the URL layout, the words and the formats.
public struct RenderContext: Sendable {
    public var content: SiteContent
    public var urls: SiteURLs
    public var language: String
    public var strings: UIStrings
    public var format: LocaleFormatter
    /// Practice ids in catalog order for this language, computed once: collation is the costly part of a list.
    public var catalogOrder: [String] = []
    /// Renders a list entry through the theme's `entry` partial; set by the renderer, which has the theme.
    var renderEntry: @Sendable ([String: Any]) -> String? = { _ in nil }
    /// List entries made so far, shared by every page of this language.
    let entryCache = EntryCache()
    /// The keys every page of this language shares (`PageFrame.constants`), made once.
    private(set) var pageConstants: [String: any Sendable] = [:]

    public init(content: SiteContent, urls: SiteURLs, language: String, strings: UIStrings) {
        self.content = content
        self.urls = urls
        self.language = language
        self.strings = strings
        self.format = LocaleFormatter(language: language)
        self.catalogOrder = collated(content.practices.compactMap { $0.version(in: language) }).map(\.id)
            + content.practices.filter { $0.version(in: language) == nil }.map(\.id)
        self.pageConstants = PageFrame.constants(self)
    }

    public var config: SiteConfig { content.config }
    public var direction: String { config.isRTL(language) ? "rtl" : "ltr" }
    public var siteTitle: String { config.title.text(in: language, default: config.defaultLanguage) }

    /// A taxonomy term as a link: key, label in this language, and its page.
    func term(_ key: String, in facet: String) -> [String: Any] {
        ["key": key, "label": content.label(key, in: facet, language: language), "href": urls.term(key, in: facet, language)]
    }

    /// The terms of a facet as links, or nil when there are none, so that template sections disappear.
    func terms(_ keys: [String], in facet: String) -> [[String: Any]]? {
        keys.isEmpty ? nil : keys.map { term($0, in: facet) }
    }

    /// The languages' switcher entries, each pointing at `href(language)` where a version exists.
    func switcher(_ available: [String], href: (String) -> String) -> [[String: Any]] {
        config.languages.filter(available.contains).map { code in
            [
                "code": code, "name": LanguageNames.endonym(code), "href": href(code),
                "current": code == language, "dir": config.isRTL(code) ? "rtl" : "ltr",
            ]
        }
    }
}
