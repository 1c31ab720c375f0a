import PracticaCore
import PracticaSource
import Testing

@Suite("Site settings, taxonomies and the content walk")
struct SiteLoaderTests {
    static let site = """
        title: {en: Practices, ru: Практики}
        base_url: https://example.test/
        default_language: en
        languages: [en, ru, he]
        cost_bands:
          RUB: [100000, 1000000]
        """
    static let taxonomies = """
        topics:
          foster-care: {en: Foster care, ru: Семейное устройство, he: אומנה}
          neglect: {en: Neglect}
        """

    func load(_ files: [String: String]) -> (LoadedSite, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let loaded = SiteLoader(fileSystem: InMemoryFileSystem(files), site: "s").load(diagnostics: &diagnostics)
        return (loaded, diagnostics)
    }

    @Test("site.yml is read with languages, titles, bands, and Hebrew right to left")
    func config() {
        let (loaded, diagnostics) = load(["s/content/site.yml": Self.site])
        #expect(diagnostics.isEmpty)
        #expect(loaded.config.languages == ["en", "ru", "he"])
        #expect(loaded.config.title.text(in: "ru", default: "en") == "Практики")
        #expect(loaded.config.title.text(in: "he", default: "en") == "Practices")
        #expect(loaded.config.costBands["RUB"] == [100000, 1000000])
        #expect(loaded.config.isRTL("he"))
        #expect(!loaded.config.isRTL("ru"))
    }

    @Test("an unknown key in site.yml gets a did-you-mean at its line")
    func unknownKey() {
        let (_, diagnostics) = load(["s/content/site.yml": Self.site + "\nbase_ulr: x\n"])
        #expect(diagnostics.map(\.description) == ["content/site.yml:7:1: error: unknown key 'base_ulr' (did you mean 'base_url'?)"])
    }

    @Test("a taxonomy label missing in a language is a warning naming the term")
    func missingLabel() {
        let (loaded, diagnostics) = load(["s/content/site.yml": Self.site, "s/content/taxonomies.yml": Self.taxonomies])
        #expect(loaded.taxonomies.terms["topics"]?.map(\.key) == ["foster-care", "neglect"])
        #expect(loaded.taxonomies.label("neglect", in: "topics", language: "ru", default: "en") == "Neglect")
        #expect(diagnostics.count == 2)
        #expect(diagnostics.allSatisfy { $0.severity == .warning && $0.location.line == 3 })
    }

    @Test("documents are found by kind, id and language; other files are assets")
    func walk() {
        let (loaded, diagnostics) = load([
            "s/content/site.yml": Self.site,
            "s/content/practices/club/ru.md": "---\n---\n",
            "s/content/practices/club/scheme.png": "png",
            "s/content/models/m/en.md": "---\n---\n",
        ])
        #expect(diagnostics.isEmpty)
        #expect(loaded.inventory.documents.map(\.path) == ["content/practices/club/ru.md", "content/models/m/en.md"])
        #expect(loaded.inventory.assets.map(\.name) == ["scheme.png"])
    }

    @Test("a file in an unknown language and an id that is not a slug are errors naming the file")
    func badNames() {
        let (_, diagnostics) = load([
            "s/content/site.yml": Self.site,
            "s/content/practices/club/rus.md": "---\n---\n",
            "s/content/practices/My_Club/en.md": "---\n---\n",
        ])
        #expect(diagnostics.map(\.description).sorted() == [
            "content/practices/My_Club: error: id 'My_Club' is not a slug (use lowercase letters, digits and single hyphens, like 'my-club')",
            "content/practices/club/rus.md: error: file in unknown language 'rus' (did you mean 'ru'?)",
        ])
    }

    @Test("a site without content/ says where to run")
    func noContent() {
        let (_, diagnostics) = load([:])
        #expect(diagnostics.first?.message == "no content folder")
    }

    @Test("slugs are lowercase letters, digits and single inner hyphens")
    func slugs() {
        #expect(Slug.isValid("foster-family-club"))
        #expect(Slug.isValid("a1"))
        for bad in ["", "-a", "a-", "a--b", "A", "a_b", "клуб"] { #expect(!Slug.isValid(bad)) }
    }
}
