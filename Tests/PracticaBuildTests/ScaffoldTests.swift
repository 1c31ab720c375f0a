import Foundation
import PracticaBuild
import PracticaCore
import PracticaSource
import Testing

@Suite("practica new")
struct ScaffoldTests {
    static let site: [String: String] = [
        "s/content/site.yml": "title: T\nbase_url: https://example.test/\nlanguages: [en, ru, he, bg]\n",
        "s/content/taxonomies.yml": "topics:\n  foster-care: {en: Foster care, ru: Семейное устройство, he: אומנה, bg: Приемна грижа}\nevidence:\n  evaluated: {en: Evaluated, ru: Оценено, he: הוערך, bg: Оценено}\n",
        "s/content/practices/club/ru.md": """
            ---
            title: Клуб
            summary: Поддержка семей.
            topics: [foster-care]
            implementation_time: 6+ months
            cost: {from: 1000000, to: 10000000, currency: RUB}
            results:
              - {value: 91%, text: родителей отметили рост}
            stages:
              - {title: Подготовка, duration: 6 months}
            created: 2023-11-15
            ---
            ## Описание
            Текст.
            """,
    ]

    func environment(_ fs: InMemoryFileSystem) -> BuildEnvironment {
        BuildEnvironment(fileSystem: fs, now: { Date(timeIntervalSince1970: 1_700_000_000) }, log: .silent)
    }

    func check(_ fs: InMemoryFileSystem) -> [Diagnostic] {
        SiteBuilder(environment: environment(fs)).build(BuildOptions(site: "s", writeOutput: false)).diagnostics
    }

    @Test("a fresh scaffold of each kind, in each language, passes check with at most warnings", arguments: ["en", "ru", "he", "bg"])
    func freshScaffoldsPassCheck(language: String) {
        let fs = InMemoryFileSystem(Self.site)
        for kind in [ContentKind.practices, .models, .pages] {
            #expect(Scaffolder(environment: environment(fs)).create(ScaffoldRequest(kind: kind, id: "new-one", language: language, site: "s")).isEmpty)
        }
        #expect(!check(fs).hasErrors, "\(check(fs).filter { $0.severity == .error })")
        let text = fs.text("s/content/practices/new-one/\(language).md") ?? ""
        for key in ["title", "summary", "topics", "question", "audience", "cost", "results", "stages", "replication", "contacts", "draft"] {
            #expect(text.contains("\(key):"), "the scaffold names every key: \(key)")
        }
        #expect(text.contains("created: 2023-11-14"), "created is today, from the clock passed in")
        #expect(text.contains(ScaffoldHintProbe.title(language)), "hints are in the editor's language")
    }

    @Test("--from copies keys and marks every text to translate; the result passes check, with one warning until translated")
    func translationFrom() {
        let fs = InMemoryFileSystem(Self.site)
        #expect(Scaffolder(environment: environment(fs)).create(ScaffoldRequest(kind: .practices, id: "club", language: "en", site: "s", from: "ru")).isEmpty)
        let text = fs.text("s/content/practices/club/en.md") ?? ""
        #expect(text.contains(#"title: "TRANSLATE: Клуб""#))
        #expect(text.contains("topics: [foster-care]"))
        #expect(text.contains("implementation_time: 6+ months"))
        #expect(text.contains("cost: {from: 1000000, to: 10000000, currency: RUB}"))
        #expect(text.contains(#"{value: "91%", text: "TRANSLATE: родителей отметили рост"}"#))
        #expect(text.contains("created: 2023-11-15"), "dates are copied, so the translations agree")
        #expect(text.contains("## Описание"), "the body is copied to translate")
        #expect(!check(fs).hasErrors, "\(check(fs).filter { $0.severity == .error })")
        let marks = check(fs).filter { $0.message.hasPrefix("not yet translated") }.map(\.description)
        #expect(marks.count == 1 && marks[0].hasPrefix("content/practices/club/en.md:"), "\(marks)")
        #expect(marks.first?.contains("not yet translated: title, summary") == true && marks.first?.contains("the body") == true, "\(marks)")
    }

    @Test("ids that are not slugs, unknown languages and existing files are refused, and nothing is written")
    func refusals() {
        let fs = InMemoryFileSystem(Self.site)
        let scaffolder = Scaffolder(environment: environment(fs))
        let before = fs.paths
        #expect(scaffolder.create(ScaffoldRequest(kind: .practices, id: "My_Club", language: "en", site: "s")).map(\.message) == ["id 'My_Club' is not a slug"])
        #expect(scaffolder.create(ScaffoldRequest(kind: .practices, id: "x", language: "de", site: "s")).map(\.message) == ["'de' is not a language of this site"])
        #expect(scaffolder.create(ScaffoldRequest(kind: .practices, id: "club", language: "ru", site: "s")).map(\.message) == ["content/practices/club/ru.md already exists; nothing was written"])
        #expect(scaffolder.create(ScaffoldRequest(kind: .practices, id: "club", language: "he", site: "s", from: "en")).map(\.description) == [
            "content/practices/club/en.md: error: there is no 'en' version of 'club' to translate from (it is written in ru)"
        ])
        #expect(fs.paths == before)
        #expect(fs.text("s/content/practices/club/ru.md") == Self.site["s/content/practices/club/ru.md"])
    }
}

/// The title hint's first word in each language, to see that hints follow the editor's language.
enum ScaffoldHintProbe {
    static func title(_ language: String) -> String {
        ["en": "# Name of the practice", "ru": "# Название практики", "he": "# שם הפרקטיקה", "bg": "# Име на практиката"][language] ?? ""
    }
}
