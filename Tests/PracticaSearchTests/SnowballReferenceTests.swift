import Testing

@testable import PracticaSearch

@Suite("Snowball reference output")
struct SnowballReferenceTests {
    @Test("the English stemmer reproduces every stem in snowball-en.tsv")
    func english() throws {
        let pairs = try SharedFixtures.stemPairs("snowball-en.tsv")
        #expect(pairs.count >= 2000)
        let stemmer = EnglishStemmer()
        let wrong = pairs.filter { stemmer.stem($0.word) != $0.stem }
        #expect(wrong.isEmpty, "\(wrong.prefix(20).map { "\($0.word)→\(stemmer.stem($0.word)) want \($0.stem)" })")
    }

    @Test("the Russian stemmer reproduces every stem in snowball-ru.tsv")
    func russian() throws {
        let pairs = try SharedFixtures.stemPairs("snowball-ru.tsv")
        #expect(pairs.count >= 2000)
        let stemmer = RussianStemmer()
        let wrong = pairs.filter { stemmer.stem($0.word) != $0.stem }
        #expect(wrong.isEmpty, "\(wrong.prefix(20).map { "\($0.word)→\(stemmer.stem($0.word)) want \($0.stem)" })")
    }
}
