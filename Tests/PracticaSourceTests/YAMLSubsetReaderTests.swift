import Foundation
import PracticaCore
import Testing

@testable import PracticaSource

/// The subset reader must answer exactly as Yams does, values and locations, or not at all.
@Suite("YAML subset reader against Yams")
struct YAMLSubsetReaderTests {
    /// The subset's answer, which must exist and equal Yams' answer for the same text.
    private func expectSameAsYams(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let subset = YAMLSubsetReader.parse(text, path: "c.md", firstLine: 2)
        let yams = try YAMLReader.parseWithYams(text, path: "c.md", firstLine: 2)
        #expect(subset != nil, "the subset reader gave up on:\n\(text)", sourceLocation: sourceLocation)
        #expect(subset == yams, "\(text)", sourceLocation: sourceLocation)
    }

    static let inSubset: [String] = [
        "title: A\n",
        "title: Семейный центр «Берне»\nsummary: Ключевую роль играют группы.\n",
        "title:   spaced value   \nb: 1\n",
        "a: ~\nb:\nc: null\nd: NULL\ne: Null\nf: 2023-11-15\ng: 91%\n",
        "b:\n",
        "url: https://example.org/a?b=c#frag\nemail: a@b.example\n",
        "t: a#b\nu: a, b [c] {d}\nv: 'it''s'\nw: \"double\"\nx: ''\ny: \"\"\n",
        "topics: [domestic-violence, health]\nempty: []\nspaced: [ a ,  b c ]\n",
        "cost: {from: 120000, to: 240000, currency: ILS}\nnone: {}\nnulls: {a: ~}\n",
        "tasks:\n  - Предотвратить ребенка\n  - Укреплять семьи\nnext: 1\n",
        "tasks:\n- one\n- two\nnext: 1\n",
        "results:\n  - value: 80%\n    text: работодателей\n  - value: 93%\n    text: программ\n",
        "stages:\n- title: A\n  duration: 6–18 months\n  tags: [x, y]\n- title: B\n",
        "contacts:\n  - name: Алексей\n    email: a@b.org\n    url: https://b.org/x\n",
        "nested:\n  deeper:\n    deepest: 1\n  back: 2\nout: 3\n",
        "item:\n  - key:\n    - a\n  - key:\n      sub: 1\n",
        "# a comment\ntitle: A\n\n  # an indented comment\nsummary: B\n",
        "emoji: 👩‍👧 family\nhebrew: משפחה אומנת\n",
        "list: [ ]\nmap: { }\nq: '#not a comment'\n",
        (0..<400).map { String(repeating: " ", count: $0) + "k\($0):\n" }.joined(),
        "k: {" + String(repeating: "a", count: 999) + ": v}\n",
    ]

    @Test("answers what front matter is written in, with Yams' values and locations", arguments: inSubset)
    func agreesWithYams(text: String) throws {
        try expectSameAsYams(text)
    }

    static let outsideSubset: [String] = [
        "",
        "# only a comment\n",
        "- a\n- b\n",
        "  title: indented\n",
        "title: A\ntitle: B\n",
        "title: [unclosed\n",
        "title: a\n  continued\n",
        "title: a # comment\n",
        "title: |\n  block\n",
        "title: >\n  folded\n",
        "title: &anchor A\nother: *anchor\n",
        "title: !!str 12\n",
        "title: \"escaped \\n\"\n",
        "title: 'open\n  close'\n",
        "title: a: b\n",
        "title:\tA\n",
        "title: A\r\nsummary: B\r\n",
        "title: A\u{85}B\n",
        "title: A\u{2028}B\n",
        "\u{FEFF}title: A\n",
        "---\ntitle: A\n",
        "title: A\n...\n",
        "list: [a: b]\n",
        "list: [a, [b]]\n",
        "list: ['a', b]\n",
        "list: [a, , b]\n",
        "map: {a: 1, a: 2}\n",
        "map: {a: b: c}\n",
        "key with space: 1\n",
        "? complex\n: key\n",
        "title: -5\n",
        "list:\n  -\n  - b\n",
        "list:\n  - - a\n",
        // Past libyaml's limits, found by review: keys over 1,024 characters, nesting past 1,000 levels.
        "k: {" + String(repeating: "a", count: 1025) + ": v}\n",
        String(repeating: "a", count: 1025) + ": v\n",
        (0..<1000).map { String(repeating: " ", count: $0) + "k\($0):\n" }.joined(),
        (0..<998).map { String(repeating: " ", count: $0) + "k\($0):\n" }.joined() + String(repeating: " ", count: 998) + "x: [y]\n",
    ]

    @Test("leaves the rest of YAML to Yams", arguments: outsideSubset)
    func leavesTheRest(text: String) {
        #expect(YAMLSubsetReader.parse(text, path: "c.md", firstLine: 1) == nil)
    }

    @Test("reads every front matter and data file of the sample site as Yams does")
    func sampleSite() throws {
        let content = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../content").standardizedFileURL
        let files = try #require(FileManager.default.enumerator(atPath: content.path)).compactMap { $0 as? String }
        var cards = 0
        for file in files where file.hasSuffix(".md") || file.hasSuffix(".yml") {
            let text = try String(contentsOf: content.appendingPathComponent(file), encoding: .utf8)
            guard let yaml = file.hasSuffix(".yml") ? text : try? FrontMatter.split(text, path: file).frontMatter else { continue }
            let subset = YAMLSubsetReader.parse(yaml, path: file, firstLine: 2)
            if let subset { #expect(subset == (try YAMLReader.parseWithYams(yaml, path: file, firstLine: 2)), "\(file)") }
            // Every practice card is in the subset, which is what makes it worth having.
            if file.hasPrefix("practices/") {
                cards += 1
                #expect(subset != nil, "\(file)")
            }
        }
        #expect(cards > 0)
    }
}
