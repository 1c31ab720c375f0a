import Testing
@testable import PracticaMarkdown

@Suite("Image sizes")
struct ImageSizeTests {
    private func html(_ markdown: String) -> String { MarkdownRenderer().render(markdown).html }

    @Test("a #WIDTHxHEIGHT fragment becomes width and height, and leaves the address")
    func sizedImage() {
        #expect(html("![Scheme](scheme.png#640x480)")
            == "<p><img loading=\"lazy\" src=\"scheme.png\" width=\"640\" height=\"480\" alt=\"Scheme\" /></p>\n")
        #expect(html("![Scheme](img/scheme.png?v=2#12x34 \"The scheme\")")
            == "<p><img loading=\"lazy\" src=\"img/scheme.png?v=2\" width=\"12\" height=\"34\" alt=\"Scheme\" title=\"The scheme\" /></p>\n")
    }

    @Test("other fragments, and images without one, stay as written", arguments: [
        "![a](a.svg#layer)", "![a](a.png#0x10)", "![a](a.png#10x)", "![a](a.png#123456x1)", "![a](a.png#1x2x3)", "![a](a.png)",
    ])
    func untouched(markdown: String) {
        let output = html(markdown)
        #expect(output.contains("<img loading=\"lazy\" src=\""))
        #expect(!output.contains("width="))
    }

    @Test("a size in a link's address is not an image's")
    func links() {
        #expect(html("[plan](plan.pdf#10x20)") == "<p><a href=\"plan.pdf#10x20\">plan</a></p>\n")
    }
}
