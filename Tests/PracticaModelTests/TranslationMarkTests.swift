import Testing

@testable import PracticaModel

@Suite("Translation marks")
struct TranslationMarkTests {
    @Test("the body's mark is found wherever it stands, and only whole")
    func findsTheMark() {
        let mark = TranslationMarks.bodyMark
        for text in [mark, "\n" + mark + "\n\nText", "Текст <!-- T " + mark, "שלום " + mark] {
            #expect(TranslationMarks.contains(text, mark), "\(text)")
        }
        for text in ["", "<", "<!-- TRANSLATE --", "<!-- translate -->", "Текст без пометки", String(mark.dropFirst())] {
            #expect(!TranslationMarks.contains(text, mark), "\(text)")
        }
    }
}
