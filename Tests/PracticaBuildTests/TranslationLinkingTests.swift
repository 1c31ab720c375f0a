import Foundation
import Testing

/// How translations find each other: the language switcher, other-language entries in lists,
/// and links to related practices and models in the reader's language where one exists.
@Suite("Translation linking")
struct TranslationLinkingTests {
    static let names = ["en": "English", "he": "עברית", "ru": "Русский", "bg": "Български"]

    /// The `<nav class="language-switcher">` of a page, or nil.
    static func switcher(in html: String) -> String? {
        firstCapture(#"<nav class="language-switcher"[^>]*>(.*?)</nav>"#, in: html, options: .dotMatchesLineSeparators)
    }

    @Test("the practice written in four languages links all four from its switcher", arguments: Fixture.languages)
    func fourLanguageSwitcher(language: String) throws {
        let html = try MiniBuild.output().text("\(language)/practices/family-club/index.html")
        let switcher = try #require(Self.switcher(in: html))
        let current = captures(#"<span aria-current="true" lang="([^"]+)""#, in: switcher).map { $0[0] }
        #expect(current == [language])
        let links = captures(#"<a href="([^"]+)" hreflang="([^"]+)""#, in: switcher)
        let others = Fixture.languages.filter { $0 != language }
        #expect(links == others.map { ["/\($0)/practices/family-club/", $0] })
        for code in Fixture.languages { #expect(switcher.contains(">\(Self.names[code]!)<"), "\(code) name") }
    }

    @Test("a practice written in one language offers no switcher to pages that do not exist", arguments: [
        "ru/practices/moscow-hub/index.html", "he/practices/haifa-circle/index.html",
    ])
    func singleLanguageSwitcher(path: String) throws {
        let html = try MiniBuild.output().text(path)
        #expect(Self.switcher(in: html) == nil)
        #expect(!html.contains("/en/practices/moscow-hub/") && !html.contains("/en/practices/haifa-circle/"))
    }

    @Test("the en catalog lists the en practices first, then those written only in other languages")
    func otherLanguagesAfterOwn() throws {
        let html = try MiniBuild.output().text("en/practices/index.html")
        #expect(entryIDs(in: html) == ["family-club", "haifa-circle", "moscow-hub"])
    }

    @Test("an entry written only in Russian is marked with its language and links to the Russian page")
    func russianOnlyEntryMarked() throws {
        let html = try MiniBuild.output().text("en/practices/index.html")
        let item = try #require(entry("moscow-hub", in: html))
        #expect(item.contains(#"<a href="/ru/practices/moscow-hub/" lang="ru" dir="ltr" hreflang="ru">Ассоциация приемных родителей</a>"#))
        #expect(item.contains(#"<p class="other-language">Available in: <span class="badge" lang="ru">Русский</span> </p>"#))
        #expect(item.contains(#"<p class="summary" lang="ru" dir="ltr">"#))
        let hebrew = try #require(entry("haifa-circle", in: html))
        #expect(hebrew.contains(#"<a href="/he/practices/haifa-circle/" lang="he" dir="rtl" hreflang="he">"#))
        #expect(hebrew.contains(#"<p class="summary" lang="he" dir="rtl">"#))
    }

    @Test("entries in the page's own language carry no other-language note or language attributes",
          arguments: ["en/practices/index.html", "ru/practices/index.html", "en/models/family-model/index.html", "he/index.html"])
    func ownEntriesUnmarked(path: String) throws {
        let html = try MiniBuild.output().text(path)
        let own = try #require(entry("family-club", in: html))
        #expect(!own.contains("other-language"), "\(path): \(own)")
        #expect(!own.contains(" lang="), "\(path): own entry declares a language: \(own)")
    }

    @Test("taxonomy indexes mark only other-language practices, with a real language code", arguments: Fixture.languages)
    func taxonomyIndexLanguages(language: String) throws {
        let html = try MiniBuild.output().text("\(language)/topics/index.html")
        let declared = captures(#"<a href="[^"]+" lang="([^"]*)""#, in: mainContent(of: html)).map { $0[0] }
        #expect(!declared.isEmpty, "the other-language practices are not marked")
        #expect(!declared.contains("nil"))
        #expect(declared.allSatisfy { Fixture.languages.contains($0) && $0 != language })
    }

    @Test("related practices are titled in the page's language where a translation exists", arguments: [
        ("ru/practices/moscow-hub/index.html", "/ru/practices/family-club/", "Семейный клуб"),
        ("he/practices/haifa-circle/index.html", "/he/practices/family-club/", "מועדון משפחות"),
        ("ru/practices/family-club/index.html", "/ru/practices/moscow-hub/", "Ассоциация приемных родителей"),
        ("he/practices/family-club/index.html", "/he/practices/haifa-circle/", "בית חם בחיפה"),
    ])
    func relatedInPageLanguage(path: String, href: String, title: String) throws {
        let html = try MiniBuild.output().text(path)
        let related = try #require(section(headed: Self.relatedHeading(path), in: html), "no related section in \(path)")
        let item = try #require(firstCapture(#"(<li><a href="\#(literal(href))".*?</li>)"#, in: related), "no link to \(href)")
        #expect(item.contains(">\(title)</a>"))
        #expect(!item.contains(#"class="badge""#), "a same-language link is marked as another language: \(item)")
        #expect(!item.contains(" lang="), "a same-language link declares a language: \(item)")
    }

    @Test("a related practice without a translation links to its own language, titled and marked so")
    func relatedInOtherLanguage() throws {
        let html = try MiniBuild.output().text("en/practices/family-club/index.html")
        let related = try #require(section(headed: "Related practices", in: html))
        #expect(related.contains(#"<a href="/ru/practices/moscow-hub/" hreflang="ru" lang="ru" dir="auto">Ассоциация приемных родителей</a> <span class="badge" lang="ru" dir="auto">Русский</span>"#))
        #expect(related.contains(#"<a href="/he/practices/haifa-circle/" hreflang="he" lang="he" dir="auto">בית חם בחיפה</a> <span class="badge" lang="he" dir="auto">עברית</span>"#))
        let ids = captures(#"href="/\w\w/practices/([^/]+)/""#, in: related).map { $0[0] }
        #expect(ids == ["moscow-hub", "haifa-circle"], "related practices keep the card's order")
    }

    @Test("the model link uses the page's language where the model has it, else the default language, marked")
    func modelLinkLanguage() throws {
        let output = MiniBuild.output()
        let ru = try #require(section(headed: "Модель", in: try output.text("ru/practices/family-club/index.html")))
        #expect(ru.contains(#"href="/ru/models/family-model/""#) && ru.contains(">Модель семейного клуба</a>"))
        #expect(!ru.contains("badge"))
        let he = try #require(section(headed: "מודל", in: try output.text("he/practices/family-club/index.html")))
        #expect(he.contains(#"<a href="/en/models/family-model/" hreflang="en" lang="en">The Family Club model</a> <span class="badge" lang="en" dir="auto">English</span>"#))
    }

    static func relatedHeading(_ path: String) -> String {
        path.hasPrefix("ru/") ? "Похожие практики" : path.hasPrefix("he/") ? Self.hebrewRelated : "Related practices"
    }

    static let hebrewRelated = "אולי יעניין אותך גם"
}
