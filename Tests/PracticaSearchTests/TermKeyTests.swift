import Testing

@testable import PracticaSearch

@Suite("Term keys")
struct TermKeyTests {
    @Test("terms are one key when their bytes are equal, in any script, and the analyzer's output makes them so")
    func equalBytesAreOneKey() {
        let words = ["שלום", "книга", "книги", "club", "ключ", String("книга".reversed().reversed())]
        let keys = Set(words.map(Term.init))
        #expect(keys.count == 5)
        #expect(Term("книга") == Term(String("книга".reversed().reversed())))
        #expect(Term("книга").hashValue == Term(String("книга".reversed().reversed())).hashValue)
        // Decomposed and composed "й" are different bytes, hence different keys; the analyzer's NFC
        // normalization is what makes every written form of a word the same term.
        #expect(Term("и\u{0306}") != Term("й"))
        let analyzer = Analyzer(language: "ru")
        #expect(Term(analyzer.stem("ключи\u{0306}")) == Term(analyzer.stem("ключй")))
    }
}
