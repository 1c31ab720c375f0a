import Foundation
import Testing

/// Cards marked `draft: true` are left out unless the build asks for drafts.
@Suite("Drafts")
struct DraftTests {
    static let draft = """
        ---
        title: Draft Garden
        summary: A practice still being written.
        topics: [family-support]
        created: 2025-01-01
        draft: true
        ---
        Not ready yet.

        """

    /// Builds the mini site plus a draft card, with or without drafts.
    static func build(drafts: Bool, _ check: (SiteOutput) throws -> Void) throws {
        try withTemporaryFolder("drafts") { folder in
            let site = try copyMiniSite(into: folder)
            let card = site.appendingPathComponent("content/practices/draft-garden")
            try FileManager.default.createDirectory(at: card, withIntermediateDirectories: true)
            try Self.draft.write(to: card.appendingPathComponent("en.md"), atomically: true, encoding: .utf8)
            try "draft image".write(to: card.appendingPathComponent("plan.txt"), atomically: true, encoding: .utf8)
            // A published card that names the draft: its page and exports must not.
            try FailedBuildTests.edit(site, "content/practices/moscow-hub/ru.md", replacing: "related: [family-club]", with: "related: [family-club, draft-garden]")
            let output = folder.appendingPathComponent("public")
            expectSuccess(buildSite(site, into: output, drafts: drafts))
            try check(SiteOutput(root: output))
        }
    }

    @Test("a draft card is absent from pages, lists, feed, sitemap and the exports of cards related to it, by default")
    func absentByDefault() throws {
        try Self.build(drafts: false) { output in
            let tree = try output.tree()
            #expect(!tree.keys.contains { $0.contains("draft-garden") })
            let mentions = tree.filter { String(decoding: $0.value, as: UTF8.self).contains("draft-garden") }.keys.sorted()
            #expect(mentions.isEmpty, "the draft is mentioned in \(mentions)")
            let catalog = try output.text("en/practices/index.html")
            #expect(!catalog.contains("Draft Garden"))
        }
    }

    @Test("with includeDrafts the draft card is built and listed like any other")
    func presentWithDrafts() throws {
        try Self.build(drafts: true) { output in
            #expect(output.exists("en/practices/draft-garden/index.html"))
            #expect(output.exists("en/practices/draft-garden/plan.txt"))
            let catalog = try output.text("en/practices/index.html")
            let feed = try output.text("en/feed.xml")
            let sitemap = try output.text("sitemap.xml")
            #expect(entryIDs(in: catalog).contains("draft-garden"))
            #expect(feed.contains("<title>Draft Garden</title>"))
            #expect(sitemap.contains("https://example.test/en/practices/draft-garden/"))
        }
    }
}
