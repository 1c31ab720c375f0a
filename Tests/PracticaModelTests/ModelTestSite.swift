import PracticaCore
import PracticaModel
import PracticaSource

/// A small site in memory, read through the source and model stages as a build would.
struct ModelTestSite {
    var files: [String: String] = [
        "s/content/site.yml": """
            title: Practices
            base_url: https://example.test/
            languages: [en, ru, he]
            """,
        "s/content/taxonomies.yml": """
            topics:
              foster-care: {en: Foster care, ru: Семейное устройство, he: אומנה}
              child-protection: {en: Child protection, ru: Защита детства, he: הגנה על ילדים}
            audience:
              parents: {en: Parents, ru: Родители, he: הורים}
            regions:
              moscow: {en: Moscow, ru: Москва, he: מוסקבה}
            evidence:
              evaluated: {en: Evaluated, ru: Есть оценка, he: נערך מחקר הערכה}
            """,
    ]

    /// Adds a document under content/.
    mutating func add(_ path: String, _ text: String) { files["s/content/" + path] = text }

    /// Loads, reads and validates, returning the content and every diagnostic.
    func read(drafts: Bool = false) -> (SiteContent, [Diagnostic]) {
        let fileSystem = InMemoryFileSystem(files)
        var diagnostics: [Diagnostic] = []
        let loaded = SiteLoader(fileSystem: fileSystem, site: "s").load(diagnostics: &diagnostics)
        let content = ContentReader(fileSystem: fileSystem, site: "s", includeDrafts: drafts).read(loaded, diagnostics: &diagnostics)
        return (content, diagnostics + content.validate())
    }

    /// Just the diagnostics' text, sorted.
    func messages() -> [String] { read().1.sortedForDisplay().map(\.description) }
}
