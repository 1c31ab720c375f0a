import PracticaCore
import PracticaSource
import Testing

/// Inputs the fuzzers (Fuzz/, docs/fuzzing.md) found reported on the wrong line, reduced to their cause.
@Suite("Fuzz regressions: front matter and YAML locations")
struct FuzzRegressionTests {
    /// Splits a card and parses its front matter as the content reader does.
    private func parse(_ text: String) throws(ContentError) -> YAMLNode? {
        let document = try FrontMatter.split(text, path: "p.md")
        return try YAMLReader.parse(document.frontMatter, path: "p.md", firstLine: document.frontMatterLine)
    }

    @Test("a next-line character in a value puts the YAML error on that value's line, not on the closing line")
    func nextLineInValue() {
        // Found by FuzzFrontMatter: NEL (U+0085), pasted inside a Russian summary, ends a line for libyaml only.
        do {
            _ = try parse("---\ntitle: A\nsummary: one\u{85}two.\n---\nbody\n")
            Issue.record("expected an error")
        } catch {
            #expect(error.location.line == 3)
            #expect(error.location.column == 18)
            #expect(error.reason == "invalid YAML: could not find expected ':'")
            #expect(error.hint == "while scanning a simple key at line 3")
        }
    }

    @Test("a line separator inside a quoted value leaves the keys after it on their own lines")
    func lineSeparatorInQuotedValue() throws {
        let root = try #require(try parse("---\ntitle: \"A\u{2028}B\"\nsummary: [x]\n---\n"))
        #expect(root["title"]?.scalar == "A\u{2028}B")
        let summary = try #require(root.mapping?.last)
        #expect(summary.key == "summary")
        #expect(summary.keyLocation == SourceLocation(path: "p.md", line: 3, column: 1))
        #expect(root["summary"]?.sequence?.first?.location == SourceLocation(path: "p.md", line: 3, column: 11))
    }

    @Test("a lone carriage return is no line end for the file, so a key after it keeps the line and gets the column")
    func loneCarriageReturn() throws {
        let root = try #require(try parse("---\ntitle: A\rsummary: [x]\n---\n"))
        #expect(root["title"]?.scalar == "A")
        #expect(root.mapping?.last?.keyLocation == SourceLocation(path: "p.md", line: 2, column: 10))
    }

    @Test("CR CR LF ends one line: the body starts on its real line and the front matter keeps its keys")
    func carriageReturnBeforeWindowsLineEnd() throws {
        let document = try FrontMatter.split("---\ntitle: A\r\r\nsummary: B\n---\nbody\n", path: "p.md")
        #expect(document.bodyLine == 5)
        #expect(document.body == "body\n")
        let root = try #require(try YAMLReader.parse(document.frontMatter, path: "p.md", firstLine: 2))
        #expect(root["summary"]?.scalar == "B")
        #expect(root.mapping?.last?.keyLocation.line == 3)
    }

    @Test("an unclosed list at the end of a file with no final line break is reported on its last line, not past it")
    func errorAtEndWithoutFinalLineBreak() {
        // Found by FuzzDocument in site.yml: libyaml counts a line after the end of such a file.
        do {
            _ = try YAMLReader.parse("title: A\nlanguages: [en", path: "content/site.yml")
            Issue.record("expected an error")
        } catch {
            #expect(error.location == SourceLocation(path: "content/site.yml", line: 2, column: 15))
            #expect(error.hint == "while parsing a flow sequence at line 2")
        }
    }
}
