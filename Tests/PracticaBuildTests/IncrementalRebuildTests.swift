import Foundation
import PracticaBuild
import PracticaCore
import Testing

/// The dev server's incremental rebuilds: after any edit, the output is byte for byte what a full build writes.
@Suite("Incremental rebuilds")
struct IncrementalRebuildTests {
    static let newCard = """
        ---
        title: Aardvark Evenings
        summary: Evening meetings where parents of foster children share what worked.
        topics: [child-protection]
        audience: [parents]
        regions: [sofia]
        created: 2024-09-01
        ---
        Parents meet in the evening.
        """

    static let haifaInEnglish = """
        ---
        title: Warm Home in Haifa
        summary: A support circle for children at risk and their parents in Haifa.
        topics: [child-protection]
        audience: [foster-children]
        regions: [haifa]
        related: [family-club]
        created: 2024-06-01
        ---
        Children and parents meet in a community centre.
        """

    /// One page per list item, so that order changes move cards between catalog and term pages.
    static func pagedSite(in folder: URL) throws -> IncrementalSite {
        try IncrementalSite(in: folder) { site in
            let file = site.appendingPathComponent("content/site.yml")
            try Data((try String(contentsOf: file, encoding: .utf8) + "page_size: 1\n").utf8).write(to: file)
        }
    }

    @Test("after each content edit, an incremental rebuild writes exactly what a full build writes, re-rendering only some pages")
    func contentEdits() throws {
        try withTemporaryFolder("incremental-content") { folder in
            let site = try Self.pagedSite(in: folder)
            let first = try site.expectSameAsFullBuild(after: "the first build")
            #expect(first.pagesSkipped == 0)
            let total = first.pagesRendered

            let steps: [(String, () throws -> Void)] = [
                ("a card's body", { try site.edit("content/practices/family-club/en.md", replacing: "Families meet every week.", with: "Families meet every Tuesday.") }),
                ("a title that moves a card in the catalog", { try site.edit("content/practices/moscow-hub/ru.md", replacing: "title: Ассоциация", with: "title: Южная ассоциация") }),
                ("a card's topic", { try site.edit("content/practices/moscow-hub/ru.md", replacing: "topics: [family-support]", with: "topics: [child-protection]") }),
                ("a new card", { try site.write("content/practices/aardvark-evenings/en.md", Self.newCard) }),
                ("a new translation", { try site.write("content/practices/haifa-circle/en.md", Self.haifaInEnglish) }),
                ("a deleted card", { try site.remove("content/practices/aardvark-evenings") }),
                ("a deleted translation", { try site.remove("content/practices/family-club/bg.md") }),
                ("a model's title", { try site.edit("content/models/family-model/en.md", replacing: "title: The Family Club model", with: "title: The Club model") }),
                ("a free page", { try site.edit("content/pages/about/en.md", replacing: "for tests.", with: "for the tests.") }),
                ("a card made a draft", { try site.edit("content/practices/moscow-hub/ru.md", replacing: "evidence: pilot", with: "evidence: pilot\ndraft: true") }),
            ]
            for (step, change) in steps {
                try change()
                let report = try site.expectSameAsFullBuild(after: step)
                #expect(report.pagesSkipped > 0, "after \(step), every page was rendered again")
                #expect(report.pagesRendered < total, "after \(step)")
            }
        }
    }

    @Test("after each site-wide edit, an incremental rebuild writes exactly what a full build writes")
    func siteWideEdits() throws {
        try withTemporaryFolder("incremental-sitewide") { folder in
            let site = try Self.pagedSite(in: folder)
            try site.expectSameAsFullBuild(after: "the first build")
            let footer = try String(contentsOf: Self.builtinTemplate("partials/footer.mustache"), encoding: .utf8)
            let steps: [(String, () throws -> Void)] = [
                ("a taxonomy label", { try site.edit("content/taxonomies.yml", replacing: "en: Family support", with: "en: Family strength") }),
                ("a template added", { try site.write("templates/partials/footer.mustache", footer + "<p>Edited footer</p>\n") }),
                ("a template edited", { try site.edit("templates/partials/footer.mustache", replacing: "Edited footer", with: "Footer, edited again") }),
                ("a template removed", { try site.remove("templates") }),
                ("the site's title", { try site.edit("content/site.yml", replacing: "en: Mini Practices", with: "en: Small Practices") }),
                ("the page size", { try site.edit("content/site.yml", replacing: "page_size: 1", with: "page_size: 2") }),
            ]
            for (step, change) in steps {
                try change()
                let report = try site.expectSameAsFullBuild(after: step)
                #expect(report.pagesSkipped == 0, "after \(step), every page shows what changed")
            }
        }
    }

    @Test("a rebuild with nothing changed renders no page and rewrites no file")
    func nothingChanged() throws {
        try withTemporaryFolder("incremental-idle") { folder in
            let site = try Self.pagedSite(in: folder)
            let first = site.rebuild()
            expectSuccess(first)
            let before = try IncrementalSite.tree(site.output)
            let again = site.rebuild()
            expectSuccess(again)
            #expect(again.pagesRendered == 0)
            #expect(again.pagesSkipped == first.pagesRendered)
            #expect(again.filesWritten == first.filesWritten, "skipped pages still count as the build's files")
            #expect(try IncrementalSite.tree(site.output) == before)
            #expect(site.caches.exports.count == 3, "each practice's exports are kept, not made in full")
        }
    }

    @Test("a broken edit leaves the output as it was, and fixing it gives a full build's output")
    func brokenThenFixed() throws {
        try withTemporaryFolder("incremental-broken") { folder in
            let site = try Self.pagedSite(in: folder)
            try site.expectSameAsFullBuild(after: "the first build")
            let before = try IncrementalSite.tree(site.output)
            try site.edit("content/practices/family-club/en.md", replacing: "title: Family Club", with: "titel: Family Club")
            #expect(!site.rebuild().succeeded)
            #expect(try IncrementalSite.tree(site.output) == before)
            try site.edit("content/practices/family-club/en.md", replacing: "titel: Family Club", with: "title: Family Club, mended")
            try site.expectSameAsFullBuild(after: "the fix")
        }
    }

    @Test("a page deleted from the output by hand is written again although its inputs did not change")
    func missingFileIsRewritten() throws {
        try withTemporaryFolder("incremental-missing") { folder in
            let site = try Self.pagedSite(in: folder)
            try site.expectSameAsFullBuild(after: "the first build")
            try FileManager.default.removeItem(at: site.output.appendingPathComponent("he/practices/haifa-circle/index.html"))
            let report = try site.expectSameAsFullBuild(after: "removing a page")
            #expect(report.pagesRendered == 1)
        }
    }

    @Test("a file the build left is removed once nothing produces it, and a file put beside a card is copied and removed with it")
    func leftoversAreRemoved() throws {
        try withTemporaryFolder("incremental-leftovers") { folder in
            let site = try Self.pagedSite(in: folder)
            try site.expectSameAsFullBuild(after: "the first build")
            try site.write("content/practices/aardvark-evenings/en.md", Self.newCard + "\n![plan](plan.svg)\n")
            try site.write("content/practices/aardvark-evenings/plan.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
            try site.expectSameAsFullBuild(after: "a card with a file beside it")
            #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("en/practices/aardvark-evenings/plan.svg").path))
            try site.write("content/practices/aardvark-evenings/plan.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"2\"/>")
            try site.expectSameAsFullBuild(after: "the file beside it changed")
            try site.remove("content/practices/aardvark-evenings")
            try site.expectSameAsFullBuild(after: "the card and its file removed")
            // Twice: the second build knows the folder from the first and removes nothing more.
            try site.expectSameAsFullBuild(after: "nothing changed")
        }
    }

    /// A file of the built-in theme, from the repository.
    static func builtinTemplate(_ relative: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("templates/" + relative)
    }
}
