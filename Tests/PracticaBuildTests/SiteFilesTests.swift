import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// The machine-read files: sitemap.xml, the Atom feeds and robots.txt.
@Suite("Sitemap, feeds and robots.txt")
struct SiteFilesTests {
    /// Each `<url>` of the sitemap: its `loc` and its alternates as [hreflang, href].
    static func sitemapURLs() throws -> [(loc: String, alternates: [[String]])] {
        let xml = try MiniBuild.output().text("sitemap.xml")
        return captures("<url>(.*?)</url>", in: xml, options: .dotMatchesLineSeparators).map { match in
            let block = match[0]
            let loc = firstCapture("<loc>([^<]+)</loc>", in: block) ?? ""
            let alternates = captures(#"<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/>"#, in: block)
            return (loc, alternates)
        }
    }

    @Test("the sitemap parses as XML and declares the xhtml namespace")
    func sitemapIsXML() throws {
        let data = try #require(FileManager.default.contents(atPath: MiniBuild.output().url("sitemap.xml").path))
        let parser = XMLParser(data: data)
        #expect(parser.parse(), "sitemap.xml is not well-formed: \(String(describing: parser.parserError))")
        let xml = String(decoding: data, as: UTF8.self)
        #expect(xml.contains(#"xmlns:xhtml="http://www.w3.org/1999/xhtml""#))
    }

    @Test("every translated page in the sitemap lists each translation as an xhtml:link alternate")
    func sitemapAlternates() throws {
        let urls = try Self.sitemapURLs()
        let family = Fixture.languages.map { [$0, "https://example.test/\($0)/practices/family-club/"] }
        for language in Fixture.languages {
            let entry = try #require(urls.first { $0.loc == "https://example.test/\(language)/practices/family-club/" })
            #expect(entry.alternates == family)
            let home = try #require(urls.first { $0.loc == "https://example.test/\(language)/" })
            #expect(home.alternates.map { $0[0] } == Fixture.languages)
        }
        let model = try #require(urls.first { $0.loc == "https://example.test/ru/models/family-model/" })
        #expect(model.alternates.map { $0[0] } == ["en", "ru"])
    }

    @Test("the sitemap lists each single-language page once, with no alternates, and no page twice")
    func sitemapSingles() throws {
        let urls = try Self.sitemapURLs()
        let hub = try #require(urls.first { $0.loc == "https://example.test/ru/practices/moscow-hub/" })
        #expect(hub.alternates.isEmpty)
        #expect(!urls.contains { $0.loc.contains("/en/practices/moscow-hub/") })
        #expect(Set(urls.map(\.loc)).count == urls.count)
        #expect(urls.allSatisfy { $0.loc.hasPrefix("https://example.test/") })
        #expect(urls.contains { $0.loc == "https://example.test/he/about/" })
    }

    @Test("each feed is well-formed Atom in its language, listing only its language's practices", arguments: Fixture.languages)
    func feedIsAtom(language: String) throws {
        let data = try #require(FileManager.default.contents(atPath: MiniBuild.output().url("\(language)/feed.xml").path))
        let parser = XMLParser(data: data)
        #expect(parser.parse(), "\(language)/feed.xml is not well-formed")
        let xml = String(decoding: data, as: UTF8.self)
        #expect(xml.contains(#"<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\#(language)">"#))
        #expect(xml.contains(#"<link rel="self" type="application/atom+xml" href="https://example.test/\#(language)/feed.xml"/>"#))
        let ids = captures("<entry>.*?<id>([^<]+)</id>", in: xml, options: .dotMatchesLineSeparators).map { $0[0] }
        #expect(!ids.isEmpty)
        #expect(ids.allSatisfy { $0.hasPrefix("https://example.test/\(language)/practices/") })
    }

    @Test("feeds list the newest practice first, dated by the cards", arguments: [
        ("he", ["haifa-circle", "family-club"], ["2024-06-01", "2024-02-01"]),
        ("ru", ["family-club", "moscow-hub"], ["2024-02-01", "2022-05-10"]),
        ("en", ["family-club"], ["2024-02-01"]),
    ])
    func feedOrder(language: String, ids: [String], dates: [String]) throws {
        let xml = try MiniBuild.output().text("\(language)/feed.xml")
        let entries = captures(#"<entry>.*?<id>https://example.test/\w+/practices/([^/]+)/</id>.*?<updated>([^<]+)</updated>"#, in: xml, options: .dotMatchesLineSeparators)
        #expect(entries.map { $0[0] } == ids)
        #expect(entries.map { $0[1] } == dates.map { $0 + "T00:00:00Z" })
        let feedUpdated = firstCapture("<updated>([^<]+)</updated>", in: xml)
        #expect(feedUpdated == dates[0] + "T00:00:00Z", "the feed's own <updated> is its newest entry's")
    }

    @Test("robots.txt allows everything and names the sitemap below base_url")
    func robots() throws {
        #expect(try MiniBuild.output().text("robots.txt") == "User-agent: *\nAllow: /\nSitemap: https://example.test/sitemap.xml\n")
    }
}
