import Testing

@testable import PracticaMarkdown

@Suite("Unsafe link schemes")
struct LinkSafetyTests {
    let renderer = MarkdownRenderer()

    static let hostileLinks = [
        "[click](javascript:alert(1))",
        "[click](JavaScript:alert(1))",
        "[click](JAVASCRIPT:alert(1))",
        "[click](vbscript:msgbox(1))",
        "[click](data:text/html;base64,PHNjcmlwdD4=)",
        "[click](<  javascript:alert(1)>)",
        "[click](<\tjavascript:alert(1)>)",
        "[click](java&#x09;script:alert(1))",
        "[click](java&#10;script:alert(1))",
        "[click](&#106;avascript:alert(1))",
        "[click](&#x6A;&#x61;vascript:alert(1))",
        "[click](javascript&colon;alert(1))",
        "[click](javascript&#58;alert(1))",
        "[click](java%73cript:alert(1))",
        "[click](java%2573cript:alert(1))",
        "[click](%6A%61%76%61%73%63%72%69%70%74%3Aalert(1))",
        "[click](&#x200B;javascript:alert(1))",
        "[click](file:///etc/passwd)",
        "[click][ref]\n\n[ref]: javascript:alert(1)",
        "[click]\n\n[click]: <vbscript:x> \"title\"",
        "~~[click](javascript:alert(1))~~",
        "| h |\n|---|\n| [click](javascript:alert(1)) |",
        "# [click](javascript:alert(1))",
    ]

    @Test("drops links with script or data destinations, keeping their text", arguments: hostileLinks)
    func hostileLinkDropped(_ markdown: String) {
        let document = renderer.render(markdown)
        #expect(!document.html.contains("<a"), "link kept: \(document.html)")
        #expect(!document.html.lowercased().contains("script:"), "destination leaked: \(document.html)")
        #expect(!document.html.lowercased().contains("data:"), "destination leaked: \(document.html)")
        #expect(document.links.isEmpty)
        #expect(document.plainText.contains("click"))
    }

    @Test("turns an autolink to a script URL into inert text")
    func hostileAutolink() {
        let document = renderer.render("<JavaScript:alert(1)>")
        #expect(document.html == "<p>JavaScript:alert(1)</p>\n")
        #expect(document.links.isEmpty)
    }

    @Test("drops images with script or data sources, keeping their alt text", arguments: [
        "![a cat](javascript:alert(1))",
        "![a cat](data:image/png;base64,iVBORw0KGgo=)",
        "![a cat](DATA:image/svg+xml,<svg/onload=alert(1)>)",
        "![a cat](vbscript:x)",
    ])
    func hostileImageDropped(_ markdown: String) {
        let document = renderer.render(markdown)
        #expect(document.html == "<p>a cat</p>\n")
        #expect(document.links.isEmpty)
    }

    @Test("keeps the text of a safe image inside an unsafe link, and the image")
    func nestedImageInUnsafeLink() {
        let document = renderer.render("[![logo](logo.png)](javascript:alert(1))")
        #expect(document.html == "<p><img loading=\"lazy\" src=\"logo.png\" alt=\"logo\" /></p>\n")
        #expect(document.links.map(\.url) == ["logo.png"])
    }

    @Test("drops both an unsafe image and the unsafe link around it")
    func nestedUnsafeImageInUnsafeLink() {
        #expect(renderer.render("[![logo](data:x)](javascript:y)").html == "<p>logo</p>\n")
    }

    @Test("keeps ordinary destinations, even ones that mention a blocked scheme later on", arguments: [
        "https://example.org/javascript:void",
        "/practices/circle/",
        "../circle.md#steps",
        "#steps",
        "mailto:team@example.org",
        "?q=data:x",
        "datasets/list.csv",
        "javascript-guide.html",
    ])
    func safeDestinationKept(_ destination: String) {
        let document = renderer.render("[ok](\(destination))")
        #expect(document.links.map(\.url) == [destination])
        #expect(document.html.hasPrefix("<p><a href="))
        #expect(UnsafeLinkFilter.isSafe(destination))
    }

    @Test("sees through case, whitespace, controls, invisible characters and percent escapes")
    func comparableForm() {
        #expect(UnsafeLinkFilter.comparableForm(of: " \u{0}\u{1F}Ja\tVa\nScRiPt\u{FEFF}:x") == "javascript:x")
        #expect(UnsafeLinkFilter.comparableForm(of: "%256a%2561vascript:") == "javascript:")
        #expect(UnsafeLinkFilter.comparableForm(of: "100%zz%") == "100%zz%")
    }
}
