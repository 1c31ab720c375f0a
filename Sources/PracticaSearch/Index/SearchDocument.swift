import PracticaModel

/// One card as the index sees it: its searchable fields in weight order, its facet values and what a result shows.
public struct SearchDocument: Sendable {
    /// The searchable fields, in the order of `SearchDocument.fields`.
    public static let fields = ["title", "summary", "question", "goal", "tasks", "taxonomy", "organization", "regions", "body"]
    /// Title well above summary, summary above body.
    public static let weights: [Double] = [10, 4, 3, 3, 2, 2, 2, 2, 1]

    public var id: String
    public var language: String
    public var url: String
    public var title: String
    public var summary: String
    /// The text of each field, in `fields` order.
    public var texts: [String]
    /// Facet name → value keys.
    public var facets: [String: [String]]

    public init(id: String, language: String, url: String, title: String, summary: String, texts: [String], facets: [String: [String]]) {
        self.id = id
        self.language = language
        self.url = url
        self.title = title
        self.summary = summary
        self.texts = texts
        self.facets = facets
    }
}

extension SearchDocument {
    /// A card's searchable text and facets; `label` gives a taxonomy term's label in the card's language.
    public init(card: PracticeCard, url: String, costBands: [String: [Double]], label: (String, String) -> String) {
        let taxonomy = ["topics", "audience", "partners", "evidence"].flatMap { facet in card.keys(for: facet).map { label($0, facet) } }
        self.init(
            id: card.id, language: card.language, url: url, title: card.title, summary: card.summary,
            texts: [
                card.title, card.summary, card.question ?? "", card.goal ?? "", card.tasks.joined(separator: "\n"),
                taxonomy.joined(separator: "\n"), card.organization ?? "",
                card.regions.map { label($0, "regions") }.joined(separator: "\n"), card.body.plainText,
            ],
            facets: FacetValues.of(card, costBands: costBands))
    }
}

/// The facet values of a card: its taxonomy keys plus the derived cost and time bands and its language.
public enum FacetValues {
    /// Facet names in display order.
    public static let names = ["topics", "audience", "regions", "evidence", "replication", "cost", "time", "language"]
    /// Implementation-time bands in months, by the lower bound.
    public static let timeBands: [(key: String, upTo: Double)] = [("0-3", 3), ("3-6", 6), ("6-12", 12), ("12-24", 24), ("24+", .infinity)]

    public static func of(_ card: PracticeCard, costBands: [String: [Double]]) -> [String: [String]] {
        var values: [String: [String]] = [:]
        for facet in ["topics", "audience", "regions", "evidence"] where !card.keys(for: facet).isEmpty {
            values[facet] = card.keys(for: facet)
        }
        if !card.replication.isEmpty { values["replication"] = card.replication.map(\.rawValue) }
        if let cost = card.cost, let bands = costBands[cost.currency], let band = cost.band(in: bands) {
            values["cost"] = ["\(cost.currency)-\(band)"]
        }
        if let time = card.implementationTime {
            values["time"] = [timeBand(months: time.lowerMonths)]
        }
        values["language"] = [card.language]
        return values
    }

    /// The band key for a duration of `months`.
    public static func timeBand(months: Double) -> String {
        timeBands.first { months < $0.upTo }?.key ?? "24+"
    }
}
