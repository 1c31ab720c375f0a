import PracticaCore

extension SiteContent {
    /// The fields a region compares before choosing a practice; a card without them cannot be planned with.
    public static let planningFields = ["audience", "implementation_time", "cost", "results"]

    /// Warns, once per card, about the planning fields it leaves out.
    public func checkPlanningFields() -> [Diagnostic] {
        practices.flatMap(\.versions).compactMap { card in
            let missing = Self.planningFields.filter { card.locations[$0] == nil }
            guard !missing.isEmpty else { return nil }
            return .warning(
                "card lacks what regions need to plan: \(missing.joined(separator: ", "))",
                at: SourceLocation(path: card.path, line: 1, column: 1),
                hint: "regions compare audience, time, cost and results before they adopt a practice")
        }
    }
}
