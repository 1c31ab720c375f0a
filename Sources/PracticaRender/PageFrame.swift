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
            "dir": context.direction, "title": title,
            "pageTitle": title == context.siteTitle ? title : "\(title) · \(context.siteTitle)",
            "description": description.isEmpty ? title : description, "canonical": urls.absolute(path), "ogType": ogType,
            "alternates": alternates, "bodyClass": bodyClass,
            "switcher": context.switcher(languages, href: href),
            "hasSwitcher": languages.count > 1,
            "usesShortlist": Self.shortlistPages.contains(bodyClass),
        ]
        for (key, value) in context.pageConstants where frame[key] == nil { frame[key] = value }
        if let defaultLanguage { frame["xDefault"] = urls.absolute(href(defaultLanguage)) }
        if let jsonLD { frame["jsonLD"] = JSONLD.script(jsonLD) }
        return frame
    }

    /// The keys that are the same on every page of a language: its UI strings (`ui`), navigation links (`nav`),
    /// site title, style sheet, root and code. No view uses these names below a page's top level, so the
    /// renderer may write them into the templates (`TemplateSpecializer`).
    static func constants(_ context: RenderContext) -> [String: any Sendable] {
        [
            "lang": context.language, "siteTitle": context.siteTitle, "ui": context.strings.templateTable,
            "nav": navigation(context), "css": context.urls.asset("site.css"), "root": context.urls.root,
        ]
    }

    /// `constants` as the specializer takes them: `ui.key` and `nav.key` spelled out, every value text.
    static func flatConstants(_ context: RenderContext) -> [String: String] {
        var flat: [String: String] = [:]
        for (key, value) in context.pageConstants {
            if let table = value as? [String: Any] {
                for (name, text) in table { if let text = text as? String { flat[key + "." + name] = text } }
            } else if let text = value as? String {
                flat[key] = text
            }
        }
        return flat
    }

    private static func navigation(_ context: RenderContext) -> [String: String] {
        let urls = context.urls, language = context.language
        var nav: [String: String] = [
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
