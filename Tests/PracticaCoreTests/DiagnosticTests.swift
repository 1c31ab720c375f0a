import Foundation
import PracticaCore
import Testing

@Suite("Diagnostics")
struct DiagnosticTests {
    @Test("a diagnostic reads path:line:col: severity: message (hint)")
    func format() {
        let diagnostic = Diagnostic.error(
            "unknown topic 'foster-kare'", at: SourceLocation(path: "content/practices/x/ru.md", line: 12, column: 3),
            hint: "did you mean 'foster-care'?")
        #expect(diagnostic.description == "content/practices/x/ru.md:12:3: error: unknown topic 'foster-kare' (did you mean 'foster-care'?)")
    }

    @Test("a location leaves out what it does not know")
    func partialLocation() {
        #expect(SourceLocation(path: "a.md").description == "a.md")
        #expect(SourceLocation(path: "a.md", line: 4).description == "a.md:4")
    }

    @Test("diagnostics sort by file, then line, then column")
    func sorting() {
        let list = [
            Diagnostic.warning("w", at: SourceLocation(path: "b.md", line: 1)),
            Diagnostic.error("e2", at: SourceLocation(path: "a.md", line: 10, column: 2)),
            Diagnostic.error("e1", at: SourceLocation(path: "a.md", line: 2, column: 5)),
        ]
        #expect(list.sortedForDisplay().map(\.message) == ["e1", "e2", "w"])
        #expect(list.hasErrors)
        #expect(![list[0]].hasErrors)
    }

    @Test("the closest candidate is suggested for a typo, and nothing for a stranger")
    func suggestions() {
        #expect(Suggestion.closest(to: "foster-kare", among: ["child-protection", "foster-care"]) == "foster-care")
        #expect(Suggestion.closest(to: "summmary", among: ["title", "summary"]) == "summary")
        #expect(Suggestion.closest(to: "zebra", among: ["title", "summary"]) == nil)
        #expect(Suggestion.editDistance("kitten", "sitting") == 3)
        #expect(Suggestion.editDistance("", "abc") == 3)
    }
}

@Suite("In-memory file system")
struct InMemoryFileSystemTests {
    @Test("files imply their folders, and walk lists every file in order")
    func walk() throws {
        let fs = InMemoryFileSystem(["site/content/b.md": "b", "site/content/a/x.md": "x", "site/other": "o"])
        #expect(fs.kind(of: "site/content") == .directory)
        #expect(fs.kind(of: "site/content/b.md") == .file)
        #expect(fs.kind(of: "site/missing") == nil)
        #expect(try fs.walk("site/content") == ["a/x.md", "b.md"])
    }

    @Test("move refuses to replace an existing target and moves whole trees")
    func move() throws {
        let fs = InMemoryFileSystem(["out/a.html": "new", "old/a.html": "old"])
        #expect(throws: (any Error).self) { try fs.move("out", to: "old") }
        try fs.move("out", to: "public")
        #expect(fs.text("public/a.html") == "new")
        #expect(fs.kind(of: "out") == nil)
    }
}

@Suite("Diagnostics as JSON")
struct DiagnosticJSONTests {
    @Test("the JSON report counts errors and warnings and keeps every located field")
    func jsonReport() throws {
        let diagnostics = [
            Diagnostic.error("unknown topic 'x'", at: SourceLocation(path: "a.md", line: 3, column: 9), hint: "did you mean 'y'?"),
            Diagnostic.warning("no label", at: SourceLocation(path: "t.yml")),
        ]
        let object = try JSONSerialization.jsonObject(with: Data(diagnostics.jsonReport().utf8)) as? [String: Any]
        #expect(object?["errors"] as? Int == 1)
        #expect(object?["warnings"] as? Int == 1)
        let items = object?["diagnostics"] as? [[String: Any]] ?? []
        #expect(items.count == 2)
        #expect(items.first?["path"] as? String == "a.md")
        #expect(items.first?["line"] as? Int == 3)
        #expect(items.first?["column"] as? Int == 9)
        #expect(items.first?["hint"] as? String == "did you mean 'y'?")
        #expect(items.last?["line"] == nil)
    }
}

@Suite("JSON text")
struct JSONTextTests {
    @Test("objects are written with sorted keys, strings escaped, numbers in their shortest form")
    func writes() {
        let value: [String: Any] = ["b": [1, 2], "a": "q\"uote\\ /\n\u{1}", "c": 2.5, "d": 3.0, "e": true, "f": [[1, 2], [3]]]
        let text = String(decoding: JSONText.data(value), as: UTF8.self)
        #expect(text == #"{"a":"q\"uote\\ /\n\u0001","b":[1,2],"c":2.5,"d":3,"e":true,"f":[[1,2],[3]]}"#)
    }

    @Test("integers are written as Swift writes them, whatever their sign and size")
    func integers() {
        let numbers = [0, 7, -7, 10, -10, 1_000_000, 123_456_789, Int.max, Int.min]
        let text = String(decoding: JSONText.data(["n": numbers, "single": -42] as [String: Any]), as: UTF8.self)
        #expect(text == #"{"n":["# + numbers.map(String.init).joined(separator: ",") + #"],"single":-42}"#)
    }

    @Test("lists of integers, of lists and of anything are written the same however they are typed; others are null")
    func listsHoweverTyped() {
        let value: [String: Any] = [
            "b": [1, -20, 300] as [Int], "a": [[3], []] as [[Int]], "d": [1, -20, 300] as [Any],
            "c": ["x/y", 1, true, 1.5, ["k": "v\"\n"]] as [Any], "e": ["שלום", "мир"], "f": Date(timeIntervalSince1970: 0),
        ]
        #expect(String(decoding: JSONText.data(value), as: UTF8.self)
            == #"{"a":[[3],[]],"b":[1,-20,300],"c":["x/y",1,true,1.5,{"k":"v\"\n"}],"d":[1,-20,300],"e":["שלום","мир"],"f":null}"#)
    }

    @Test("a fragment is written as the value it was made from, alone, in a list or in an object")
    func fragments() {
        let card: [String: Any] = ["title": "Клуб «На равных» \"q\"", "topics": ["a", "b"], "n": 2]
        let fragment = JSONText.Fragment(card)
        let whole: [String: Any] = ["all": [card, card], "one": card]
        let spliced: [String: Any] = ["all": [fragment, fragment], "one": fragment]
        #expect(JSONText.data(spliced) == JSONText.data(whole))
        #expect(JSONText.data(fragment) == JSONText.data(card))
    }

    @Test("what it writes, Foundation reads back as the same value")
    func roundTrip() throws {
        let value: [String: Any] = ["семья": [["x": "Клуб «На равных»"]], "n": 1_000_000]
        let back = try JSONSerialization.jsonObject(with: JSONText.data(value)) as? [String: Any]
        #expect((back?["n"] as? Int) == 1_000_000)
        #expect(((back?["семья"] as? [[String: String]])?.first?["x"]) == "Клуб «На равных»")
    }
}
