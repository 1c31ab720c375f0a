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

    @Test("the byte test finds exactly the White_Space scalars, at their UTF-8 length, in every scalar")
    func byteWidthMatchesUnicode() {
        let mismatches = (0...0x10FFFF).compactMap(Unicode.Scalar.init(_:)).filter { scalar in
            var bytes = Array(String(scalar).utf8)
            let expected = scalar.properties.isWhitespace ? bytes.count : 0
            bytes.append(0x41)
            return bytes.withUnsafeBufferPointer { Whitespace.width($0, at: 0) } != expected
        }
        #expect(mismatches.isEmpty, "differs at \(mismatches.prefix(5).map { String($0.value, radix: 16) })")
    }

    @Test("collapsed text comes back as it is, and text needing work is collapsed", arguments: [
        ("", ""), ("a", "a"), ("a b", "a b"), (" a", "a"), ("a ", "a"), ("a  b", "a b"), ("a\nb", "a b"),
        ("a\u{A0}b", "a b"), ("\u{2003}", ""), ("   ", ""), ("Шаг один", "Шаг один"), ("שלב\u{3000}א", "שלב א"),
        ("a\u{85}b", "a b"), ("a\u{205F}\u{1680}b", "a b"), ("é\u{2029}", "é"),
    ])
    func collapses(input: String, expected: String) {
        #expect(input.collapsingWhitespace() == expected)
    }
}
