import PracticaCore
import PracticaSource
import Testing

@Suite("Front matter")
struct FrontMatterTests {
    @Test("front matter and body are split with the lines they start on")
    func split() throws {
        let document = try FrontMatter.split("---\ntitle: A\nsummary: B\n---\n## Body\ntext\n", path: "p.md")
        #expect(document.frontMatter == "title: A\nsummary: B")
        #expect(document.frontMatterLine == 2)
        #expect(document.body == "## Body\ntext\n")
        #expect(document.bodyLine == 5)
    }

    @Test("the body is the text after the closing line as written, and empty when nothing follows it")
    func bodyEdges() throws {
        #expect(try FrontMatter.split("---\nt: A\n---", path: "p.md").body == "")
        #expect(try FrontMatter.split("---\nt: A\n...\n", path: "p.md").body == "")
        #expect(try FrontMatter.split("---\nt: A\n---\n\n  שלום — x\n\n", path: "p.md").body == "\n  שלום — x\n\n")
    }

    @Test("a byte-order mark and Windows line ends are accepted")
    func bomAndCRLF() throws {
        let document = try FrontMatter.split("\u{FEFF}---\r\ntitle: A\r\n---\r\nbody\r\n", path: "p.md")
        #expect(document.frontMatter == "title: A")
        #expect(document.body == "body\n")
    }

    @Test("an empty file, a missing and an unclosed front matter are located errors")
    func errors() {
        #expect(throws: ContentError.self) { try FrontMatter.split("  \n\n", path: "e.md") }
        do {
            _ = try FrontMatter.split("title: A\n", path: "m.md")
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostic.description.hasPrefix("m.md:1:1: error: missing front matter"))
        }
        do {
            _ = try FrontMatter.split("---\ntitle: A\n", path: "u.md")
            Issue.record("expected an error")
        } catch {
            #expect(error.reason == "front matter is not closed")
        }
    }
}

@Suite("YAML with locations")
struct YAMLReaderTests {
    @Test("nodes carry the file line of their value, offset by where the front matter starts")
    func locations() throws {
        let root = try #require(try YAMLReader.parse("title: A\ntopics: [x, y]\n", path: "c.md", firstLine: 2))
        #expect(root["title"]?.scalar == "A")
        #expect(root["topics"]?.sequence?.map(\.scalar) == ["x", "y"])
        let y = try #require(root["topics"]?.sequence?[1])
        #expect(y.location.line == 3)
        #expect(y.location.column == 13)
        #expect(root.mapping?[1].keyLocation.line == 3)
        #expect(root.mapping?[1].keyLocation.column == 1)
    }

    @Test("a syntax error is reported at the YAML's own line")
    func syntaxError() {
        do {
            _ = try YAMLReader.parse("title: A\nsummary: [unclosed\nother: 1\n", path: "c.md", firstLine: 2)
            Issue.record("expected an error")
        } catch {
            #expect(error.location.path == "c.md")
            #expect((error.location.line ?? 0) >= 3)
            #expect(error.reason.hasPrefix("invalid YAML"))
        }
    }

    @Test("a duplicate key is an error")
    func duplicateKey() {
        #expect(throws: ContentError.self) { try YAMLReader.parse("title: A\ntitle: B\n", path: "c.md") }
    }

    @Test("a duplicate key is reported where it is repeated, with the line that gave it first")
    func duplicateKeyLocation() {
        let text = "title: A\nsummary: S\nresults:\n  - value: 1\n    text: a\n  - value: 2\n    text: b\n    text: c\ntitle: B\n"
        let nested = #expect(throws: ContentError.self) { try YAMLReader.parse(text, path: "c.md", firstLine: 2) }
        #expect(nested?.description == "c.md:9:5: error: duplicate key 'text' (it is given first at line 8)")
        let top = #expect(throws: ContentError.self) { try YAMLReader.parse("title: A\nsummary: S\ntitle: B\n", path: "c.md", firstLine: 2) }
        #expect(top?.description == "c.md:4:1: error: duplicate key 'title' (it is given first at line 2)")
        // A repeated key in a flow mapping cannot be found by lines: the error stays at libyaml's mark, and keys
        // of the same name in later mappings are not taken for it.
        let flow = "cost: {from: 1, from: 2, currency: EUR}\nstages:\n  - title: A\n    from: x\n  - title: B\n    from: y\n"
        let inFlow = #expect(throws: ContentError.self) { try YAMLReader.parse(flow, path: "c.md", firstLine: 2) }
        #expect(inFlow?.location.line == 2 && inFlow?.hint == nil, "\(String(describing: inFlow))")
        let results = "results:\n  - {text: a, value: 1}\n  - text: b\n    text: c\nstages:\n  - text: x\n    text: y\n"
        let inList = #expect(throws: ContentError.self) { try YAMLReader.parse(results, path: "c.md", firstLine: 2) }
        #expect(inList?.description == "c.md:5:5: error: duplicate key 'text' (it is given first at line 4)")
    }

    @Test("a YAML alias reads as the value its anchor names")
    func alias() throws {
        let root = try #require(try YAMLReader.parse("a: &x Club\ntitle: *x\n", path: "c.md", firstLine: 2))
        #expect(root["title"]?.scalar == "Club")
    }

    @Test("null, tilde and empty values read as null; numbers and dates stay text")
    func scalars() throws {
        let root = try #require(try YAMLReader.parse("a: ~\nb:\nc: 2023-11-15\nd: 91%\n", path: "c.md"))
        if case .null = root["a"]?.value {} else { Issue.record("a is not null") }
        if case .null = root["b"]?.value {} else { Issue.record("b is not null") }
        #expect(root["c"]?.scalar == "2023-11-15")
        #expect(root["d"]?.scalar == "91%")
    }
}

@Suite("Text decoding")
struct TextDecodingTests {
    @Test("invalid UTF-8 is refused with the line of the first bad byte")
    func invalidUTF8() {
        var bytes = Array("---\ntitle: A\n".utf8)
        bytes += [0xC3, 0x28, 0x0A]
        do {
            _ = try TextDecoding.decode(Data(bytes), path: "bad.md")
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostic.description == "bad.md:3: error: invalid UTF-8 (save the file as UTF-8)")
        }
    }
}

import Foundation
