import PracticaModel

/// Analysis: each document's term statistics, from the cache where nothing they depend on changed.
extension SearchIndexBuilder {
    /// The statistics of every document, in order. Without a cache every document is analysed.
    func statistics(_ documents: [SearchDocument], analyzer: Analyzer, cache: SearchAnalysisCache?) -> [TermStatistics] {
        guard let cache else {
            // Each document's plain terms on all cores, then their union: `Analyzer.vocabulary(of:)`, in parallel.
            let all = Array(documents.indices)
            let vocabulary = analyzer.usesVocabulary
                ? Set(Self.inRuns(all, vocabulary: nil) { analyzer.vocabulary(of: documents[$0].texts, memo: $1) }
                    .reduce(into: Set<Term>()) { $0.formUnion($1) }.lazy.map(\.text))
                : nil
            return Self.inRuns(all, vocabulary: vocabulary) { Self.analyse(documents[$0], analyzer, memo: $1) }
        }
        var state = cache.take(language)
        let digests = documents.map(\.analysisDigest)
        let ids = Set(documents.map(\.id))
        let removed = state.entries.filter { !ids.contains($0.key) }.map(\.value)
        state.entries = state.entries.filter { ids.contains($0.key) }
        var changedWords: Set<String> = []
        var plainTerms: [String: Set<String>] = [:]
        if analyzer.usesVocabulary {
            (plainTerms, changedWords) = updateVocabulary(&state, removed: removed, documents, digests: digests, analyzer: analyzer)
        }
        let vocabulary = analyzer.usesVocabulary ? Set(state.vocabularyCounts.keys) : nil
        let stale = documents.indices.filter { index in
            guard let entry = state.entries[documents[index].id], entry.digest == digests[index] else { return true }
            return !entry.questions.isDisjoint(with: changedWords)
        }
        let fresh = Self.inRuns(stale, vocabulary: vocabulary) { index, memo in
            (Self.analyse(documents[index], analyzer, memo: memo), Self.questions(documents[index], analyzer))
        }
        for (index, (statistics, questions)) in zip(stale, fresh) {
            let id = documents[index].id
            let plain = plainTerms[id] ?? state.entries[id]?.plainTerms ?? []
            state.entries[id] = SearchAnalysisCache.Entry(digest: digests[index], statistics: statistics, plainTerms: plain, questions: questions)
        }
        cache.store(state, for: language, analysed: stale.count, reused: documents.count - stale.count)
        return documents.compactMap { state.entries[$0.id]?.statistics }
    }

    /// Counts removed documents' plain terms out and those of new and changed documents in place of their old
    /// ones. Returns the new terms by document id, and the words that entered or left the vocabulary.
    private func updateVocabulary(
        _ state: inout SearchAnalysisCache.Language, removed: [SearchAnalysisCache.Entry], _ documents: [SearchDocument],
        digests: [UInt64], analyzer: Analyzer
    ) -> (plainTerms: [String: Set<String>], changed: Set<String>) {
        let before = state.vocabularyCounts
        var touched: Set<String> = []
        for entry in removed { Self.count(entry.plainTerms, by: -1, in: &state.vocabularyCounts, changed: &touched) }
        let changedDocuments = documents.indices.filter { state.entries[documents[$0].id]?.digest != digests[$0] }
        let plain = Self.inRuns(changedDocuments, vocabulary: nil) { index, memo in
            Set(analyzer.vocabulary(of: documents[index].texts, memo: memo).lazy.map(\.text))
        }
        var plainTerms: [String: Set<String>] = [:]
        for (index, terms) in zip(changedDocuments, plain) {
            let id = documents[index].id
            if let old = state.entries[id] { Self.count(old.plainTerms, by: -1, in: &state.vocabularyCounts, changed: &touched) }
            Self.count(terms, by: 1, in: &state.vocabularyCounts, changed: &touched)
            plainTerms[id] = terms
        }
        let changed = touched.filter { (before[$0] != nil) != (state.vocabularyCounts[$0] != nil) }
        return (plainTerms, changed)
    }

    private static func count(_ terms: Set<String>, by delta: Int, in counts: inout [String: Int], changed: inout Set<String>) {
        for term in terms {
            let count = (counts[term] ?? 0) + delta
            counts[term] = count > 0 ? count : nil
            changed.insert(term)
        }
    }

    /// How many documents share one `TermMemo`: enough that most words were met before, few enough that both cores
    /// get work to the end (at 10,000 practices a language has about 4,300 documents: 34 runs, 17 per core).
    static let memoRun = 128

    /// `body` for each of `indices` on all cores, in runs of `memoRun` that share a memo made with `vocabulary`;
    /// the results in order.
    static func inRuns<R: Sendable>(
        _ indices: [Int], vocabulary: Set<String>?, _ body: @Sendable (_ index: Int, _ memo: TermMemo) -> R
    ) -> [R] {
        let runs = stride(from: 0, to: indices.count, by: memoRun).map { Array(indices[$0..<min($0 + memoRun, indices.count)]) }
        return ParallelMap.map(runs) { run in
            let memo = TermMemo(vocabulary: vocabulary)
            return run.map { body($0, memo) }
        }.flatMap { $0 }
    }

    static func analyse(_ document: SearchDocument, _ analyzer: Analyzer, memo: TermMemo) -> TermStatistics {
        let fields = document.texts.map { analyzer.termsAndTokens($0, memo: memo) }
        return TermStatistics(fieldTerms: fields.map(\.terms), fieldTokens: fields.map(\.tokens))
    }

    private static func questions(_ document: SearchDocument, _ analyzer: Analyzer) -> Set<String> {
        var questions: Set<String> = []
        for text in document.texts { analyzer.vocabularyQuestions(text, into: &questions) }
        return questions
    }
}
