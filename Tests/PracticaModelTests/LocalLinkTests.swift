import PracticaCore
import PracticaModel
import Testing

@Suite("Links to files beside a document")
struct LocalLinkTests {
    @Test("a link to a file that is not beside the card is a warning; one that is, and web links, are fine")
    func missingFile() {
        var site = ModelTestSite()
        site.add("practices/a/en.md", """
            ---
            title: A
            summary: S
            topics: [foster-care]
            ---
            ![scheme](scheme.png) [leaflet](leaflet.pdf#page=2) [web](https://example.org/x.pdf) [top](#top) [home](/en/)
            """)
        site.files["s/content/practices/a/scheme.png"] = "png"
        let (content, _) = site.read()
        #expect(content.checkLocalLinks().map(\.description) == [
            "content/practices/a/en.md: warning: link to 'leaflet.pdf', which is not beside this document (put the file in content/practices/a/ or fix the link)"
        ])
    }
}
