import PracticaCore
import PracticaModel
import Testing

@Suite("Translations and links")
struct TranslationTests {
    func card(_ title: String, topics: String = "[foster-care]", extra: String = "") -> String {
        "---\ntitle: \(title)\nsummary: S\ntopics: \(topics)\n\(extra)---\nBody\n"
    }

    @Test("files with the same id are one practice, its versions in site language order")
    func grouping() throws {
        var site = ModelTestSite()
        site.add("practices/club/he.md", card("מועדון"))
        site.add("practices/club/en.md", card("Club"))
        site.add("practices/other/ru.md", card("Другая"))
        let (content, diagnostics) = site.read()
        #expect(diagnostics.isEmpty)
        #expect(content.practices.map(\.id) == ["club", "other"])
        #expect(content.practice("club")?.languages == ["en", "he"])
        #expect(content.practice("club")?.version(in: "he")?.title == "מועדון")
        #expect(content.practice("club")?.version(in: "ru") == nil)
    }

    @Test("translations that disagree on keys or dates are an error at the disagreeing key")
    func disagreement() {
        var site = ModelTestSite()
        site.add("practices/club/en.md", card("Club", extra: "created: 2023-11-15\n"))
        site.add("practices/club/ru.md", card("Клуб", topics: "[child-protection]", extra: "created: 2023-11-16\n"))
        #expect(site.messages() == [
            "content/practices/club/ru.md:4:1: error: 'topics' disagrees with content/practices/club/en.md: child-protection here, foster-care there (translations share ids, keys and dates)",
            "content/practices/club/ru.md:5:1: error: 'created' disagrees with content/practices/club/en.md: 2023-11-16 here, 2023-11-15 there (translations share ids, keys and dates)",
        ])
    }

    @Test("a key that only one translation gives is not a disagreement")
    func partialKeys() {
        var site = ModelTestSite()
        site.add("practices/club/en.md", card("Club", extra: "audience: [parents]\n"))
        site.add("practices/club/ru.md", card("Клуб"))
        #expect(site.messages().isEmpty)
    }

    // Versions come in site language order, en, ru, he here, so ru.md is the reference for `created`.
    @Test("two translations that give a key the first one leaves out must still agree on it")
    func disagreementAfterAnOmission() {
        var site = ModelTestSite()
        site.add("practices/club/en.md", card("Club"))
        site.add("practices/club/he.md", card("מועדון", extra: "created: 2021-05-05\n"))
        site.add("practices/club/ru.md", card("Клуб", extra: "created: 2022-01-01\n"))
        #expect(site.messages() == [
            "content/practices/club/he.md:5:1: error: 'created' disagrees with content/practices/club/ru.md: 2021-05-05 here, 2022-01-01 there (translations share ids, keys and dates)",
        ])
    }

    @Test("ids written without brackets, as 'a, b', get a hint to make them a list")
    func listWithoutBrackets() {
        var site = ModelTestSite()
        site.add("practices/club/en.md", card("Club", topics: "foster-care, neglect", extra: "related: other, club\n"))
        site.add("practices/other/en.md", card("Other"))
        #expect(site.messages() == [
            "content/practices/club/en.md:4:9: error: unknown topic 'foster-care, neglect' (a list needs brackets: [foster-care, neglect])",
            "content/practices/club/en.md:5:10: error: unknown related practice 'other, club' (a list needs brackets: [other, club])",
        ])
    }

    @Test("related and model ids must exist, with a did-you-mean at the id")
    func brokenLinks() {
        var site = ModelTestSite()
        site.add("practices/club/en.md", card("Club", extra: "related: [mifgas]\nmodel: club-modle\n"))
        site.add("practices/mifgash/en.md", card("Mifgash"))
        site.add("models/club-model/en.md", "---\ntitle: M\nsummary: S\npractices: [clubb]\n---\n")
        #expect(site.messages() == [
            "content/models/club-model/en.md:4:13: error: unknown practice 'clubb' (did you mean 'club'?)",
            "content/practices/club/en.md:5:11: error: unknown related practice 'mifgas' (did you mean 'mifgash'?)",
            "content/practices/club/en.md:6:8: error: unknown model 'club-modle' (did you mean 'club-model'?)",
        ])
    }

    @Test("a model knows the practices that implement it, from either side")
    func implementing() {
        var site = ModelTestSite()
        site.add("practices/a/en.md", card("A", extra: "model: m\n"))
        site.add("practices/b/en.md", card("B"))
        site.add("models/m/en.md", "---\ntitle: M\nsummary: S\npractices: [b]\n---\n")
        let (content, diagnostics) = site.read()
        #expect(diagnostics.isEmpty)
        #expect(content.practices(implementing: "m") == ["a", "b"])
    }
}
