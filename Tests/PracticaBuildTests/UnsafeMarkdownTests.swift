import Foundation
import Testing

/// Card text cannot run script in the built site: raw HTML and script links render inert.
@Suite("Unsafe Markdown")
struct UnsafeMarkdownTests {
    static let card = """
        ---
        title: "Tricky </script><script>alert('title')</script>"
        summary: "Summary with <b>tags</b> & \\"quotes\\""
        topics: [family-support]
        ---
        ## Body

        <script>alert("body")</script>

        <img src="x" onerror="alert('img')">

        Inline <span onclick="alert('span')">raw span</span> text.

        [click me](javascript:alert('link')) and [encoded](JaVaScRiPt%3Aalert('enc')) and [spaced]( java\tscript:alert(1)).

        ![pixel](javascript:alert('image'))

        <a href="javascript:alert('raw')">raw anchor</a>

        [safe link](https://example.test/ok)

        """

    static func page(_ check: (String) throws -> Void) throws {
        try withTemporaryFolder("unsafe") { folder in
            let site = try copyMiniSite(into: folder)
            let cardFolder = site.appendingPathComponent("content/practices/tricky")
            try FileManager.default.createDirectory(at: cardFolder, withIntermediateDirectories: true)
            try Self.card.write(to: cardFolder.appendingPathComponent("en.md"), atomically: true, encoding: .utf8)
            let output = folder.appendingPathComponent("public")
            expectSuccess(buildSite(site, into: output))
            try check(try SiteOutput(root: output).text("en/practices/tricky/index.html"))
        }
    }

    @Test("raw <script> and event-handler HTML in a body is not passed through")
    func rawHTMLInert() throws {
        try Self.page { html in
            let scripts = captures("(<script[^>]*>)", in: html, options: .caseInsensitive).map { $0[0] }
            // The page's own scripts: its JSON-LD data and the theme's shortlist module, both from the theme, not the body.
            #expect(scripts == [#"<script type="application/ld+json">"#, #"<script type="module" src="/assets/js/shortlist.js">"#], "unexpected script elements: \(scripts)")
            #expect(!html.localizedCaseInsensitiveContains("onerror"))
            #expect(!html.localizedCaseInsensitiveContains("onclick"))
            #expect(!html.contains("alert(\"body\")") || html.contains("&lt;script&gt;"), "the script's text may stay only escaped")
        }
    }

    @Test("javascript: links and images keep their text but lose their destination")
    func scriptLinksInert() throws {
        try Self.page { html in
            #expect(!html.localizedCaseInsensitiveContains("javascript:"))
            #expect(!html.localizedCaseInsensitiveContains("javascript%3a"))
            let hrefs = captures(#"(?:href|src)="([^"]*)""#, in: html).map { $0[0] }
            #expect(!hrefs.contains { $0.lowercased().replacingOccurrences(of: "\t", with: "").contains("script:") }, "\(hrefs)")
            #expect(html.contains("click me"))
            #expect(html.contains("encoded"))
            #expect(html.contains(#"<a href="https://example.test/ok">safe link</a>"#))
        }
    }

    @Test("a title that closes the script element stays inside the JSON-LD string and is escaped in HTML")
    func titleInert() throws {
        try Self.page { html in
            let object = try jsonLD(in: head(of: html))
            #expect(object["headline"] as? String == "Tricky </script><script>alert('title')</script>")
            #expect(html.contains("<h1>Tricky &lt;/script&gt;&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;</h1>"))
            #expect(meta("description", in: html) == "Summary with &lt;b&gt;tags&lt;/b&gt; &amp; &quot;quotes&quot;")
        }
    }
}
