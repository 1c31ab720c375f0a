import Foundation
import PracticaCore
import Testing
@testable import PracticaRender

@Suite("JSON-LD script bodies")
struct JSONLDTests {
    @Test("data with nothing to escape is the JSON exactly as written")
    func plainDataIsUnchanged() {
        let object: [String: Any] = ["name": "Клуб «На равных» \"q\"", "about": ["שלום", "a/b"], "n": 3]
        #expect(JSONLD.script(object) == String(decoding: JSONText.data(object), as: UTF8.self))
    }

    @Test("angle brackets and ampersands in any string are written as \\u escapes, and the JSON reads back the same")
    func escapesMarkupCharacters() throws {
        let object: [String: Any] = ["name": "</script><b>A & B</b>", "about": ["Ключ <1> & 2", "שלום"]]
        let script = JSONLD.script(object)
        #expect(!script.contains("<") && !script.contains(">") && !script.contains("&"))
        #expect(script.contains(#"\u003c/script\u003e"#) && script.contains(#"A \u0026 B"#))
        let decoded = try #require(JSONSerialization.jsonObject(with: Data(script.utf8)) as? [String: Any])
        #expect(decoded["name"] as? String == "</script><b>A & B</b>")
        #expect(decoded["about"] as? [String] == ["Ключ <1> & 2", "שלום"])
    }
}
