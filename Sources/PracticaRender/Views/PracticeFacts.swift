import PracticaModel

/// A card's structured fields as template values, shared by the practice page and catalog entries.
extension RenderContext {
    /// The key facts, each formatted for this language; absent fields are left out.
    func facts(_ card: PracticeCard) -> [String: Any] {
        var facts: [String: Any] = [:]
        facts["topics"] = terms(card.topics, in: "topics")
        facts["audience"] = terms(card.audience, in: "audience")
        facts["partners"] = terms(card.partners, in: "partners")
        if !card.regions.isEmpty {
            facts["regions"] = card.regions.enumerated().map { index, key in
                term(key, in: "regions").merging(["first": index == 0]) { a, _ in a }
            }
            facts["firstRegion"] = term(card.regions[0], in: "regions")
        }
        if let evidence = card.evidence { facts["evidence"] = term(evidence, in: "evidence") }
        if let time = card.implementationTime { facts["implementationTime"] = format.duration(time) }
        if let time = card.preparationTime { facts["preparationTime"] = format.duration(time) }
        if let cost = card.cost {
            facts["cost"] = format.costRange(cost)
            if let note = cost.note { facts["costNote"] = note }
        }
        if !card.replication.isEmpty {
            facts["replication"] = card.replication.map { ["key": $0.rawValue, "label": strings["replication_\($0.rawValue)"]] }
        }
        // Set even when false: Mustache would otherwise find the flag of an enclosing list.
        facts["hasFacts"] = ["cost", "implementationTime", "firstRegion", "topics", "audience", "evidence"].contains { facts[$0] != nil }
        for key in ["topics", "audience", "partners", "regions", "replication"] {
            facts["has" + key.prefix(1).uppercased() + key.dropFirst()] = facts[key] != nil
        }
        return facts
    }
}
