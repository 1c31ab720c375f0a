/// The terms of one document: per term, its frequency in each field and its first positions.
///
/// Kept in flat tables, a row per distinct term: a small struct with two arrays per term made 2.6 million
/// arrays per language at 10,000 practices, and allocating and freeing them was a fifth of the index's time.
struct TermStatistics: Sendable {
    /// How many positions a posting keeps, for the proximity bonus.
    static let positionLimit = 4
    /// Positions are kept in the first fields only (title, summary, question, goal): short texts where words
    /// standing together mean most, while body positions made two thirds of the index's bytes.
    static let positionedFields = 4
    /// The gap between fields in the token stream, so that words of two fields never count as close.
    static let fieldGap = 1000

    /// Each distinct term, in the order first met; its row in the tables below.
    private(set) var terms: [Term] = []
    /// Row-major: `frequencies[row * fieldCount + field]`.
    private var frequencies: [Int32] = []
    /// Row-major: `positions[row * positionLimit + i]`, the first `positionCounts[row]` of them used.
    private var positions: [Int32] = []
    private var positionCounts: [UInt8] = []
    private let fieldCount: Int
    /// Each field's length in terms.
    var lengths: [Int]
    /// How often each term was written in each word form, so that suggestions can show words, not stems.
    /// One flat table per document: a table per term cost more memory than the terms themselves.
    var forms: [Form: Int] = [:]

    struct Form: Hashable, Sendable {
        var term: Term
        var written: Term
    }

    /// Counts the terms of each field, and the word form behind each term.
    init(fieldTerms: [[String]], fieldTokens: [[String]]) {
        self.init(fieldTerms: fieldTerms)
        forms.reserveCapacity(terms.count)
        for (terms, tokens) in zip(fieldTerms, fieldTokens) where terms.count == tokens.count {
            for (term, token) in zip(terms, tokens) { forms[Form(term: Term(term), written: Term(token)), default: 0] += 1 }
        }
    }

    /// Counts `fieldTerms[f]`, the analysed terms of each field.
    init(fieldTerms: [[String]]) {
        fieldCount = fieldTerms.count
        lengths = fieldTerms.map(\.count)
        var rows: [Term: Int] = [:]
        var position = 0
        for (field, fieldTerms) in fieldTerms.enumerated() {
            for text in fieldTerms {
                record(Term(text), field: field, position: position, rows: &rows)
                position += 1
            }
            position += Self.fieldGap
        }
    }

    private mutating func record(_ term: Term, field: Int, position: Int, rows: inout [Term: Int]) {
        let row: Int
        if let known = rows[term] {
            row = known
        } else {
            row = terms.count
            rows[term] = row
            terms.append(term)
            frequencies.append(contentsOf: repeatElement(0, count: fieldCount))
            positions.append(contentsOf: repeatElement(0, count: Self.positionLimit))
            positionCounts.append(0)
        }
        frequencies[row * fieldCount + field] += 1
        let kept = Int(positionCounts[row])
        if field < Self.positionedFields, kept < Self.positionLimit {
            positions[row * Self.positionLimit + kept] = Int32(position)
            positionCounts[row] += 1
        }
    }

    /// The positions kept for the term in `row`, in order.
    func positions(_ row: Int) -> ArraySlice<Int32> {
        positions[(row * Self.positionLimit)..<(row * Self.positionLimit + Int(positionCounts[row]))]
    }

    /// BM25F's saturating input for the term in `row`: weighted, length-normalized frequency summed over fields.
    func score(_ row: Int, weights: [Double], averages: [Double], b: Double) -> Double {
        var total = 0.0
        for field in 0..<fieldCount {
            let frequency = frequencies[row * fieldCount + field]
            guard frequency > 0 else { continue }
            let average = averages[field] > 0 ? averages[field] : 1
            let norm = 1 - b + b * Double(lengths[field]) / average
            total += weights[field] * Double(frequency) / norm
        }
        return total
    }
}
