import Foundation
import Testing

/// The output URL layout of the contract: which files a build writes, and which it does not.
@Suite("URL layout")
struct URLLayoutTests {
    static let facets = ["topics", "audience", "regions", "partners", "evidence"]
    static let terms: [String: [String]] = [
        "topics": ["family-support", "child-protection"],
        "audience": ["parents", "foster-children"],
        "regions": ["sofia", "moscow", "haifa"],
        "partners": ["ngo", "government"],
        "evidence": ["evaluated", "pilot"],
    ]

    @Test("the root files exist: language chooser, sitemap, robots.txt, 404 page and the stylesheet")
    func rootFiles() {
        let output = MiniBuild.output()
        for path in ["index.html", "sitemap.xml", "robots.txt", "404.html", "assets/site.css"] {
            #expect(output.exists(path), "missing \(path)")
        }
    }

    @Test("every language has its home, catalog, models index, about page and feed", arguments: Fixture.languages)
    func languagePages(language: String) {
        let output = MiniBuild.output()
        for path in ["index.html", "practices/index.html", "models/index.html", "about/index.html", "feed.xml"] {
            #expect(output.exists("\(language)/\(path)"), "missing \(language)/\(path)")
        }
    }

    @Test("every facet has an index and a page per term in every language", arguments: Fixture.languages)
    func taxonomyPages(language: String) {
        let output = MiniBuild.output()
        for facet in Self.facets {
            #expect(output.exists("\(language)/\(facet)/index.html"), "missing \(language)/\(facet)/index.html")
            for term in Self.terms[facet] ?? [] {
                #expect(output.exists("\(language)/\(facet)/\(term)/index.html"), "missing \(language)/\(facet)/\(term)/")
            }
        }
    }

    @Test("a practice has a page exactly in the languages it was written in", arguments: [
        ("family-club", ["en", "he", "ru", "bg"]),
        ("moscow-hub", ["ru"]),
        ("haifa-circle", ["he"]),
    ])
    func practicePages(id: String, written: [String]) {
        let output = MiniBuild.output()
        for language in Fixture.languages {
            let path = "\(language)/practices/\(id)/index.html"
            #expect(output.exists(path) == written.contains(language), "\(path) should \(written.contains(language) ? "" : "not ")exist")
        }
    }

    @Test("a model document has a page exactly in the languages it was written in")
    func modelPages() {
        let output = MiniBuild.output()
        for language in Fixture.languages {
            let path = "\(language)/models/family-model/index.html"
            #expect(output.exists(path) == ["en", "ru"].contains(language), "\(path)")
        }
    }

    @Test("a file beside a card is copied beside each language page of it, byte for byte")
    func assetsCopied() throws {
        let output = MiniBuild.output()
        let source = try #require(FileManager.default.contents(atPath: Fixture.mini.appendingPathComponent("content/practices/family-club/scheme.svg").path))
        for language in Fixture.languages {
            let copy = FileManager.default.contents(atPath: output.url("\(language)/practices/family-club/scheme.svg").path)
            #expect(copy == source, "\(language)/practices/family-club/scheme.svg")
        }
        let page = try output.text("en/practices/family-club/index.html")
        #expect(page.contains(#"<img loading="lazy" src="scheme.svg" alt="Club scheme" />"#))
        #expect(page.contains(#"<a href="scheme.svg">club scheme</a>"#))
    }

    @Test("no page is written for a language a document lacks, and no stray files appear")
    func nothingElse() throws {
        let output = MiniBuild.output()
        let files = try output.tree().keys
        // The one hidden file is the marker by which a later build knows the folder is its own.
        #expect(files.filter { $0.hasPrefix(".") || $0.contains("/.") } == [".practica-output"])
        // The data exports hold every practice once, whatever its languages; pages exist only where written.
        #expect(!files.contains { $0.contains("moscow-hub") && !$0.hasPrefix("ru/") && !$0.hasPrefix("api/") })
        #expect(!files.contains { $0.contains("haifa-circle") && !$0.hasPrefix("he/") && !$0.hasPrefix("api/") })
        #expect(!files.contains { $0.hasSuffix(".md") }, "sources copied into the output")
    }

    @Test("internal links point at pages that exist", arguments: Fixture.languages)
    func internalLinksResolve(language: String) throws {
        let output = MiniBuild.output()
        let pages = try output.tree().keys.filter { $0.hasPrefix(language + "/") && $0.hasSuffix(".html") }
        #expect(!pages.isEmpty)
        for page in pages.sorted() {
            let html = try output.text(page)
            for href in captures(##"(?:href|src)="(/[^"#?]*)""##, in: html).map({ $0[0] }) {
                let file = href.hasSuffix("/") ? String(href.dropFirst()) + "index.html" : String(href.dropFirst())
                #expect(output.exists(file), "\(page) links to \(href), which was not written")
            }
        }
    }

    @Test("the scripts the search page loads are written", arguments: Fixture.languages)
    func searchPageAssets(language: String) throws {
        let output = MiniBuild.output()
        let html = try output.text("\(language)/search/index.html")
        let sources = captures(#"<script[^>]* src="(/[^"]+)""#, in: html).map { $0[0] }
        #expect(!sources.isEmpty)
        for source in sources { #expect(output.exists(String(source.dropFirst())), "\(source) was not written") }
    }
}
