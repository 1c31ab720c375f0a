import PracticaModel

/// One card as the exports describe it: every structured field normalized, texts as written.
struct CardExport {
    let context: RenderContext
    let card: PracticeCard

    /// The card as a JSON object (see docs/api.md for the schema).
    func object() -> [String: Any] {
        var object: [String: Any] = [
            "id": card.id, "lang": card.language, "title": card.title, "summary": card.summary,
            "url": context.urls.absolute(context.urls.practice(card.id, card.language)),
            "topics": terms(card.topics, "topics"), "audience": terms(card.audience, "audience"),
            "partners": terms(card.partners, "partners"), "regions": terms(card.regions, "regions"),
            "tasks": card.tasks, "replication": card.replication.map(\.rawValue),
            // Only what this build publishes: a draft's id would be a link to nothing, and would tell that it exists.
            "related": card.related.filter { context.content.practice($0) != nil },
            "results": card.results.map(result), "stages": card.stages.map(stage), "contacts": card.contacts.map(contact),
        ]
        object["question"] = card.question
        object["goal"] = card.goal
        object["organization"] = card.organization
        object["evidence"] = card.evidence.map { term($0, "evidence") }
        object["implementation_time"] = card.implementationTime.map(Self.duration)
        object["preparation_time"] = card.preparationTime.map(Self.duration)
        object["cost"] = card.cost.map(cost)
        object["model"] = card.model.flatMap { context.content.model($0) != nil ? $0 : nil }
        object["created"] = card.created
        object["updated"] = card.updated
        return object
    }

    /// A duration in months: `{text, months_from, months_to, open}`; `months_to` absent when exact or open.
    static func duration(_ duration: Duration) -> [String: Any] {
        var value: [String: Any] = ["text": duration.description, "months_from": rounded(duration.lowerMonths), "open": duration.openEnded]
        value["months_to"] = duration.upperMonths.map(rounded)
        return value
    }

    /// Months to two decimals, so that 10 days is 0.33 and not a long fraction.
    static func rounded(_ months: Double) -> Double { (months * 100).rounded() / 100 }

    private func cost(_ cost: Cost) -> [String: Any] {
        var value: [String: Any] = ["currency": cost.currency]
        value["from"] = cost.from
        value["to"] = cost.to
        value["note"] = cost.note
        return value
    }

    private func term(_ key: String, _ facet: String) -> [String: Any] {
        ["key": key, "label": context.content.label(key, in: facet, language: card.language)]
    }

    private func terms(_ keys: [String], _ facet: String) -> [[String: Any]] { keys.map { term($0, facet) } }

    private func result(_ result: PracticeResult) -> [String: Any] {
        var value: [String: Any] = ["text": result.text]
        value["value"] = result.value
        value["percent"] = result.percent
        return value
    }

    private func stage(_ stage: Stage) -> [String: Any] {
        var value: [String: Any] = ["title": stage.title]
        value["text"] = stage.text
        value["duration"] = stage.duration.map(Self.duration)
        return value
    }

    private func contact(_ contact: Contact) -> [String: Any] {
        var value: [String: Any] = [:]
        value["name"] = contact.name
        value["email"] = contact.email
        value["url"] = contact.url
        return value
    }
}
