import Foundation
import PracticaBuild
import PracticaCore
import Testing

/// Page fingerprints: a page's changes exactly when something it shows changes, so that serve re-renders it.
@Suite("Page fingerprints")
struct PageFingerprintTests {
    /// Builds the mini site, applies `change`, builds again, and returns the pages among `paths` whose fingerprint changed.
    func changedPages(_ paths: [String], after change: (IncrementalSite) throws -> Void) throws -> Set<String> {
        try withTemporaryFolder("fingerprints") { folder in
            let site = try IncrementalSite(in: folder)
            expectSuccess(site.rebuild())
            let before = paths.map { site.caches.outputs.fingerprint(of: $0) }
            for (path, value) in zip(paths, before) { #expect(value != nil, "\(path) has no fingerprint") }
            try change(site)
            expectSuccess(site.rebuild())
            return Set(zip(paths, before).filter { site.caches.outputs.fingerprint(of: $0.0) != $0.1 }.map(\.0))
        }
    }

    func retitleMoscowHub(_ site: IncrementalSite) throws {
        try site.edit("content/practices/moscow-hub/ru.md", replacing: "title: Ассоциация", with: "title: Южная ассоциация")
    }

    @Test("a list page that shows a card changes fingerprint when that card's title changes")
    func listsFollowTitles() throws {
        let lists = ["en/practices/index.html", "ru/practices/index.html", "bg/topics/family-support/index.html", "ru/index.html"]
        #expect(try changedPages(lists, after: retitleMoscowHub) == Set(lists))
    }

    @Test("a card page changes fingerprint when a card it lists as related changes its title")
    func cardsFollowRelated() throws {
        let pages = ["en/practices/family-club/index.html", "ru/practices/family-club/index.html"]
        #expect(try changedPages(pages, after: retitleMoscowHub) == Set(pages))
    }

    /// The English home lists English cards only; moscow-hub is written in Russian.
    @Test("pages that do not show a card keep their fingerprint when it changes")
    func unrelatedPagesStay() throws {
        let pages = [
            "he/practices/haifa-circle/index.html", "en/regions/haifa/index.html", "en/search/index.html", "en/index.html",
            "en/compare/index.html", "en/shortlist/index.html", "index.html", "404.html", "en/about/index.html", "en/models/index.html",
        ]
        #expect(try changedPages(pages, after: retitleMoscowHub).isEmpty)
    }

    @Test("a changed topic changes the old and the new term page and the topics index, not the other facets")
    func topicsMove() throws {
        let pages = [
            "en/topics/family-support/index.html", "en/topics/child-protection/index.html", "en/topics/index.html",
            "en/regions/moscow/index.html", "en/audience/index.html", "en/index.html",
        ]
        let changed = try changedPages(pages) { site in
            try site.edit("content/practices/moscow-hub/ru.md", replacing: "topics: [family-support]", with: "topics: [child-protection]")
        }
        // The regions and audience pages list moscow-hub, whose source changed: they are rendered again too, conservatively.
        // The English home counts practices per topic, though it does not list moscow-hub.
        #expect(changed.isSuperset(of: [
            "en/topics/family-support/index.html", "en/topics/child-protection/index.html", "en/topics/index.html", "en/index.html",
        ]))
    }

    @Test("a home page changes fingerprint when one of the newest cards it lists changes, the homes of other languages do not")
    func homeFollowsDates() throws {
        let pages = ["he/index.html", "en/index.html"]
        let changed = try changedPages(pages) { site in
            try site.edit("content/practices/haifa-circle/he.md", replacing: "created: 2024-06-01", with: "created: 2024-06-01\nupdated: 2025-01-01")
        }
        #expect(changed == ["he/index.html"])
    }

    @Test("a model page changes fingerprint when a card starts naming the model")
    func modelsFollowTheirPractices() throws {
        // moscow-hub's page lists family-club, not haifa-circle: it stays.
        let pages = ["en/models/family-model/index.html", "ru/models/family-model/index.html", "ru/practices/moscow-hub/index.html"]
        let changed = try changedPages(pages) { site in
            try site.edit("content/practices/haifa-circle/he.md", replacing: "regions: [haifa]", with: "regions: [haifa]\nmodel: family-model")
        }
        #expect(changed == ["en/models/family-model/index.html", "ru/models/family-model/index.html"])
    }

    @Test("a taxonomy index changes fingerprint when a title it lists changes, not when a body does")
    func indexesFollowTitlesOnly() throws {
        let index = ["en/topics/index.html", "ru/regions/index.html"]
        #expect(try changedPages(index, after: retitleMoscowHub) == Set(index))
        let afterBody = try changedPages(index + ["ru/practices/moscow-hub/index.html"]) { site in
            try site.edit("content/practices/moscow-hub/ru.md", replacing: "Родители помогают друг другу.", with: "Родители помогают.")
        }
        #expect(afterBody == ["ru/practices/moscow-hub/index.html"])
    }

    @Test("the overview changes fingerprint when a cost it charts changes, not when a body does")
    func overviewFollowsCosts() throws {
        let overview = ["en/practices/overview/index.html", "he/practices/overview/index.html"]
        let afterCost = try changedPages(overview) { site in
            try site.edit("content/practices/family-club/en.md", replacing: "cost: {from: 5000,", with: "cost: {from: 6000,")
        }
        // The Hebrew overview charts family-club's Hebrew version, whose cost did not change.
        #expect(afterCost == ["en/practices/overview/index.html"])
        let afterBody = try changedPages(overview) { site in
            try site.edit("content/practices/family-club/en.md", replacing: "Families meet every week.", with: "Families meet on Tuesdays.")
        }
        #expect(afterBody.isEmpty)
    }

    @Test("a card page changes fingerprint when the title of its model changes")
    func cardsFollowTheirModel() throws {
        let pages = ["en/practices/family-club/index.html", "he/practices/haifa-circle/index.html"]
        let changed = try changedPages(pages) { site in
            try site.edit("content/models/family-model/en.md", replacing: "title: The Family Club model", with: "title: The Club model")
        }
        #expect(changed == ["en/practices/family-club/index.html"])
    }

    @Test("every page changes fingerprint when a UI string changes")
    func everythingFollowsTheTheme() throws {
        let pages = ["index.html", "404.html", "en/search/index.html", "he/practices/haifa-circle/index.html", "ru/topics/index.html"]
        let changed = try changedPages(pages) { site in
            let english = try String(contentsOf: IncrementalRebuildTests.builtinTemplate("i18n/en.yml"), encoding: .utf8)
            try site.write("templates/i18n/en.yml", english + "\nextra_key: Extra\n")
        }
        #expect(changed == Set(pages))
    }
}
