import Foundation
import PracticaCore
import PracticaModel
import PracticaSource

/// What the contract promises about a document that produced no error: the model may rely on it.
public enum ContentChecks {
    /// Checks every document whose file has no error diagnostic.
    public static func check(_ content: SiteContent, diagnostics: [Diagnostic]) {
        let failed = Set(diagnostics.filter { $0.severity == .error }.map(\.location.path))
        for card in content.practices.flatMap(\.versions) where !failed.contains(card.path) {
            checkCard(card)
        }
        for document in content.models.flatMap(\.versions) where !failed.contains(document.path) {
            require(!isBlank(document.title), "model \(document.path) passed with an empty title")
        }
        for page in content.pages.flatMap(\.versions) where !failed.contains(page.path) {
            require(!isBlank(page.title), "page \(page.path) passed with an empty title")
        }
    }

    static func checkCard(_ card: PracticeCard) {
        let at = card.path
        require(!isBlank(card.title) && !isBlank(card.summary), "\(at) passed with an empty title or summary")
        require(!card.topics.isEmpty, "\(at) passed without topics")
        for duration in [card.implementationTime, card.preparationTime] + card.stages.map(\.duration) {
            if let duration { checkDuration(duration, context: at) }
        }
        if let cost = card.cost { checkCost(cost, context: at) }
        for date in [card.created, card.updated].compactMap({ $0 }) {
            let digits = date.enumerated().allSatisfy { $0.offset == 4 || $0.offset == 7 ? $0.element == "-" : ("0"..."9").contains($0.element) }
            require(date.count == 10 && digits, "\(at) passed with the date '\(date)'")
        }
        for contact in card.contacts {
            if let email = contact.email { require(email.contains("@") && !email.contains(" "), "\(at): email '\(email)'") }
        }
    }

    /// A parsed duration is a real length: finite, ascending, and its text reads back to itself.
    public static func checkDuration(_ duration: Duration, context: String) {
        require(duration.lower.isFinite && duration.lower >= 0, "\(context): lower bound \(duration.lower)")
        require(duration.lowerMonths.isFinite, "\(context): \(duration) is infinite in months")
        if let upper = duration.upper {
            require(upper.isFinite && upper > duration.lower && !duration.openEnded, "\(context): bad range \(duration)")
        } else {
            require(duration.lower > 0, "\(context): zero duration \(duration)")
        }
        let reread = Duration.parse(duration.description)
        require(reread == duration, "\(context): '\(duration.description)' reads back as \(String(describing: reread)), not \(duration)")
    }

    /// A cost that passed has a known currency and an ordered, finite, non-negative range.
    public static func checkCost(_ cost: Cost, context: String) {
        require(Cost.isKnownCurrency(cost.currency), "\(context): currency '\(cost.currency)' passed")
        require(cost.from != nil || cost.to != nil, "\(context): cost without amounts passed")
        for amount in [cost.from, cost.to].compactMap({ $0 }) {
            require(amount.isFinite && amount >= 0, "\(context): amount \(amount) passed")
        }
        if let from = cost.from, let to = cost.to { require(from <= to, "\(context): cost \(from) > \(to) passed") }
    }

    static func isBlank(_ text: String) -> Bool {
        // The same test as the reader's, so that the property and the code disagree only on real bugs.
        text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }
}
