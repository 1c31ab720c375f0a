import Foundation

/// Foundation's formatters for one locale, built on first use and shared by every thread that formats.
///
/// NumberFormatter and DateFormatter are costly to build and are mutable objects; swift-corelibs-foundation
/// guards each call internally, but configuring a currency and formatting with it are two calls, so the whole
/// use sits under one lock here. Formatting takes microseconds, so the lock is not a bottleneck.
final class FoundationFormatters: @unchecked Sendable {
    private let locale: Locale
    private let lock = NSLock()
    private var decimalFormatter: NumberFormatter?
    private var currencyFormatters: [String: NumberFormatter] = [:]
    private var longDateFormatter: DateFormatter?
    /// Texts already made: a site formats the same amounts, years and dates thousands of times, and each
    /// formatter call took microseconds under the lock, which the rendering threads queued for.
    private var made: [Key: String] = [:]
    private static let madeLimit = 100_000

    private enum Key: Hashable {
        // Bit patterns: -0 and 0 are equal as Doubles but may be written differently, and NaN equals nothing.
        case number(UInt64), money(UInt64, String), suffix(String), date(Date), isoDate(String)
    }
    /// The calendar dates are read in; a value type, safe to share.
    let calendar: Calendar

    init(locale: Locale) {
        self.locale = locale
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = FoundationFormatters.utc
        self.calendar = calendar
    }

    /// A grouped number with up to two fraction digits.
    func number(_ value: Double) -> String {
        remembered(.number(value.bitPattern)) {
            let formatter = decimalFormatter ?? makeDecimalFormatter()
            decimalFormatter = formatter
            return FoundationFormatters.normalized(formatter.string(from: NSNumber(value: value)) ?? String(value))
        }
    }

    /// An amount with its currency sign; whole amounts without fraction digits, others with two.
    func money(_ value: Double, currency: String) -> String {
        remembered(.money(value.bitPattern, currency)) {
            FoundationFormatters.normalized(
                currencyFormatter(currency, whole: value == value.rounded()).string(from: NSNumber(value: value)) ?? "\(value) \(currency)")
        }
    }

    /// What the locale writes after an amount in `currency` (`" ₽"` in Russian), empty where the sign comes first.
    func currencySuffix(_ currency: String) -> String {
        remembered(.suffix(currency)) { FoundationFormatters.normalized(currencyFormatter(currency, whole: true).positiveSuffix ?? "") }
    }

    /// A calendar day in the locale's long style.
    func longDate(_ date: Date) -> String {
        remembered(.date(date)) {
            let formatter = longDateFormatter ?? makeLongDateFormatter()
            longDateFormatter = formatter
            return FoundationFormatters.normalized(formatter.string(from: date))
        }
    }

    /// `YYYY-MM-DD` in the long style, or the text as given where `day` finds no real day in it; remembered by the
    /// text: reading the day through Calendar took about 1 µs a date, 0.4% of a 10,000-practice build's samples.
    func longDate(iso text: String, day: (String) -> Date?) -> String {
        if let known = lock.withLock({ made[.isoDate(text)] }) { return known }
        let formatted = day(text).map(longDate) ?? text
        lock.withLock { if made.count < Self.madeLimit { made[.isoDate(text)] = formatted } }
        return formatted
    }

    /// The text for `key`, made by `make` under the lock the first time.
    private func remembered(_ key: Key, _ make: () -> String) -> String {
        lock.withLock {
            if let known = made[key] { return known }
            let text = make()
            if made.count < Self.madeLimit { made[key] = text }
            return text
        }
    }

    /// Must be called under the lock.
    private func currencyFormatter(_ currency: String, whole: Bool) -> NumberFormatter {
        let key = "\(currency)|\(whole)"
        if let formatter = currencyFormatters[key] { return formatter }
        let formatter = NumberFormatter()
        formatter.locale = locale
        formatter.numberStyle = .currency
        formatter.currencyCode = currency
        formatter.minimumFractionDigits = whole ? 0 : 2
        formatter.maximumFractionDigits = whole ? 0 : 2
        currencyFormatters[key] = formatter
        return formatter
    }

    private func makeDecimalFormatter() -> NumberFormatter {
        let formatter = NumberFormatter()
        formatter.locale = locale
        formatter.numberStyle = .decimal
        formatter.minimumFractionDigits = 0
        formatter.maximumFractionDigits = 2
        return formatter
    }

    private func makeLongDateFormatter() -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = locale
        formatter.calendar = calendar
        formatter.timeZone = FoundationFormatters.utc
        formatter.dateStyle = .long
        formatter.timeStyle = .none
        return formatter
    }

    private static let utc = TimeZone(identifier: "UTC") ?? TimeZone(secondsFromGMT: 0) ?? .current

    /// ICU mixes U+202F (Russian and Bulgarian dates) with U+00A0 (digit groups, currency); the site uses U+00A0
    /// throughout, so pages are consistent and fonts without U+202F still render them.
    /// Most numbers have no U+202F; looking for its lead byte first keeps Foundation's search off the hot path.
    static func normalized(_ text: String) -> String {
        guard text.utf8.contains(0xE2) else { return text }
        return text.replacingOccurrences(of: "\u{202F}", with: "\u{00A0}")
    }
}
