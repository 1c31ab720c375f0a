import Foundation
import PracticaBuild
import PracticaCore
import Testing

/// The dev server's preview of an edited card: its page, rendered before the rebuild that follows.
@Suite("Edit previews")
struct EditPreviewTests {
    static let card = "content/practices/family-club/en.md"

    private func preview(_ site: IncrementalSite, _ changed: [String]) -> [String: Data] {
        let pages = EditPreview(options: site.options, fileSystem: LocalFileSystem()).pages(changed: changed, caches: site.caches)
        return Dictionary(pages.map { ($0.path, $0.bytes) }) { first, _ in first }
    }

    @Test("an edited card's preview shows the edit and is the page the rebuild then writes")
    func previewIsTheRebuiltPage() throws {
        try withTemporaryFolder("preview-page") { folder in
            let site = try IncrementalSite(in: folder)
            expectSuccess(site.rebuild())
            try site.edit(Self.card, replacing: "title: Family Club\n", with: "title: Family Club Previewed\n")
            let pages = preview(site, [Self.card])
            #expect(Array(pages.keys) == ["en/practices/family-club/index.html"])
            let page = try #require(pages["en/practices/family-club/index.html"])
            #expect(String(decoding: page, as: UTF8.self).contains("<h1>Family Club Previewed</h1>"))
            expectSuccess(site.rebuild())
            #expect(site.caches.parses.counts.parsed == 0, "the rebuild reuses the parse the preview made")
            let written = try Data(contentsOf: site.output.appendingPathComponent("en/practices/family-club/index.html"))
            #expect(written == page)
        }
    }

    @Test("no preview before a first good build, for a card with errors, for a new card or for other files")
    func nothingToPreview() throws {
        try withTemporaryFolder("preview-none") { folder in
            let site = try IncrementalSite(in: folder)
            #expect(preview(site, [Self.card]).isEmpty, "nothing was built yet")
            expectSuccess(site.rebuild())
            try site.write("content/practices/new-card/en.md", "---\ntitle: New\nsummary: A new card.\ncreated: 2024-01-01\n---\nText.\n")
            #expect(preview(site, ["content/practices/new-card/en.md"]).isEmpty, "a card without a page yet")
            #expect(preview(site, ["content/taxonomies.yml", "templates/partials/footer.mustache", "content/practices/family-club/scheme.svg"]).isEmpty)
            try site.edit(Self.card, replacing: "topics: [family-support,", with: "topics: [family-support, [")
            #expect(preview(site, [Self.card]).isEmpty, "broken YAML waits for the rebuild's diagnostics")
        }
    }
}
