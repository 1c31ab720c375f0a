import Foundation
import PracticaModel

/// Catalog entries for one language: its own practices in its collation, then those written only in other languages.
extension RenderContext {
    /// Entries for `practices`, in catalog order: titles in this language's collation, then other languages.
    func entries(_ practices: [Practice], heading: EntryHeading = .h2) -> [ListEntry] {
        let wanted = Set(practices.map(\.id))
        return entries(ids: catalogOrder.filter(wanted.contains), heading: heading)
    }

    /// Entries for ids already in order, each with its `entryHTML` (the `entry` partial with its title in
    /// `heading`), rendered once per practice and heading (`EntryCache`).
    func entries(ids: some Sequence<String>, heading: EntryHeading = .h2) -> [ListEntry] {
        ids.compactMap { id in
            content.practice(id).map { practice in
                let keys = { entry(practice.version(preferring: language), practice: practice) }
                let html = entryCache.html(id, heading: heading) { renderEntry(keys().merging(entryBase) { own, _ in own }) ?? "" }
                return ListEntry(entryHTML: html, keys: keys)
            }
        }
    }

    /// The language's keys a list entry sees besides its own, the same on every page: the page constants, as the
    /// page around it has them (the renderer writes them into the templates), and the direction.
    var entryBase: [String: Any] {
        var base: [String: Any] = ["dir": direction]
        for (key, value) in pageConstants { base[key] = value }
        return base
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
