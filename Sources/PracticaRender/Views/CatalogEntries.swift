import Foundation
import PracticaModel

/// Catalog entries for one language: its own practices in its collation, then those written only in other languages.
extension RenderContext {
    /// Entries for `practices`, sorted by title in this language's collation.
    func entries(_ practices: [Practice]) -> [[String: Any]] {
        let own = collated(practices.compactMap { $0.version(in: language) })
        let others = practices.filter { $0.version(in: language) == nil }
        return own.compactMap { card in content.practice(card.id).map { entry(card, practice: $0) } }
            + others.map { entry($0.versions[0], practice: $0) }
    }

    /// Cards sorted by title in this language's collation, ties by id.
    public func collated(_ cards: [PracticeCard]) -> [PracticeCard] {
        let locale = Locale(identifier: language)
        return cards.sorted { a, b in
            let order = a.title.compare(b.title, options: [.caseInsensitive], range: nil, locale: locale)
            return order == .orderedSame ? a.id < b.id : order == .orderedAscending
        }
    }

    /// One list entry: title, summary, topics, audience, first region, cost and time.
    func entry(_ card: PracticeCard, practice: Practice) -> [String: Any] {
        var item = facts(card)
        item["id"] = card.id
        item["title"] = card.title
        item["summary"] = card.summary
        item["href"] = urls.practice(card.id, card.language)
        item["practiceLang"] = card.language
        if card.language != language {
            item["entryLang"] = card.language
            item["entryDir"] = config.isRTL(card.language) ? "rtl" : "ltr"
            item["otherLanguages"] = practice.languages.map { ["code": $0, "name": LanguageNames.endonym($0)] }
        }
        return item
    }
}
