import PracticaSearch
import Testing

@Suite("Robustness on any input")
struct RobustnessTests {
    static let languages = ["en", "ru", "bg", "he", "ja", ""]

    @Test("empty, blank and punctuation-only text has no terms", arguments: languages)
    func noTerms(_ language: String) {
        let analyzer = Analyzer(language: language)
        for text in ["", " ", "\n\t", "!?…—«»", "'''", "---", "\u{301}\u{5B8}", "🚀❤️"] {
            #expect(analyzer.terms(text).isEmpty, "\(text)")
            #expect(analyzer.terms(text, vocabulary: ["x"]).isEmpty)
        }
    }

    @Test("a 1 MB run of letters is one token, left unstemmed", arguments: languages)
    func megabyteWord(_ language: String) {
        let word = String(repeating: "ayeyuy", count: 180_000)
        let terms = Analyzer(language: language).terms(word)
        #expect(terms == [word])
    }

    @Test("1 MB of mixed-script prose with and without a vocabulary", arguments: languages)
    func megabyteProse(_ language: String) {
        let sentence = "Families’ практики — децата וְהַמִּשְׁפָּחוֹת 日本語 naïve 🚀 가 𝐀́! "
        let text = String(repeating: sentence, count: 1_000_000 / sentence.utf8.count)
        let analyzer = Analyzer(language: language)
        let terms = analyzer.terms(text, vocabulary: ["משפח"])
        #expect(terms.count > 10_000)
        #expect(terms.allSatisfy { !$0.isEmpty })
    }

    @Test("1 MB of combining marks alone yields nothing")
    func megabyteOfMarks() {
        let text = String(repeating: "\u{301}\u{5B4}\u{FE0F}", count: 150_000)
        #expect(Analyzer(language: "en").terms(text).isEmpty)
    }

    @Test("random scalars never crash and never give empty terms", arguments: languages)
    func randomScalars(_ language: String) {
        var generator = SeededGenerator(seed: 42)
        let analyzer = Analyzer(language: language)
        for _ in 0..<300 {
            var text = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...40, using: &generator) {
                if let scalar = Unicode.Scalar(UInt32.random(in: 0...0x10FFFF, using: &generator)) {
                    text.append(scalar)
                }
            }
            #expect(analyzer.terms(String(text)).allSatisfy { !$0.isEmpty })
        }
    }

    @Test("stemmers take degenerate words without trapping, and never make them longer", arguments: ["", "'", "y", "yyyy", "'s'", "ийя", "ъ", "וה", "ה", "ו", "1", "ﬀ"])
    func degenerateWords(_ word: String) {
        let length = word.unicodeScalars.count
        for language in Self.languages {
            // The analyzer folds first (ﬀ becomes ff), so its bound is the folded word's.
            let folded = Analyzer(language: language).stem(word)
            #expect(folded.unicodeScalars.count <= 2 * length, "\(language): '\(word)' → '\(folded)'")
            #expect(word.isEmpty == folded.isEmpty || !word.contains(where: \.isLetter), "\(language): '\(word)' → '\(folded)'")
        }
        for stem in [
            EnglishStemmer().stem(word), RussianStemmer().stem(word), BulgarianStemmer().stem(word),
            HebrewStemmer().stem(word, vocabulary: ["ה", "ו", ""]),
        ] {
            #expect(stem.unicodeScalars.count <= length, "'\(word)' → '\(stem)'")
        }
    }
}
