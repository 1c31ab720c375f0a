import Testing

@testable import PracticaCore

@Suite("XML and HTML escaping")
struct XMLTextTests {
    /// The escaping as a plain loop over scalars: what the byte loop must agree with.
    static func reference(_ text: String, apostrophe: String, dropControls: Bool) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += apostrophe
            case "\u{0}"..."\u{8}", "\u{B}", "\u{C}", "\u{E}"..."\u{1F}", "\u{FFFE}", "\u{FFFF}":
                if !dropControls { result.unicodeScalars.append(scalar) }
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    @Test("the five special characters become entities, with the apostrophe each format wants")
    func entities() {
        #expect(XMLText.escape(#"a & b < c > d "e" 'f'"#) == "a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;")
        #expect(XMLText.escape("it's", apostrophe: "&#39;", dropControls: false) == "it&#39;s")
    }

    @Test("XML drops the controls and noncharacters it forbids, and keeps tab, newline and return")
    func controls() {
        #expect(XMLText.escape("a\u{0}b\u{8}c\u{B}d\u{1F}e\u{FFFE}f\u{FFFF}g") == "abcdefg")
        #expect(XMLText.escape("a\tb\nc\rd") == "a\tb\nc\rd")
    }

    @Test("HTML keeps control characters: only XML forbids them")
    func htmlKeepsControls() {
        #expect(XMLText.escape("a\u{1}<b", apostrophe: "&#39;", dropControls: false) == "a\u{1}&lt;b")
    }

    @Test("characters whose UTF-8 starts as U+FFFE's does stay: fullwidth forms, the replacement character")
    func neighboursOfNoncharacters() {
        let text = "\u{FF01}\u{FFFD}\u{FFEE}\u{FEFF}\u{EFFF} & x"
        #expect(XMLText.escape(text) == "\u{FF01}\u{FFFD}\u{FFEE}\u{FEFF}\u{EFFF} &amp; x")
    }

    @Test("text with nothing to escape comes back as it was")
    func untouched() {
        for text in ["", "plain", "Приёмная семья", "משפחה אומנת", "🎉 emoji"] {
            #expect(XMLText.escape(text) == text)
        }
    }

    @Test("agrees with a scalar-by-scalar escaper on 2,000 mixed texts, for XML and for HTML")
    func agreesWithReference() {
        let alphabet: [Unicode.Scalar] = [
            "a", "&", "<", ">", "\"", "'", "\u{0}", "\u{9}", "\u{B}", "\u{1F}", "\u{7F}", "é", "ש", "ж",
            "\u{FF01}", "\u{FFFD}", "\u{FFFE}", "\u{FFFF}", "\u{EFFF}", "🎉", " ",
        ]
        // A linear congruential sequence: the same texts on every run, so a failure reproduces.
        var state: UInt64 = 42
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        for _ in 0..<2_000 {
            var text = ""
            for _ in 0..<next(25) { text.unicodeScalars.append(alphabet[next(alphabet.count)]) }
            #expect(XMLText.escape(text) == Self.reference(text, apostrophe: "&apos;", dropControls: true), "\(text.debugDescription)")
            #expect(
                XMLText.escape(text, apostrophe: "&#39;", dropControls: false)
                    == Self.reference(text, apostrophe: "&#39;", dropControls: false), "\(text.debugDescription)")
        }
    }
}
