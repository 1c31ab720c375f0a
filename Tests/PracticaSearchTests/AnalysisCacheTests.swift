import Foundation
import Testing

@testable import PracticaSearch

/// The dev server's search analysis cache: an index built with it is the index built without it.
@Suite("Search analysis cache")
struct AnalysisCacheTests {
    private func document(_ id: String, _ language: String, title: String, body: String) -> SearchDocument {
        SearchDocument(
            id: id, language: language, url: "/\(language)/practices/\(id)/", title: title, summary: "",
            texts: [title, "", "", "", "", "", "", "", body], facets: ["language": [language]])
    }

    /// Builds with the cache and without, expects the same files, and returns how many documents were analysed.
    private func expectSameIndex(
        _ documents: [SearchDocument], language: String, cache: SearchAnalysisCache, sourceLocation: SourceLocation = #_sourceLocation
    ) -> Int {
        let builder = SearchIndexBuilder(language: language)
        let labels = FacetLabels { _, key in key }
        cache.beginBuild(languages: [language])
        let cached = builder.build(documents, labels: labels, cache: cache)
        let fresh = builder.build(documents, labels: labels)
        #expect(cached.map(\.path) == fresh.map(\.path), sourceLocation: sourceLocation)
        for (one, other) in zip(cached, fresh) { #expect(one.bytes == other.bytes, "\(one.path) differs", sourceLocation: sourceLocation) }
        return cache.counts.analysed
    }

    @Test("an edit analyses only the edited document again, and the index is the one a full build writes")
    func editAnalysesOneDocument() {
        let cache = SearchAnalysisCache()
        var documents = (0..<12).map { document("p\($0)", "en", title: "Foster families \($0)", body: "Parents meet weekly in clubs \($0).") }
        #expect(expectSameIndex(documents, language: "en", cache: cache) == 12)
        documents[5].texts[0] = "Kinship carers"
        #expect(expectSameIndex(documents, language: "en", cache: cache) == 1)
        #expect(cache.counts.reused == 11)
        documents.remove(at: 2)
        #expect(expectSameIndex(documents, language: "en", cache: cache) == 0)
        documents.append(document("new", "en", title: "Evening circles", body: "Parents talk."))
        #expect(expectSameIndex(documents, language: "en", cache: cache) == 1)
    }

    @Test("a Hebrew document is analysed again when a word it looks up enters or leaves the vocabulary")
    func hebrewVocabularyChanges() {
        let cache = SearchAnalysisCache()
        // בבית ("in a home") loses its prefix ב only once בית ("home") is a word of the corpus.
        var documents = [
            document("a", "he", title: "מועדון", body: "ילדים בבית"),
            document("c", "he", title: "משפחות", body: "הורים ומשפחות"),
        ]
        #expect(expectSameIndex(documents, language: "he", cache: cache) == 2)
        documents.append(document("b", "he", title: "בית", body: "בית חם"))
        #expect(expectSameIndex(documents, language: "he", cache: cache) == 2, "the new document and the one that asks about בית")
        documents.removeLast()
        #expect(expectSameIndex(documents, language: "he", cache: cache) == 1, "the one that asked about בית")
        documents[1].texts[8] = "הורים"
        #expect(expectSameIndex(documents, language: "he", cache: cache) == 1)
    }
}
