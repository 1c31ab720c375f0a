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

    @Test("a byte-order mark before site.yml and taxonomies.yml is ignored, as it is before cards")
    func byteOrderMark() {
        let (loaded, diagnostics) = load(["s/content/site.yml": "\u{FEFF}" + Self.site, "s/content/taxonomies.yml": "\u{FEFF}" + Self.taxonomies])
        #expect(diagnostics.allSatisfy { $0.severity == .warning })
        #expect(loaded.config.languages == ["en", "ru", "he"])
        #expect(loaded.taxonomies.terms["topics"]?.map(\.key) == ["foster-care", "neglect"])
    }

    @Test("an unusable site.yml is reported alone, not with an error for every document that follows from it")
    func noCascade() {
        let (_, diagnostics) = load([
            "s/content/site.yml": "",
            "s/content/taxonomies.yml": Self.taxonomies,
            "s/content/practices/club/ru.md": "---\n---\n",
            "s/content/practices/club/he.md": "---\n---\n",
        ])
        #expect(diagnostics.map(\.description) == [
            "content/site.yml:1: error: site.yml must be a mapping of settings (it needs title, base_url and languages)"
        ])
    }

    @Test("an empty language list, a list as default_language, and bad cost bands are errors at their lines")
    func badSettings() {
        let (loaded, diagnostics) = load(["s/content/site.yml": """
            title: T
            base_url: /
            languages: []
            default_language: [ru]
            cost_bands:
              RBU: [1, 2]
              EUR: [5_000, 50 000]
              ILS: [10, 10]
              USD: [1, .inf]
            """])
        #expect(diagnostics.map(\.description) == [
            "content/site.yml:3:12: error: the list of languages is empty (list at least one, like [en])",
            "content/site.yml:4:19: error: default_language must be one language code, found a list",
            "content/site.yml:6:3: error: unknown currency 'RBU' in cost_bands (use an ISO 4217 code such as RUB, ILS, EUR, BGN or USD, as the cards do)",
            "content/site.yml:8:8: error: cost_bands.ILS must be a rising list of amounts (each limit above the one before, like [100_000, 1_000_000])",
            "content/site.yml:9:8: error: cost_bands.USD must be a rising list of amounts (each limit above the one before, like [100_000, 1_000_000])",
        ])
        #expect(loaded.config.costBands == ["EUR": [5000, 50000]])
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

    @Test("a misnamed folder and a stray file in content/ are errors with a did-you-mean; hidden files and backups are not")
    func strayEntries() {
        let (loaded, diagnostics) = load([
            "s/content/site.yml": Self.site,
            "s/content/practise/new-one/en.md": "---\n---\n",
            "s/content/stray.md": "---\n---\n",
            "s/content/.DS_Store": "x",
            "s/content/site.yml~": "languages: [en]",
            "s/content/practices/club/en.md": "---\n---\n",
        ])
        #expect(diagnostics.map(\.description) == [
            "content/practise: error: 'practise' has no place in content/ (did you mean 'practices'?)",
            "content/stray.md: error: 'stray.md' has no place in content/ (content/ holds site.yml, taxonomies.yml and the folders practices/, models/, pages/)",
        ])
        #expect(loaded.inventory.documents.map(\.path) == ["content/practices/club/en.md"])
    }

    @Test("a document folder's name given to a file is an error")
    func kindAsFile() {
        let (_, diagnostics) = load(["s/content/site.yml": Self.site, "s/content/pages": "about"])
        #expect(diagnostics.map(\.description) == ["content/pages: error: 'pages' must be a folder"])
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
