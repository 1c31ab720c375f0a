import Foundation
import PracticaModel

/// Numbers, money, dates and durations written as one language writes them (en, he, ru, bg; others get a plain form).
///
/// Build one per language and share it: it is Sendable, and its Foundation formatters are made once, on first use.
public struct LocaleFormatter: Sendable {
    /// The language code it formats for, as given.
    public let language: String
    let plurals: PluralRules
    let vocabulary: FormatVocabulary
    let formatters: FoundationFormatters

    /// A formatter for a language code such as `ru` or `he`; unknown codes get Foundation's defaults and English words.
    public init(language: String) {
        self.language = language
        plurals = PluralRules(language: language)
        vocabulary = FormatVocabulary.forLanguage(language)
        formatters = FoundationFormatters(locale: Locale(identifier: language))
    }

    /// A grouped number: `1,000,000` (en), `1 000 000` with U+00A0 (ru, bg); up to two fraction digits.
    public func number(_ value: Double) -> String {
        formatters.number(value)
    }

    /// An amount with its currency: `€5,000` (en), `1 000 000 ₽` (ru), `1 000 000 лв.` (bg), `‏50,000 ‏₪` (he).
    public func money(_ value: Double, currency: String) -> String {
        formatters.money(value, currency: currency.uppercased())
    }

    /// A cost as a range, `1 000 000 – 10 000 000 ₽`, or one end of it: `от 1 000 000 ₽`, `up to €50,000`.
    public func costRange(_ cost: Cost) -> String {
        let currency = cost.currency.uppercased()
        switch (cost.from, cost.to) {
        case let (from?, to?) where from == to:
            return money(from, currency: currency)
        case let (from?, to?):
            var lower = money(from, currency: currency)
            let suffix = formatters.currencySuffix(currency)
            // A currency written after the amount is said once, after the range; one written before stays on both ends.
            if suffix.contains(where: { !$0.isWhitespace && !$0.isBidiMark }), lower.hasSuffix(suffix) {
                lower.removeLast(suffix.count)
            }
            return "\(lower) – \(money(to, currency: currency))"
        case let (from?, nil):
            return vocabulary.costFrom + money(from, currency: currency)
        case let (nil, to?):
            return vocabulary.costUpTo + money(to, currency: currency)
        case (nil, nil):
            return ""
        }
    }

    /// A contract date `YYYY-MM-DD` in the language's long style: `15 ноября 2023 г.`; other text comes back as given.
    public func date(_ isoDate: String) -> String {
        formatters.longDate(iso: isoDate, day: calendarDay)
    }

    /// Midnight UTC of a real Gregorian day written `YYYY-MM-DD`, or nil.
    private func calendarDay(_ text: String) -> Date? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts.map(\.count) == [4, 2, 2],
              parts.allSatisfy({ $0.allSatisfy { ("0"..."9").contains($0) } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        let calendar = formatters.calendar
        let components = DateComponents(year: year, month: month, day: day)
        guard let date = calendar.date(from: components) else { return nil }
        // Calendar rolls 2023-02-30 over to March; a day that does not come back unchanged was not a real day.
        let back = calendar.dateComponents([.year, .month, .day], from: date)
        guard back.year == year, back.month == month, back.day == day else { return nil }
        return date
    }
}

extension Character {
    /// The invisible direction marks ICU puts around Hebrew amounts (U+200E, U+200F, U+061C).
    fileprivate var isBidiMark: Bool { self == "\u{200E}" || self == "\u{200F}" || self == "\u{061C}" }
}
