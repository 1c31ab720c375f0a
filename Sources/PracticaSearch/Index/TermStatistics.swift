/// The terms of one document: per term, its frequency in each field and its first positions.
struct TermStatistics: Sendable {
    struct Occurrence: Sendable {
        var frequencies: [Int]
        var positions: [Int]

        /// Counts one more use in `field`, keeping its position while there is room for it.
        mutating func record(field: Int, position: Int, keepsPosition: Bool) {
            frequencies[field] += 1
            if keepsPosition, positions.count < TermStatistics.positionLimit { positions.append(position) }
        }
    }

    /// How many positions a posting keeps, for the proximity bonus.
    static let positionLimit = 4
    /// Positions are kept in the first fields only (title, summary, question, goal): short texts where words
    /// standing together mean most, while body positions made two thirds of the index's bytes.
    static let positionedFields = 4
    /// The gap between fields in the token stream, so that words of two fields never count as close.
    static let fieldGap = 1000

    var occurrences: [Term: Occurrence] = [:]
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
        forms.reserveCapacity(occurrences.count)
        for (terms, tokens) in zip(fieldTerms, fieldTokens) where terms.count == tokens.count {
            for (term, token) in zip(terms, tokens) { forms[Form(term: Term(term), written: Term(token)), default: 0] += 1 }
        }
    }

    /// Counts `fieldTerms[f]`, the analysed terms of each field.
    init(fieldTerms: [[String]]) {
        lengths = fieldTerms.map(\.count)
        let empty = Occurrence(frequencies: Array(repeating: 0, count: fieldTerms.count), positions: [])
        var position = 0
        for (field, terms) in fieldTerms.enumerated() {
            for term in terms {
                // In place: a copy taken out and stored back made the arrays copy themselves on every word.
                occurrences[Term(term), default: empty].record(field: field, position: position, keepsPosition: field < Self.positionedFields)
                position += 1
            }
            position += Self.fieldGap
        }
    }

    /// BM25F's saturating input: weighted, length-normalized frequency summed over fields.
    func score(_ occurrence: Occurrence, weights: [Double], averages: [Double], b: Double) -> Double {
        var total = 0.0
        for field in occurrence.frequencies.indices where occurrence.frequencies[field] > 0 {
            let average = averages[field] > 0 ? averages[field] : 1
            let norm = 1 - b + b * Double(lengths[field]) / average
            total += weights[field] * Double(occurrence.frequencies[field]) / norm
        }
        return total
    }
}
