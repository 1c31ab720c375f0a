import PracticaCore
import PracticaModel
import Testing

/// The link warnings for card a, whose body (line 6 of its file) is `body`, with `files` beside it.
private func linkWarnings(forBody body: String, files: [String] = []) -> [String] {
    var site = ModelTestSite()
    site.add("practices/a/en.md", "---\ntitle: A\nsummary: S\ntopics: [foster-care]\n---\n" + body + "\n")
    for name in files { site.files["s/content/practices/a/\(name)"] = "bytes" }
    return site.read().0.checkLocalLinks().map(\.description)
}

@Suite("Links to files beside a document")
struct LocalLinkTests {
    @Test("a link to a file that is not beside the card is a warning at the link; one that is, and web links, are fine")
    func missingFile() {
        let body = "![scheme](scheme.png) [leaflet](leaflet.pdf#page=2) [web](https://example.org/x.pdf) [top](#top) [home](/en/)"
        #expect(linkWarnings(forBody: body, files: ["scheme.png"]) == [
            "content/practices/a/en.md:6:23: warning: link to 'leaflet.pdf', which is not beside this document (put the file in content/practices/a/ or fix the link)"
        ])
    }
}

@Suite("Images from other sites")
struct RemoteImageTests {
    @Test("an image from another site is a warning at the image, since the pages' policy blocks it; a link to another site is not")
    func remoteImage() {
        let body = "![chart](https://example.org/chart.png) [report](https://example.org/report.pdf) ![cdn](//cdn.example.org/x.png)"
        #expect(linkWarnings(forBody: body) == [
            "content/practices/a/en.md:6:1: warning: image from another site, which the pages' Content-Security-Policy does not let them load (save the image in content/practices/a/ and link it by its file name)",
            "content/practices/a/en.md:6:82: warning: image from another site, which the pages' Content-Security-Policy does not let them load (save the image in content/practices/a/ and link it by its file name)",
        ])
    }
}

@Suite("Warnings for editors")
struct EditorWarningTests {
    @Test("a file beside a card that no version links to is a warning naming the file")
    func unlinkedFile() {
        var site = ModelTestSite()
        site.add("practices/a/en.md", "---\ntitle: A\nsummary: S\ntopics: [foster-care]\n---\n![x](used.png)\n")
        site.files["s/content/practices/a/used.png"] = "png"
        site.files["s/content/practices/a/forgotten.pdf"] = "pdf"
        #expect(site.read().0.checkLocalLinks().map(\.description) == [
            "content/practices/a/forgotten.pdf: warning: file 'forgotten.pdf' is not linked from any version of 'a' (link it from the body, or remove it)"
        ])
    }

    @Test("a card without audience, time, cost or results is warned once, naming what is missing")
    func planningFields() {
        var site = ModelTestSite()
        site.add("practices/a/en.md", "---\ntitle: A\nsummary: S\ntopics: [foster-care]\naudience: [parents]\n---\n")
        site.add("practices/b/en.md", """
            ---
            title: B
            summary: S
            topics: [foster-care]
            audience: [parents]
            implementation_time: 6 months
            cost: {from: 1, currency: EUR}
            results: [done]
            ---
            """)
        #expect(site.read().0.checkPlanningFields().map(\.description) == [
            "content/practices/a/en.md:1:1: warning: card lacks what regions need to plan: implementation_time, cost, results (regions compare audience, time, cost and results before they adopt a practice)"
        ])
    }
}
