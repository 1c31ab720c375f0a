import Foundation
import Testing

/// What a page's `<html>` and `<head>` say about it: language, direction, canonical address,
/// description, Open Graph, JSON-LD and the hreflang alternates.
@Suite("Page head")
struct HeadMetadataTests {
    static let summaries = [
        "en": "A weekly club where parents and foster children meet peers and specialists to build their strength.",
        "he": "מועדון שבועי שבו הורים וילדים באומנה פוגשים משפחות אחרות ואנשי מקצוע.",
        "ru": "Еженедельный клуб, где родители и приемные дети встречаются с другими семьями и специалистами.",
        "bg": "Седмичен клуб, в който родители и деца в приемна грижа се срещат с други семейства и специалисти.",
    ]
    static let titles = ["en": "Family Club", "he": "מועדון משפחות", "ru": "Семейный клуб", "bg": "Семеен клуб"]

    @Test("every page in a language says its language, right to left for Hebrew and left to right otherwise",
          arguments: Fixture.languages)
    func languageAndDirection(language: String) throws {
        let output = MiniBuild.output()
        let pages = try output.tree().keys.filter { $0.hasPrefix(language + "/") && $0.hasSuffix(".html") }
        #expect(pages.count > 10)
        let direction = language == "he" ? "rtl" : "ltr"
        for page in pages.sorted() {
            let html = try output.text(page)
            #expect(html.contains(#"<html lang="\#(language)" dir="\#(direction)">"#), "\(page)")
        }
    }

    @Test("the canonical link and og:url are the page's address below base_url", arguments: [
        ("en/practices/family-club/index.html", "https://example.test/en/practices/family-club/"),
        ("he/practices/haifa-circle/index.html", "https://example.test/he/practices/haifa-circle/"),
        ("ru/models/family-model/index.html", "https://example.test/ru/models/family-model/"),
        ("bg/about/index.html", "https://example.test/bg/about/"),
        ("ru/topics/family-support/index.html", "https://example.test/ru/topics/family-support/"),
        ("en/index.html", "https://example.test/en/"),
        ("index.html", "https://example.test/"),
    ])
    func canonical(path: String, address: String) throws {
        let html = try MiniBuild.output().text(path)
        #expect(html.contains(#"<link rel="canonical" href="\#(address)">"#))
        if path != "index.html" { #expect(meta("og:url", in: html) == address) }
    }

    @Test("a practice page's description and Open Graph tags are its card's title and summary", arguments: Fixture.languages)
    func descriptionAndOpenGraph(language: String) throws {
        let html = try MiniBuild.output().text("\(language)/practices/family-club/index.html")
        let summary = htmlEscaped(try #require(Self.summaries[language]))
        let title = try #require(Self.titles[language])
        #expect(meta("description", in: html) == summary)
        #expect(meta("og:description", in: html) == summary)
        #expect(meta("og:title", in: html) == htmlEscaped(title))
        #expect(meta("og:type", in: html) == "article")
        #expect(meta("og:locale", in: html) == language)
        #expect(html.contains("<title>\(htmlEscaped(title)) · "))
    }

    @Test("a practice page's JSON-LD parses and describes the card", arguments: Fixture.languages)
    func practiceJSONLD(language: String) throws {
        let html = try MiniBuild.output().text("\(language)/practices/family-club/index.html")
        let object = try jsonLD(in: head(of: html))
        #expect(object["@context"] as? String == "https://schema.org")
        #expect(object["@type"] as? String == "Article")
        #expect(object["headline"] as? String == Self.titles[language])
        #expect(object["description"] as? String == Self.summaries[language])
        #expect(object["inLanguage"] as? String == language)
        #expect(object["url"] as? String == "https://example.test/\(language)/practices/family-club/")
        #expect(object["datePublished"] as? String == "2023-11-15")
        #expect(object["dateModified"] as? String == "2024-02-01")
    }

    @Test("home and model pages carry JSON-LD that parses", arguments: ["en/index.html", "he/index.html", "en/models/family-model/index.html", "ru/models/family-model/index.html"])
    func otherJSONLD(path: String) throws {
        let object = try jsonLD(in: head(of: try MiniBuild.output().text(path)))
        #expect(["WebSite", "Article"].contains(object["@type"] as? String ?? ""))
        #expect(object["inLanguage"] as? String == String(path.prefix(2)))
    }

    @Test("hreflang alternates list each translation of a practice, plus x-default", arguments: [
        ("family-club", ["en", "he", "ru", "bg"], "en"),
        ("moscow-hub", ["ru"], "ru"),
        ("haifa-circle", ["he"], "he"),
    ])
    func practiceAlternates(id: String, languages: [String], xDefault: String) throws {
        for language in languages {
            let html = try MiniBuild.output().text("\(language)/practices/\(id)/index.html")
            let alternates = captures(#"<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">"#, in: head(of: html))
            let expected = languages.map { [$0, "https://example.test/\($0)/practices/\(id)/"] }
                + [["x-default", "https://example.test/\(xDefault)/practices/\(id)/"]]
            #expect(alternates == expected, "\(language)/practices/\(id)/")
        }
    }

    @Test("a model page's alternates list only the languages the model is written in", arguments: ["en", "ru"])
    func modelAlternates(language: String) throws {
        let html = try MiniBuild.output().text("\(language)/models/family-model/index.html")
        let languages = captures(#"<link rel="alternate" hreflang="([^"]+)""#, in: head(of: html)).map { $0[0] }
        #expect(languages == ["en", "ru", "x-default"])
    }

    @Test("pages in every language (home, catalog, terms) have alternates in all four plus x-default", arguments: [
        "index.html", "practices/index.html", "topics/index.html", "topics/family-support/index.html", "about/index.html",
    ])
    func sharedPageAlternates(page: String) throws {
        for language in Fixture.languages {
            let html = try MiniBuild.output().text("\(language)/\(page)")
            let languages = captures(#"<link rel="alternate" hreflang="([^"]+)""#, in: head(of: html)).map { $0[0] }
            #expect(languages == Fixture.languages + ["x-default"], "\(language)/\(page)")
        }
    }
}
