import Foundation
import Testing

/// Model documents: table of contents, anchors, and the links between a model and its practices.
@Suite("Model pages")
struct ModelPageTests {
    static let headings: [String: [String]] = [
        "en": ["Overview", "How it works", "Weekly meetings", "Peer groups", "Evidence"],
        "ru": ["Обзор", "Как это работает", "Еженедельные встречи", "Группы равных", "Доказательства"],
    ]

    static func page(_ language: String) throws -> String {
        mainContent(of: try MiniBuild.output().text("\(language)/models/family-model/index.html"))
    }

    @Test("the table of contents lists the headings in order, each anchor matching a heading id", arguments: ["en", "ru"])
    func tableOfContents(language: String) throws {
        let html = try Self.page(language)
        let toc = try #require(firstCapture(#"<nav class="toc"[^>]*>(.*?)</nav>"#, in: html, options: .dotMatchesLineSeparators))
        let entries = captures(##"<a href="#([^"]+)">([^<]+)</a>"##, in: toc)
        #expect(entries.map { $0[1] } == Self.headings[language])
        let body = try #require(firstCapture(#"<div class="body">(.*?)</div>"#, in: html, options: .dotMatchesLineSeparators))
        let headings = captures(#"<h([23]) id="([^"]+)">([^<]+)</h\1>"#, in: body)
        #expect(headings.map { $0[1] } == entries.map { $0[0] }, "anchors and heading ids differ")
        #expect(headings.map { $0[2] } == entries.map { $0[1] })
        let ids = captures(#"\sid="([^"]+)""#, in: try MiniBuild.output().text("\(language)/models/family-model/index.html")).map { $0[0] }
        #expect(Set(ids).count == ids.count, "duplicate ids on the page: \(ids)")
    }

    @Test("subheadings are marked as such in the table of contents")
    func subheadings() throws {
        let toc = try #require(firstCapture(#"<nav class="toc"[^>]*>(.*?)</nav>"#, in: try Self.page("en"), options: .dotMatchesLineSeparators))
        #expect(toc.contains(##"<li class="sub"><a href="#weekly-meetings">Weekly meetings</a></li>"##))
        #expect(toc.contains(##"<li><a href="#how-it-works">How it works</a></li>"##))
    }

    @Test("a model page links to the practice that implements it, in the page's language", arguments: [
        ("en", "/en/practices/family-club/", "Family Club"),
        ("ru", "/ru/practices/family-club/", "Семейный клуб"),
    ])
    func linksToPractice(language: String, href: String, title: String) throws {
        let html = try Self.page(language)
        let section = try #require(firstCapture(#"<section aria-labelledby="implementing-heading">(.*?)</section>"#, in: html, options: .dotMatchesLineSeparators))
        #expect(entryIDs(in: section) == ["family-club"])
        #expect(section.contains(#"<a href="\#(href)">\#(title)</a>"#))
    }

    @Test("the practice links back to the model", arguments: Fixture.languages)
    func practiceLinksBack(language: String) throws {
        let html = try MiniBuild.output().text("\(language)/practices/family-club/index.html")
        let modelLanguage = language == "ru" ? "ru" : "en"
        #expect(html.contains(#"<a href="/\#(modelLanguage)/models/family-model/""#))
    }

    @Test("the models index lists the model, in the reader's language where written", arguments: [
        ("en", "/en/models/family-model/", "The Family Club model", false),
        ("ru", "/ru/models/family-model/", "Модель семейного клуба", false),
        ("he", "/en/models/family-model/", "The Family Club model", true),
        ("bg", "/en/models/family-model/", "The Family Club model", true),
    ])
    func modelsIndex(language: String, href: String, title: String, marked: Bool) throws {
        let html = mainContent(of: try MiniBuild.output().text("\(language)/models/index.html"))
        #expect(html.contains(#"<a href="\#(href)">\#(title)</a>"#))
        #expect(html.contains(#"<span class="badge">English</span>"#) == marked)
    }

    @Test("the model page's header links to the models index and shows its summary and date", arguments: [
        ("en", "How a community can run a club that keeps families strong.", "January 10, 2023"),
        ("ru", "Как сообщество может вести клуб, который поддерживает семьи.", "10 января 2023\u{A0}г."),
    ])
    func header(language: String, summary: String, created: String) throws {
        let html = try Self.page(language)
        #expect(html.contains(#"<p class="breadcrumb"><a href="/\#(language)/models/">"#))
        #expect(html.contains(#"<p class="lead">\#(summary)</p>"#))
        #expect(html.contains(#"<time datetime="2023-01-10">\#(created)</time>"#))
    }
}
