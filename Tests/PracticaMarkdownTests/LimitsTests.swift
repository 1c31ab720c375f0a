import Foundation
import Testing

import PracticaMarkdown

@Suite("Hostile and extreme input")
struct LimitsTests {
    let renderer = MarkdownRenderer()

    private func count(_ needle: String, in haystack: String) -> Int {
        haystack.components(separatedBy: needle).count - 1
    }

    @Test("renders a 1 MB single line with all its inline markup")
    func megabyteLine() {
        let line = String(repeating: "plain words **bold** `code` _em_ ", count: 32_000)
        let document = renderer.render(line)
        #expect(line.utf8.count > 1_000_000)
        #expect(document.html.hasPrefix("<p>plain words <strong>bold</strong> <code>code</code> <em>em</em>"))
        #expect(count("<strong>", in: document.html) == 32_000)
        #expect(!document.plainText.contains("\n"))
    }

    @Test("renders a 100 KB paragraph mixing links and emphasis")
    func linkHeavyParagraph() {
        let paragraph = String(repeating: "word *em* [link](/x) ", count: 5_000)
        let document = renderer.render(paragraph)
        #expect(document.links.count == 5_000)
        #expect(count("<em>", in: document.html) == 5_000)
    }

    @Test("renders 1,000 nested blockquotes")
    func nestedQuotes() {
        let document = renderer.render(String(repeating: "> ", count: 1_000) + "deep")
        #expect(count("<blockquote>", in: document.html) == 1_000)
        #expect(count("</blockquote>", in: document.html) == 1_000)
        #expect(document.plainText == "deep")
    }

    @Test("renders 1,000 nested lists, on one line and indented")
    func nestedLists() {
        let oneLine = renderer.render(String(repeating: "- ", count: 1_000) + "deep")
        #expect(count("<ul>", in: oneLine.html) == 1_000)
        #expect(oneLine.plainText == "deep")

        let indented = (0..<1_000).map { String(repeating: "  ", count: $0) + "- item \($0)" }.joined(separator: "\n")
        let document = renderer.render(indented)
        #expect(count("<li>", in: document.html) == 1_000)
        #expect(document.plainText.hasSuffix("item 999"))
    }

    @Test("survives pathological runs of one character", arguments: [">", "[", "]", "(", "*", "_", "~", "`", "<", "|", "#", "!", "\\", "&", "-", "\n", "\0"])
    func runsOfOneCharacter(_ character: String) {
        let document = renderer.render(String(repeating: character, count: 100_000))
        #expect(!document.html.contains("<script"))
    }

    @Test("renders unfinished and malformed constructs as text", arguments: [
        "```\nunclosed fence", "<!-- unclosed comment", "[unclosed link(", "![](", "[a](<b)", "| a |\n|---", "&#xFFFFFFFF; &#0; &bogus;",
        "\u{FEFF}\r\n\r\r\n", "\u{FFFF}\u{10FFFF}", "# ", "* * *", "<a href=\"javascript:x\">raw</a>",
    ])
    func malformed(_ markdown: String) {
        let document = renderer.render(markdown)
        #expect(!document.html.contains("javascript"))
        #expect(!document.html.contains("<a "))
    }

    @Test("keeps its promises on 2,000 random documents: no script, every heading anchored, every image lazy")
    func randomDocuments() {
        let pieces = [
            "#", "## ", "\n", "\n\n", "> ", "- ", "1. ", "* ", "`", "```", "~~", "**", "_", "[", "]", "(", ")", "<", ">",
            "![", "|", "---", "javascript:", "data:", "&#106;", "%6A", "<script>", "www.a.org", "x@y.org", "[ ] ", "[x] ",
            "\t", " ", "word", "Привет", "שלום", "\\", "&", "\"", "'", "=", "\0", "\r",
        ]
        var generator = SplitMix64(seed: 42)
        for _ in 0..<2_000 {
            let length = Int(generator.next() % 60)
            let markdown = (0..<length).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            let document = renderer.render(markdown)
            let html = document.html.lowercased()
            #expect(!html.contains("<script"), "\(markdown)")
            #expect(!html.contains("href=\"javascript") && !html.contains("href=\"data:") && !html.contains("src=\"data:"), "\(markdown)")
            let anchored = (1...6).map { count("<h\($0) id=\"", in: document.html) }.reduce(0, +)
            let headings = (1...6).map { count("<h\($0)", in: document.html) }.reduce(0, +)
            #expect(anchored == document.headings.count && headings == anchored, "\(markdown)")
            #expect(count("<img ", in: html) == count("<img loading=\"lazy\" ", in: html), "\(markdown)")
        }
    }
}

/// A small seeded generator, so random tests fail the same way every time.
private struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
