import Foundation
import PracticaModel

/// The parts every HTML page shares: head metadata, navigation and language switcher.
struct PageFrame {
    var title: String
    var description: String
    var path: String
    var ogType = "website"
    /// Languages in which this same page exists, for hreflang and the switcher.
    var languages: [String]
    var href: (String) -> String
    var jsonLD: [String: Any]?
    var bodyClass: String

    /// Pages with "add to shortlist" controls or the shortlist itself: only they load its script.
    static let shortlistPages: Set<String> = ["home", "catalog", "term", "practice", "model", "search", "compare", "shortlist"]

    /// The template context for the frame; views add their own keys beside it.
    func context(_ context: RenderContext) -> [String: Any] {
        let urls = context.urls
        let alternates = languages.map { ["hreflang": $0, "href": urls.absolute(href($0))] }
        let defaultLanguage = languages.contains(context.config.defaultLanguage) ? context.config.defaultLanguage : languages.first
        var frame: [String: Any] = [
            "lang": context.language, "dir": context.direction,
            "title": title, "siteTitle": context.siteTitle,
            "pageTitle": title == context.siteTitle ? title : "\(title) · \(context.siteTitle)",
            "description": description.isEmpty ? title : description, "canonical": urls.absolute(path), "ogType": ogType,
            "alternates": alternates, "bodyClass": bodyClass,
            "switcher": context.switcher(languages, href: href),
            "hasSwitcher": languages.count > 1,
            "ui": context.strings.templateTable,
            "nav": navigation(context),
            "css": urls.asset("site.css"), "root": urls.root,
            "usesShortlist": Self.shortlistPages.contains(bodyClass),
        ]
        if let defaultLanguage { frame["xDefault"] = urls.absolute(href(defaultLanguage)) }
        if let jsonLD { frame["jsonLD"] = JSONLD.script(jsonLD) }
        return frame
    }

    private func navigation(_ context: RenderContext) -> [String: Any] {
        let urls = context.urls, language = context.language
        var nav: [String: Any] = [
            "home": urls.home(language), "catalog": urls.catalog(language), "topics": urls.taxonomy("topics", language),
            "regions": urls.taxonomy("regions", language), "search": urls.search(language), "feed": urls.feed(language),
            "shortlist": urls.shortlist(language), "compare": urls.compare(language),
        ]
        if context.content.models.contains(where: { $0.version(in: language) != nil }) { nav["models"] = urls.models(language) }
        if context.content.pages.contains(where: { $0.id == "about" && $0.version(in: language) != nil }) {
            nav["about"] = urls.page("about", language)
        }
        return nav
    }
}
