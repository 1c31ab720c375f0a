import Foundation
import PracticaCore
import PracticaMarkdown
import PracticaSource

extension PracticeCard {
    /// The front-matter keys of a practice card.
    public static let keys = [
        "title", "summary", "question", "topics", "audience", "goal", "tasks", "organization", "partners",
        "regions", "implementation_time", "preparation_time", "cost", "results", "stages", "replication",
        "evidence", "model", "related", "contacts", "created", "updated", "draft",
    ]

    /// The longest summary the contract allows.
    public static let summaryLimit = 300

    /// Decodes a card from its front matter, collecting every problem; the body is rendered by the caller.
    static func decode(_ file: ContentFile, root: YAMLNode, body: MarkdownDocument) -> (PracticeCard, [Diagnostic]) {
        var reader = FieldReader(root: root, path: file.path)
        reader.checkKeys(keys)
        var card = PracticeCard(
            id: file.id, language: file.language, path: file.path,
            title: reader.requiredText("title"), summary: reader.requiredText("summary"), body: body)
        reader.checkSummary(card.summary)
        card.question = reader.text("question")
        card.goal = reader.text("goal")
        card.tasks = reader.textList("tasks")
        card.organization = reader.text("organization")
        for facet in ["topics", "audience", "partners", "regions", "related"] {
            card.valueLocations[facet] = reader.located(facet)
        }
        card.topics = card.valueLocations["topics"]?.map(\.text) ?? []
        if root["topics"] == nil { reader.error("missing required key 'topics'", at: reader.fileLocation) }
        else if card.topics.isEmpty { reader.error("'topics' needs at least one topic", at: reader.location(of: "topics")) }
        card.audience = card.valueLocations["audience"]?.map(\.text) ?? []
        card.partners = card.valueLocations["partners"]?.map(\.text) ?? []
        card.regions = card.valueLocations["regions"]?.map(\.text) ?? []
        card.related = card.valueLocations["related"]?.map(\.text) ?? []
        card.evidence = reader.text("evidence")
        if let evidence = card.evidence, let node = root["evidence"] {
            card.valueLocations["evidence"] = [LocatedText(text: evidence, location: node.location)]
        }
        card.implementationTime = reader.duration("implementation_time")
        card.preparationTime = reader.duration("preparation_time")
        card.cost = reader.cost()
        card.results = reader.results()
        card.stages = reader.stages()
        card.replication = reader.replication()
        card.model = reader.text("model")
        if let model = card.model, let node = root["model"] {
            card.valueLocations["model"] = [LocatedText(text: model, location: node.location)]
        }
        card.contacts = reader.contacts()
        card.created = reader.date("created")
        card.updated = reader.date("updated")
        card.draft = reader.bool("draft")
        for entry in root.mapping ?? [] { card.locations[entry.key] = entry.keyLocation }
        return (card, reader.diagnostics)
    }
}

extension FieldReader {
    mutating func checkSummary(_ summary: String) {
        // A translation started with `practica new --from` carries a mark that the editor removes; it does not count.
        let length = summary.hasPrefix("TRANSLATE: ") ? summary.count - 11 : summary.count
        if length > PracticeCard.summaryLimit {
            error(
                "summary is \(length) characters, over the limit of \(PracticeCard.summaryLimit)",
                at: location(of: "summary"), hint: "shorten it; the body holds the details")
        }
    }

    mutating func replication() -> [Replication] {
        located("replication").compactMap { item -> Replication? in
            guard let way = Replication(rawValue: item.text) else {
                error(
                    "unknown replication way '\(item.text)'", at: item.location,
                    hint: Suggestion.hint(for: item.text, among: Replication.allCases.map(\.rawValue))
                        ?? "use join, analog, license, training or consulting")
                return nil
            }
            return way
        }
    }
}
