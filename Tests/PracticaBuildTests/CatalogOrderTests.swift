import Foundation
import Testing

/// The catalog's order: a language's own practices by title in its collation, then the others.
@Suite("Catalog order")
struct CatalogOrderTests {
    @Test("each catalog sorts its own practices by title, not by id, then lists the rest", arguments: [
        ("en", ["family-club", "haifa-circle", "moscow-hub"]),
        // Ассоциация… before Семейный клуб, though family-club < moscow-hub by id.
        ("ru", ["moscow-hub", "family-club", "haifa-circle"]),
        // בית חם… before מועדון…, though family-club < haifa-circle by id.
        ("he", ["haifa-circle", "family-club", "moscow-hub"]),
        ("bg", ["family-club", "haifa-circle", "moscow-hub"]),
    ])
    func fixtureOrder(language: String, ids: [String]) throws {
        let html = try MiniBuild.output().text("\(language)/practices/index.html")
        #expect(entryIDs(in: html) == ids)
    }

    @Test("the catalog counts every practice of the site")
    func count() throws {
        let html = try MiniBuild.output().text("ru/practices/index.html")
        #expect(firstCapture(#"<p [^>]*id="catalog-count"[^>]*>([^<]*)</p>"#, in: html) == "Практик: 3")
    }

    @Test("titles sort as each language's readers expect: ignoring case and accents in en, Ё beside Е in ru")
    func collation() throws {
        try withTemporaryFolder("collation") { folder in
            let site = try copyMiniSite(into: folder)
            // Ids are chosen so that id order, code-point order and collation order all differ.
            try writeCard(site, id: "orchard", language: "en", title: "apple orchard")
            try writeCard(site, id: "circle", language: "en", title: "Banana circle")
            try writeCard(site, id: "echelle-group", language: "en", title: "Échelle group")
            try writeCard(site, id: "yolka", language: "ru", title: "Ёлочный базар")
            let output = folder.appendingPathComponent("public")
            expectSuccess(buildSite(site, into: output))
            let built = SiteOutput(root: output)

            let english = entryIDs(in: try built.text("en/practices/index.html"))
            #expect(Array(english.prefix(4)) == ["orchard", "circle", "echelle-group", "family-club"])
            #expect(Array(english.dropFirst(4)) == ["haifa-circle", "moscow-hub", "yolka"])

            let russian = entryIDs(in: try built.text("ru/practices/index.html"))
            #expect(Array(russian.prefix(3)) == ["moscow-hub", "yolka", "family-club"])
            #expect(Array(russian.dropFirst(3)) == ["circle", "echelle-group", "haifa-circle", "orchard"])
        }
    }

    @Test("term pages use the same order as the catalog")
    func termPageOrder() throws {
        let html = try MiniBuild.output().text("ru/topics/family-support/index.html")
        #expect(entryIDs(in: html) == ["moscow-hub", "family-club"])
        let hebrew = try MiniBuild.output().text("he/topics/child-protection/index.html")
        #expect(entryIDs(in: hebrew) == ["haifa-circle", "family-club"])
    }

    private func writeCard(_ site: URL, id: String, language: String, title: String) throws {
        let folder = site.appendingPathComponent("content/practices/\(id)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let text = """
            ---
            title: \(title)
            summary: A card for the collation test.
            topics: [family-support]
            ---
            Body.

            """
        try text.write(to: folder.appendingPathComponent("\(language).md"), atomically: true, encoding: .utf8)
    }
}
