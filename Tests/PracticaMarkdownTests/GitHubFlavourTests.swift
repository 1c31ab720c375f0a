import Testing

import PracticaMarkdown

@Suite("GitHub-flavoured Markdown")
struct GitHubFlavourTests {
    let renderer = MarkdownRenderer()

    @Test("renders a pipe table with header, body and column alignment")
    func table() {
        let html = renderer.render("| Step | Time |\n|:-----|-----:|\n| Listen | 5 min |\n").html
        #expect(html.contains("<table>\n<thead>\n<tr>\n<th align=\"left\">Step</th>\n<th align=\"right\">Time</th>"))
        #expect(html.contains("<tbody>\n<tr>\n<td align=\"left\">Listen</td>\n<td align=\"right\">5 min</td>"))
    }

    @Test("renders single and double tildes as strikethrough")
    func strikethrough() {
        #expect(renderer.render("~~old~~ and ~new~").html == "<p><del>old</del> and <del>new</del></p>\n")
    }

    @Test("links bare www, http and e-mail addresses")
    func autolinks() {
        let html = renderer.render("See www.example.org, https://example.com/a?b=c and help@example.org.").html
        #expect(html.contains(#"<a href="http://www.example.org">www.example.org</a>"#))
        #expect(html.contains(#"<a href="https://example.com/a?b=c">https://example.com/a?b=c</a>"#))
        #expect(html.contains(#"<a href="mailto:help@example.org">help@example.org</a>"#))
    }

    @Test("renders task list items as disabled checkboxes")
    func taskList() {
        let html = renderer.render("- [x] done\n- [ ] open\n").html
        #expect(html == """
            <ul>
            <li><input type="checkbox" checked="" disabled="" /> done</li>
            <li><input type="checkbox" disabled="" /> open</li>
            </ul>

            """)
    }

    @Test("omits raw HTML blocks and inline tags, keeping the text between them")
    func rawHTMLOmitted() {
        let html = renderer.render("<div onclick=\"x()\">block</div>\n\nSome <b onmouseover=\"y()\">bold</b> text.").html
        #expect(html == "<!-- raw HTML omitted -->\n<p>Some <!-- raw HTML omitted -->bold<!-- raw HTML omitted --> text.</p>\n")
    }

    @Test("lets no tag that tagfilter guards against through: script, style, iframe, textarea, title")
    func tagFilter() {
        let html = renderer.render("""
            <script>alert(1)</script>

            Inline <style>p{}</style> <iframe src="x"></iframe> <textarea> <title> <xmp> <noembed> <plaintext>
            """).html
        for tag in ["script", "style", "iframe", "textarea", "title", "xmp", "noembed", "plaintext"] {
            #expect(!html.contains("<\(tag)"), "\(tag) passed through")
        }
        #expect(!html.contains("alert(1)"))
    }

    @Test("escapes markup in text, code spans and code blocks")
    func escaping() {
        let html = renderer.render("a < b & \"c\"\n\n`<i>`\n\n```html\n<script>x</script>\n```").html
        #expect(html.contains("<p>a &lt; b &amp; &quot;c&quot;</p>"))
        #expect(html.contains("<code>&lt;i&gt;</code>"))
        #expect(html.contains("<pre><code class=\"language-html\">&lt;script&gt;x&lt;/script&gt;\n</code></pre>"))
    }

    @Test("marks images for lazy loading")
    func lazyImages() {
        let html = renderer.render(#"![A <circle>](img/circle.png "Sitting")"#).html
        #expect(html == "<p><img loading=\"lazy\" src=\"img/circle.png\" alt=\"A &lt;circle&gt;\" title=\"Sitting\" /></p>\n")
    }
}
