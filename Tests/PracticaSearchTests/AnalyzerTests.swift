import PracticaSearch
import Testing

@Suite("Analyzer API")
struct AnalyzerTests {
    @Test("language tags select the stemmer by their primary subtag")
    func languageTags() {
        #expect(Analyzer(language: "EN-us").language == "en")
        #expect(Analyzer(language: "en-GB").name == "snowball-english")
        #expect(Analyzer(language: "ru").name == "snowball-russian")
        #expect(Analyzer(language: "bg_BG").name == "savoy-bulgarian")
        #expect(Analyzer(language: "he").name == "light-hebrew")
        #expect(Analyzer(language: "iw").name == "light-hebrew")
        #expect(Analyzer(language: "fr").name == "plain")
        #expect(Analyzer(language: "").name == "plain")
        #expect(Analyzer(language: "-en").name == "plain")
    }

    @Test("only Hebrew uses a vocabulary")
    func vocabularyUse() {
        #expect(Analyzer(language: "he").usesVocabulary)
        #expect(!Analyzer(language: "en").usesVocabulary)
        #expect(Analyzer(language: "en").terms("the families", vocabulary: ["x"]) == ["the", "famili"])
    }

    @Test("stem normalizes one word without splitting it")
    func stemNormalizes() {
        #expect(Analyzer(language: "en").stem("FAMILIES") == "famili")
        #expect(Analyzer(language: "ru").stem("Ёлки") == "елк")
        #expect(Analyzer(language: "he").stem("ילדים") == "ילד")
        #expect(Analyzer(language: "fr").stem("Élève") == "eleve")
    }

    @Test("terms keep order and repeats, as an index needs for frequencies")
    func repeats() {
        #expect(Analyzer(language: "en").terms("Run, ran, run!") == ["run", "ran", "run"])
    }

    @Test("inflected forms share a stem within each language")
    func sharedStems() {
        let groups: [(String, [String])] = [
            ("en", ["families", "family"]), ("en", ["connect", "connected", "connection"]),
            ("ru", ["семьи", "семей", "семья", "семью"]), ("ru", ["практика", "практики", "практикой"]),
            ("bg", ["деца", "децата"]), ("bg", ["практики", "практиката", "практика"]),
            ("he", ["משפחות", "משפחה", "משפחת"]), ("he", ["ילדים", "ילד", "ילדי"]),
        ]
        for (language, words) in groups {
            let analyzer = Analyzer(language: language)
            #expect(Set(words.map(analyzer.stem)).count == 1, "\(language): \(words)")
        }
    }
}
