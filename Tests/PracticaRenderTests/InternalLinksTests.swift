import PracticaCore
import PracticaMarkdown
import PracticaModel
import PracticaSource
import Testing

@testable import PracticaRender

@Suite("Links between pages of the site")
struct InternalLinksTests {
    static let files: Set<String> = [
        "index.html", "en/index.html", "en/about/index.html", "en/practices/index.html",
        "en/practices/mifgash/index.html", "en/practices/families-first/index.html", "en/practices/mifgash/scheme.png",
        "en/models/parents-as-partners/index.html", "he/practices/mifgash/index.html",
    ]

    func warnings(_ urls: [String], root: String = "/", from id: String = "club") -> [String] {
        let links = urls.enumerated().map { BodyLink(url: $1, line: 10 + $0, column: 3) }
        let body = DocumentBody(kind: .practices, id: id, language: "en", path: "content/practices/\(id)/en.md", body: MarkdownDocument(links: links))
        return InternalLinks(urls: SiteURLs(baseURL: root), files: Self.files, languages: ["en", "he"]).check([body]).map(\.description)
    }

    @Test("links to pages and files the build makes pass, relative or from the site root")
    func goodLinks() {
        #expect(warnings([
            "../mifgash/", "../mifgash", "../families-first/#stages", "/en/about/", "/he/practices/mifgash/",
            "../../models/parents-as-partners/", "../mifgash/scheme.png", "/", "../../", "./../mifgash/",
        ]).isEmpty)
    }

    @Test("links this check cannot judge are left alone: other sites, fragments, files beside the card, the build's own files")
    func unjudged() {
        #expect(warnings([
            "https://example.org/nothing/", "mailto:a@b.c", "#goal", "scheme.png", "/assets/site.css", "/api/practices.json",
            "/en/feed.xml", "//cdn.example.org/x/",
        ]).isEmpty)
    }

    @Test("a link to a page the build does not make is a warning at its line, with the nearest page written as the link was")
    func brokenLinks() {
        #expect(warnings(["../mifgsh/", "/en/practices/familes-first/", "/en/abot/", "../../models/parents-as-partner/", "../mifgash/plan.png", "../mifgash/schema.png"]) == [
            "content/practices/club/en.md:10:3: warning: link to '../mifgsh/' leads to no page of this site (did you mean '../mifgash/'?)",
            "content/practices/club/en.md:11:3: warning: link to '/en/practices/familes-first/' leads to no page of this site (did you mean '/en/practices/families-first/'?)",
            "content/practices/club/en.md:12:3: warning: link to '/en/abot/' leads to no page of this site (did you mean '/en/about/'?)",
            "content/practices/club/en.md:13:3: warning: link to '../../models/parents-as-partner/' leads to no page of this site (did you mean '../../models/parents-as-partners/'?)",
            "content/practices/club/en.md:14:3: warning: link to '../mifgash/plan.png' leads to no file of this site",
            "content/practices/club/en.md:15:3: warning: link to '../mifgash/schema.png' leads to no file of this site (did you mean '../mifgash/scheme.png'?)",
        ])
    }

    @Test("only the last part of a suggestion is rewritten, not the same letters elsewhere in the link")
    func suggestionReplacesTheLastPart() {
        #expect(warnings(["../mifgas/?from=mifgas"]) == [
            "content/practices/club/en.md:10:3: warning: link to '../mifgas/?from=mifgas' leads to no page of this site (did you mean '../mifgash/?from=mifgas'?)"
        ])
        #expect(InternalLinks.parent(of: "/") == "/" && InternalLinks.parent(of: "") == "/")
        #expect(warnings(["/en/practices/mifgas/", "../mifgas/"]) == [
            "content/practices/club/en.md:10:3: warning: link to '/en/practices/mifgas/' leads to no page of this site (did you mean '/en/practices/mifgash/'?)",
            "content/practices/club/en.md:11:3: warning: link to '../mifgas/' leads to no page of this site (did you mean '../mifgash/'?)",
        ])
        #expect(warnings(["/en/practice/mifgash/"]) == [
            "content/practices/club/en.md:10:3: warning: link to '/en/practice/mifgash/' leads to no page of this site (did you mean '/en/practices/mifgash/'?)"
        ])
    }

    @Test("under a base path, links are judged below it, and site-rooted links outside it are left alone")
    func basePath() {
        #expect(warnings(["/kb/en/about/", "../mifgash/", "/other/app/"], root: "https://example.org/kb/").isEmpty)
        #expect(warnings(["/kb/en/abot/"], root: "https://example.org/kb/").count == 1)
    }

    @Test("a card's own PDF, which build --pdf writes after the check, is not judged")
    func ownPDF() {
        #expect(warnings(["/en/practices/mifgash/mifgash.pdf", "../mifgash/mifgash.pdf"]).isEmpty)
        #expect(warnings(["../mifgash/other.pdf"]).count == 1)
    }

    @Test("the same broken address on every card is searched for once; past 200 distinct addresses, no hints")
    func manyBrokenLinks() {
        let pages = (0..<300).map { "en/practices/practice-number-\($0)/index.html" }
        let bodies = (0..<300).map { index in
            DocumentBody(
                kind: .practices, id: "practice-number-\(index)", language: "en", path: "content/practices/practice-number-\(index)/en.md",
                body: MarkdownDocument(links: [BodyLink(url: "/en/contact-us/", line: 7), BodyLink(url: "../practice-numbr-\(index)/", line: 8)]))
        }
        let checker = InternalLinks(urls: SiteURLs(baseURL: "/"), files: Set(pages + ["en/index.html"]), languages: ["en"])
        let found = checker.check(bodies)
        #expect(found.count == 600)
        #expect(found[1].hint == "did you mean '../practice-number-0/'?")
        #expect(found.filter { $0.hint != nil }.count == InternalLinks.suggested - 1, "contact-us has no near page: its search is one of the 200")
    }

    @Test("dot segments are removed as RFC 3986 says")
    func dotSegments() {
        #expect(InternalLinks.removingDotSegments("/en/practices/club/../mifgash/") == "/en/practices/mifgash/")
        #expect(InternalLinks.removingDotSegments("/en/practices/club/./") == "/en/practices/club/")
        #expect(InternalLinks.removingDotSegments("/en/../../../x/") == "/x/")
        #expect(InternalLinks.removingDotSegments("/en/practices/club/..") == "/en/practices/")
    }
}
