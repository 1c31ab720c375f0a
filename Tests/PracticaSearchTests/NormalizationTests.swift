import Testing

@testable import PracticaSearch

@Suite("Normalization and tokenization")
struct NormalizationTests {
    @Test("normalize folds case, compatibility forms, ё and diacritics but keeps й and punctuation")
    func normalizeExamples() {
        #expect(Analyzer.normalize("Ёлка, ЙОД!") == "елка, йод!")
        #expect(Analyzer.normalize("Crème Brûlée") == "creme brulee")
        #expect(Analyzer.normalize("ﬁ ① Ｆ") == "fi 1 f")
        #expect(Analyzer.normalize("ΟΔΟΣ") == "οδοσ")
        #expect(Analyzer.normalize("מִשְׁפָּחָה") == "משפחה")
        #expect(Analyzer.normalize("well-known") == "well-known")
        #expect(Analyzer.normalize("") == "")
    }

    @Test("tokenize splits at apostrophes, hyphens and punctuation and lowercases")
    func tokenizeExamples() {
        #expect(Analyzer.tokenize("Don't re-use O'Brien’s code.") == ["don", "t", "re", "use", "o", "brien", "s", "code"])
        #expect(Analyzer.tokenize("日本語のテキスト") == ["日", "本", "語", "の", "テキスト"])
        #expect(Analyzer.tokenize(" \n\t ").isEmpty)
    }

    @Test("the table fast path tokenizes every BMP scalar, accented or not, as the reference does")
    func fastPathMatchesReferenceForEveryScalar() {
        var mismatches: [String] = []
        for value in UInt32(0x20)..<0x10000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for mark in ["", "\u{301}", "\u{5B8}"] {
                let text = "a" + String(Character(scalar)) + mark + "b"
                if Tokenizer.tokens(text) != Self.referenceTokens(text) { mismatches.append(text) }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10).map { $0.unicodeScalars.map { String($0.value, radix: 16) } })")
    }

    @Test("the fast path tokenizes random mixed-script text as the reference does")
    func fastPathMatchesReferenceOnRandomText() {
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<2000 {
            let text = RandomText.make(using: &generator)
            #expect(
                Tokenizer.tokens(text) == Self.referenceTokens(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })"
            )
        }
    }

    /// Tokens by the definition: runs of letters, numbers and marks in the normalized
    /// text, Han and hiragana alone (with their marks).
    static func referenceTokens(_ text: String) -> [String] {
        var tokens: [String] = [], token = "", soloOpen = false
        for scalar in TextNormalizer.normalize(text).unicodeScalars {
            guard TextNormalizer.isWordScalar(scalar.value) else {
                if !token.isEmpty { tokens.append(token) }
                token = ""
                soloOpen = false
                continue
            }
            let isSolo = TextNormalizer.standsAlone(scalar.value), isMark = TextNormalizer.isMark(scalar.value)
            if (isSolo || (soloOpen && !isMark)) && !token.isEmpty { tokens.append(token); token = "" }
            if isSolo { soloOpen = true } else if !isMark { soloOpen = false }
            token.unicodeScalars.append(scalar)
        }
        if !token.isEmpty { tokens.append(token) }
        return tokens
    }
}
