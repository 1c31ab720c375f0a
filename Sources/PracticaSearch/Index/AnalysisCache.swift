import Foundation
import PracticaCore
import PracticaModel

/// Each document's analysed terms, kept between the builds of one process (the dev server), so that an edit
/// analyses again only the documents whose text changed. The index built from it is byte for byte the one a
/// build without it writes: scores are still computed from every document's statistics.
///
/// Hebrew terms also depend on the vocabulary of the whole language (prefixes are stripped only where the rest
/// is a known word). The cache keeps how many documents use each word, so the vocabulary follows edits without
/// analysing everything again, and each document's vocabulary questions, so that a document is analysed again
/// only when the answer to one of its own questions changed.
public final class SearchAnalysisCache: @unchecked Sendable {
    struct Entry {
        var digest: UInt64
        var statistics: TermStatistics
        /// The document's terms analysed without a vocabulary (vocabulary languages only).
        var plainTerms: Set<String> = []
        /// Every word the stemmer may look up in the vocabulary for this document (vocabulary languages only).
        var questions: Set<String> = []
    }

    /// One language's documents by id, and how many of them hold each plain term.
    struct Language {
        var entries: [String: Entry] = [:]
        var vocabularyCounts: [String: Int] = [:]
    }

    private var languages: [String: Language] = [:]
    private var analysed = 0
    private var reused = 0
    private let lock = NSLock()

    public init() {}

    /// How many documents the latest build analysed, and how many it took from the cache.
    public var counts: (analysed: Int, reused: Int) { lock.withLock { (analysed, reused) } }

    func take(_ language: String) -> Language { lock.withLock { languages.removeValue(forKey: language) ?? Language() } }

    func store(_ state: Language, for language: String, analysed: Int, reused: Int) {
        lock.withLock {
            languages[language] = state
            self.analysed += analysed
            self.reused += reused
        }
    }

    /// Starts a build of `languages`: counts from zero, and forgets other languages, so that memory follows
    /// the site's configuration.
    public func beginBuild(languages kept: [String]) {
        lock.withLock {
            languages = languages.filter { kept.contains($0.key) }
            (analysed, reused) = (0, 0)
        }
    }
}

extension SearchDocument {
    /// A digest of everything analysis reads: the texts of every field.
    var analysisDigest: UInt64 {
        var hasher = StableHasher()
        hasher.combine(texts.count)
        for text in texts { hasher.combine(text) }
        return hasher.value
    }
}
