import Testing

@testable import PracticaMarkdown

@Suite("Whitespace")
struct WhitespaceTests {
    @Test("the spelled-out whitespace set is Unicode's White_Space property, scalar for scalar")
    func whitespaceSetMatchesUnicode() {
        let mismatches = (0...0x10FFFF).compactMap(Unicode.Scalar.init(_:)).filter { $0.isWhitespace != $0.properties.isWhitespace }
        #expect(mismatches.isEmpty, "differs at \(mismatches.prefix(5).map { String($0.value, radix: 16) })")
    }

    @Test("runs of any whitespace, no-break and ideographic spaces included, become one space, none at the ends")
    func collapsesRuns() {
        #expect(" \u{3000}Шаг\u{00A0}\u{2009} один\n\tשלב\u{2028} ".collapsingWhitespace() == "Шаг один שלב")
    }
}
