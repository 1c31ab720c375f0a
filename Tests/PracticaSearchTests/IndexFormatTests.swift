import Foundation
import Testing

@testable import PracticaSearch

@Suite("Search index format: term shards and postings")
struct IndexFormatTests {
    private func document(_ id: String, _ title: String, body: String = "") -> SearchDocument {
        SearchDocument(
            id: id, language: "en", url: "/en/practices/\(id)/", title: title, summary: "", texts: [title, "", "", "", "", "", "", "", body],
            facets: ["language": ["en"]])
    }

    private func json(_ files: [SearchFile], _ path: String) throws -> Any {
        let file = try #require(files.first { $0.path == path })
        return try JSONSerialization.jsonObject(with: file.bytes)
    }

    @Test("file names carry the content's 64-bit FNV-1a hash, its two halves folded together, as eight hex digits")
    func contentHashes() {
        // Reference values from a plain FNV-1a written in Python.
        #expect(ContentHash.of(Data()) == "4fd0bfc1")
        #expect(ContentHash.of(Data("a".utf8)) == "296230c0")
        #expect(ContentHash.of(Data("foobar".utf8)) == "72ad2699")
        #expect(ContentHash.of(Data("שלום".utf8)) == "a8c3360e")
    }

    @Test("a shard boundary is the shortest prefix of the shard's first term that sorts after the previous term")
    func separators() {
        #expect(TermShards.separator(after: "famili", upTo: "family") == "family")
        #expect(TermShards.separator(after: "cat", upTo: "dog") == "d")
        #expect(TermShards.separator(after: "ab", upTo: "abc") == "abc")
        #expect(TermShards.separator(after: "семь", upTo: "сила") == "си")
    }

    @Test("terms sort by Unicode scalars, so that a letter beyond the BMP sorts after every BMP letter")
    func codePointOrder() {
        #expect(TermShards.codePointOrder("\u{FFFD}", "\u{1F600}"))
        #expect(TermShards.codePointOrder("a", "ab"))
        #expect(!TermShards.codePointOrder("b", "ab"))
    }

    @Test("small shards split the dictionary into ordered ranges that hold every term exactly once")
    func rangesCoverEveryTerm() throws {
        let terms = (0..<300).map { "term\($0)" }
        let postings = Dictionary(uniqueKeysWithValues: terms.map { ($0, [1, 100, 1, 5]) })
        let shards = TermShards(targetBytes: 200).split(postings)
        #expect(shards.count > 10)
        #expect(shards.first?.from == "")
        let froms = shards.map(\.from)
        #expect(froms == froms.sorted(by: TermShards.codePointOrder))
        var seen: [String] = []
        for (number, shard) in shards.enumerated() {
            let object = try #require(try JSONSerialization.jsonObject(with: shard.json) as? [String: [Int]])
            for term in object.keys {
                // The shard a reader picks for a term: the last whose `from` is not above it.
                let picked = froms.lastIndex { !TermShards.codePointOrder(term, $0) }
                #expect(picked == number, "\(term)")
            }
            seen += object.keys
        }
        #expect(seen.sorted() == terms.sorted())
    }

    @Test("postings are flat: document gaps, score, position count and position gaps")
    func flatPostings() throws {
        let builder = SearchIndexBuilder(language: "en")
        let documents = [document("a", "foster club"), document("b", "other"), document("c", "club for club")]
        let statistics = documents.map { TermStatistics(fieldTerms: $0.texts.map { Analyzer(language: "en").terms($0, vocabulary: nil) }) }
        let club = try #require(builder.postings(statistics)["club"])
        // Document 0 at position 1; document 2 (gap 2) at positions 0 and 2 (gaps 0, 2).
        #expect(club.count == 3 + 1 + 3 + 2)
        #expect(club[0] == 0 && club[2] == 1 && club[3] == 1)
        #expect(club[4] == 2 && club[6] == 2 && club[7] == 0 && club[8] == 2)
    }

    @Test("the manifest lists each shard's lowest term, and every numbered shard and chunk exists in its folder")
    func manifestListsShards() throws {
        var builder = SearchIndexBuilder(language: "en")
        builder.shardBytes = 64
        let documents = (0..<40).map { document("p\($0)", "practice number\($0)", body: "word\($0) shared") }
        let files = builder.build(documents, labels: FacetLabels { _, key in key })
        let manifest = try #require(try json(files, "manifest.json") as? [String: Any])
        #expect(manifest["version"] as? Int == 1)
        let shards = try #require(manifest["terms"] as? [String])
        let termFiles = try #require(manifest["termFiles"] as? String)
        #expect(shards.count > 5)
        for number in shards.indices { #expect(files.contains { $0.path == "\(termFiles)\(number).json" }, "\(number)") }
        #expect(manifest["docChunkSize"] as? Int == 4)
        let docs = try #require(manifest["docs"] as? String)
        #expect((0..<10).allSatisfy { number in files.contains { $0.path == "\(docs)\(number).json" } })
        #expect(!files.contains { $0.path == "\(docs)10.json" })
    }
}
