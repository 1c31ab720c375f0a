import Foundation
import PracticaModel

/// Catalog entries for one language: its own practices in its collation, then those written only in other languages.
extension RenderContext {
    /// Entries for `practices`, sorted by title in this language's collation.
    func entries(_ practices: [Practice]) -> [[String: Any]] {
        let own = practices.compactMap { practice in practice.version(in: language).map { (practice, $0) } }
        let others = practices.filter { $0.version(in: language) == nil }
        let locale = Locale(identifier: language)
        let sortedOwn = own.sorted { a, b in
            let order = a.1.title.compare(b.1.title, options: [.caseInsensitive], range: nil, locale: locale)
            return order == .orderedSame ? a.0.id < b.0.id : order == .orderedAscending
        }
        return sortedOwn.map { entry($0.1, practice: $0.0) } + others.map { entry($0.versions[0], practice: $0) }
    }

    /// One list entry: title, summary, topics, audience, first region, cost and time.
    func entry(_ card: PracticeCard, practice: Practice) -> [String: Any] {
        var item = facts(card)
        item["id"] = card.id
        item["title"] = card.title
        item["summary"] = card.summary
        item["href"] = urls.practice(card.id, card.language)
        if card.language != language {
            item["entryLang"] = card.language
            item["entryDir"] = config.isRTL(card.language) ? "rtl" : "ltr"
            item["otherLanguages"] = practice.languages.map { ["code": $0, "name": LanguageNames.endonym($0)] }
        }
        return item
    }
}
