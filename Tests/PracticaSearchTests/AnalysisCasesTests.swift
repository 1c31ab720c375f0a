import Testing

@testable import PracticaSearch

@Suite("Shared analysis cases")
struct AnalysisCasesTests {
    @Test("each shared case gives exactly its terms", arguments: try SharedFixtures.analysisCases())
    func sharedCase(_ testCase: SharedFixtures.AnalysisCase) {
        let analyzer = Analyzer(language: testCase.language)
        // The vocabulary a build would have: the corpus words analysed without one.
        let vocabulary = testCase.vocabulary.map { words in
            Set(words.flatMap { analyzer.terms($0) })
        }
        #expect(analyzer.terms(testCase.input, vocabulary: vocabulary) == testCase.terms)
        // The index's one-pass analysis gives the same terms, and the tokens they came from; asked again with
        // the same memo, every term comes from the memo, and they are still the same.
        let memo = TermMemo(vocabulary: vocabulary)
        for _ in 1...2 {
            let both = analyzer.termsAndTokens(testCase.input, memo: memo)
            #expect(both.terms == testCase.terms)
            #expect(both.tokens == Analyzer.tokenize(testCase.input))
        }
    }

    @Test("a memo shared by every case of a language gives each case exactly its terms")
    func sharedMemo() throws {
        let cases = try SharedFixtures.analysisCases().filter { $0.vocabulary == nil }
        var memos: [String: TermMemo] = [:]
        for testCase in cases + cases {
            let memo = memos[testCase.language, default: TermMemo(vocabulary: nil)]
            memos[testCase.language] = memo
            let analyzer = Analyzer(language: testCase.language)
            #expect(analyzer.termsAndTokens(testCase.input, memo: memo).terms == testCase.terms, "\(testCase.input)")
        }
    }

    @Test("the shared table covers all four stemmed languages with at least 60 cases")
    func coverage() throws {
        let cases = try SharedFixtures.analysisCases()
        #expect(cases.count >= 60)
        let languages = Set(cases.map { Analyzer(language: $0.language).language })
        #expect(languages.isSuperset(of: ["en", "ru", "bg", "he"]))
        #expect(cases.contains { $0.vocabulary != nil })
    }
}
