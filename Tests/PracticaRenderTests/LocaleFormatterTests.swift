import Testing
import PracticaModel
@testable import PracticaRender

// Expectations are what swift-corelibs-foundation's ICU prints on Linux, with one deliberate change:
// every no-break space is U+00A0 (ICU writes U+202F before "г." in Russian and Bulgarian dates).
// Hebrew amounts carry U+200F (right-to-left marks) from ICU; they are kept, so bidi text renders right.
private let nbsp = "\u{00A0}"
private let rlm = "\u{200F}"

@Suite("LocaleFormatter")
struct LocaleFormatterTests {
    static let formatters = ["en", "ru", "bg", "he"].reduce(into: [String: LocaleFormatter]()) {
        $0[$1] = LocaleFormatter(language: $1)
    }

    static func format(_ language: String) -> LocaleFormatter {
        formatters[language] ?? LocaleFormatter(language: language)
    }

    @Test("groups digits as each language does", arguments: [
        ("en", 1_000_000.0, "1,000,000"),
        ("ru", 1_000_000.0, "1\(nbsp)000\(nbsp)000"),
        ("bg", 1_000_000.0, "1\(nbsp)000\(nbsp)000"),
        ("he", 1_000_000.0, "1,000,000"),
        ("en", 1234.5, "1,234.5"),
        ("ru", 1234.5, "1\(nbsp)234,5"),
        ("bg", 1234.5, "1234,5"),
        ("he", 0.333, "0.33"),
    ])
    func number(language: String, value: Double, expected: String) {
        #expect(Self.format(language).number(value) == expected)
    }

    @Test("writes money with the locale's sign and no fraction digits for whole amounts", arguments: [
        ("en", 5000.0, "EUR", "€5,000"),
        ("en", 1234.5, "USD", "$1,234.50"),
        ("ru", 1_000_000.0, "RUB", "1\(nbsp)000\(nbsp)000\(nbsp)₽"),
        ("ru", 1_000_000.0, "rub", "1\(nbsp)000\(nbsp)000\(nbsp)₽"),
        ("bg", 1_000_000.0, "BGN", "1\(nbsp)000\(nbsp)000\(nbsp)лв."),
        ("he", 50000.0, "ILS", "\(rlm)50,000\(nbsp)\(rlm)₪"),
    ])
    func money(language: String, value: Double, currency: String, expected: String) {
        #expect(Self.format(language).money(value, currency: currency) == expected)
    }

    @Test("writes a cost range with the currency once when it follows the amount", arguments: [
        ("ru", Cost(from: 1_000_000, to: 10_000_000, currency: "RUB"), "1\(nbsp)000\(nbsp)000 – 10\(nbsp)000\(nbsp)000\(nbsp)₽"),
        ("bg", Cost(from: 10_000, to: 100_000, currency: "BGN"), "10\(nbsp)000 – 100\(nbsp)000\(nbsp)лв."),
        ("he", Cost(from: 50_000, to: 500_000, currency: "ILS"), "\(rlm)50,000 – \(rlm)500,000\(nbsp)\(rlm)₪"),
        ("en", Cost(from: 5000, to: 50000, currency: "EUR"), "€5,000 – €50,000"),
        ("en", Cost(from: 5000, to: 5000, currency: "EUR"), "€5,000"),
    ])
    func costRange(language: String, cost: Cost, expected: String) {
        #expect(Self.format(language).costRange(cost) == expected)
    }

    @Test("says 'from' or 'up to' in the language when a cost gives one end", arguments: [
        ("en", Cost(from: 5000, currency: "EUR"), "from €5,000"),
        ("en", Cost(to: 5000, currency: "EUR"), "up to €5,000"),
        ("ru", Cost(from: 1_000_000, currency: "RUB"), "от 1\(nbsp)000\(nbsp)000\(nbsp)₽"),
        ("ru", Cost(to: 1_000_000, currency: "RUB"), "до 1\(nbsp)000\(nbsp)000\(nbsp)₽"),
        ("bg", Cost(from: 10_000, currency: "BGN"), "от 10\(nbsp)000\(nbsp)лв."),
        ("bg", Cost(to: 10_000, currency: "BGN"), "до 10\(nbsp)000\(nbsp)лв."),
        ("he", Cost(from: 50_000, currency: "ILS"), "מ-\(rlm)50,000\(nbsp)\(rlm)₪"),
        ("he", Cost(to: 50_000, currency: "ILS"), "עד \(rlm)50,000\(nbsp)\(rlm)₪"),
        ("en", Cost(currency: "EUR"), ""),
    ])
    func costOneEnd(language: String, cost: Cost, expected: String) {
        #expect(Self.format(language).costRange(cost) == expected)
    }

    @Test("writes contract dates in each language's long style", arguments: [
        ("en", "November 15, 2023"),
        ("ru", "15 ноября 2023\(nbsp)г."),
        ("bg", "15 ноември 2023\(nbsp)г."),
        ("he", "15 בנובמבר 2023"),
    ])
    func date(language: String, expected: String) {
        #expect(Self.format(language).date("2023-11-15") == expected)
    }

    @Test("keeps text that is not a real calendar day", arguments: ["2023-02-30", "2023-13-01", "15.11.2023", "2023-1-5", "", "soon"])
    func dateFallback(text: String) {
        #expect(Self.format("ru").date(text) == text)
    }

    @Test("accepts 29 February only in leap years")
    func leapDay() {
        #expect(Self.format("en").date("2024-02-29") == "February 29, 2024")
        #expect(Self.format("en").date("2023-02-29") == "2023-02-29")
    }

    @Test("a date asked for again, real or not, comes back the same from the formatter's memory")
    func rememberedDates() {
        let format = Self.format("en")
        for _ in 1...2 {
            #expect(format.date("2024-02-29") == "February 29, 2024")
            #expect(format.date("2023-02-29") == "2023-02-29")
            #expect(format.date("2024-03-01") == "March 1, 2024")
        }
    }

    @Test("writes durations in words with each language's plural forms", arguments: [
        ("en", "6 months", "6 months"), ("en", "1 month", "1 month"), ("en", "1 year", "1 year"),
        ("en", "1.5 years", "1.5 years"), ("en", "6-12 months", "6–12 months"), ("en", "6+ months", "6+ months"),
        ("ru", "6 months", "6 месяцев"), ("ru", "1 month", "1 месяц"), ("ru", "2 months", "2 месяца"),
        ("ru", "21 months", "21 месяц"), ("ru", "11 days", "11 дней"), ("ru", "2 years", "2 года"),
        ("ru", "10 years", "10 лет"), ("ru", "1.5 months", "1,5 месяца"), ("ru", "12 weeks", "12 недель"),
        ("ru", "6-12 months", "6–12 месяцев"), ("ru", "1-2 months", "1–2 месяца"),
        ("ru", "6+ months", "от 6 месяцев"), ("ru", "1+ years", "от 1 года"), ("ru", "2+ years", "от 2 лет"),
        ("ru", "21+ days", "от 21 дня"),
        ("bg", "6 months", "6 месеца"), ("bg", "1 month", "1 месец"), ("bg", "10 days", "10 дни"),
        ("bg", "1 week", "1 седмица"), ("bg", "2 years", "2 години"), ("bg", "6-12 months", "6–12 месеца"),
        ("bg", "6+ months", "от 6 месеца"), ("bg", "1+ years", "от 1 година"),
        ("he", "6 months", "6 חודשים"), ("he", "1 month", "חודש"), ("he", "2 months", "חודשיים"),
        ("he", "1 year", "שנה"), ("he", "2 years", "שנתיים"), ("he", "1 week", "שבוע"), ("he", "2 weeks", "שבועיים"),
        ("he", "1 day", "יום"), ("he", "2 days", "יומיים"), ("he", "12 weeks", "12 שבועות"),
        ("he", "6-12 months", "6–12 חודשים"), ("he", "1-2 months", "1–2 חודשים"), ("he", "6+ months", "6+ חודשים"),
        ("de", "6 months", "6 months"), ("xx", "1 year", "1 year"),
    ])
    func duration(language: String, text: String, expected: String) throws {
        let duration = try #require(Duration.parse(text))
        #expect(Self.format(language).duration(duration) == expected)
    }

    @Test("a text made once is given again the same, and -0 and 0, or amounts in two currencies, are kept apart")
    func rememberedTexts() {
        let format = LocaleFormatter(language: "en"), fresh = LocaleFormatter(language: "en")
        let first = (0..<3).map { _ in format.money(1_500, currency: "EUR") + format.money(1_500, currency: "USD") }
        #expect(Set(first).count == 1)
        #expect(first[0] == fresh.money(1_500, currency: "EUR") + fresh.money(1_500, currency: "USD"))
        #expect(format.money(1_500, currency: "EUR") != format.money(1_500, currency: "USD"))
        _ = format.number(-0.0)
        #expect(format.number(0) == fresh.number(0))
    }

    @Test("formats the same from many threads at once")
    func concurrentUse() async {
        let format = LocaleFormatter(language: "ru")
        let expected = "\(format.costRange(Cost(from: 1, to: 2_000_000, currency: "RUB"))) \(format.date("2023-11-15"))"
        let results = await withTaskGroup(of: [String].self) { group in
            for task in 0..<8 {
                group.addTask {
                    (0..<200).map { index in
                        // Alternate currencies so the formatter cache is written while others read it.
                        _ = format.money(Double(index), currency: index.isMultiple(of: 2) ? "EUR" : "USD")
                        _ = format.number(Double(task * index))
                        return "\(format.costRange(Cost(from: 1, to: 2_000_000, currency: "RUB"))) \(format.date("2023-11-15"))"
                    }
                }
            }
            return await group.reduce(into: [String]()) { $0 += $1 }
        }
        #expect(results.count == 1600)
        #expect(results.allSatisfy { $0 == expected })
    }
}

extension LocaleFormatterTests {
    // Nested so that the LocaleFormatterTests filter runs the rules the formatter depends on.
    @Suite("PluralRules")
    struct PluralRulesTests {
        @Test("follows CLDR cardinal rules", arguments: [
            ("en", 1.0, PluralCategory.one), ("en", 0.0, .other), ("en", 2.0, .other), ("en", 1.5, .other),
            ("ru", 1.0, .one), ("ru", 21.0, .one), ("ru", 101.0, .one), ("ru", 11.0, .many),
            ("ru", 2.0, .few), ("ru", 24.0, .few), ("ru", 12.0, .many), ("ru", 14.0, .many),
            ("ru", 0.0, .many), ("ru", 5.0, .many), ("ru", 20.0, .many), ("ru", 25.0, .many), ("ru", 1.5, .other),
            ("bg", 1.0, .one), ("bg", 2.0, .other), ("bg", 0.0, .other),
            ("he", 1.0, .one), ("he", 0.5, .one), ("he", 2.0, .two), ("he", 3.0, .other), ("he", 10.0, .other),
            ("ru-RU", 3.0, .few), ("xx", 1.0, .one), ("xx", 3.0, .other),
        ])
        func category(language: String, value: Double, expected: PluralCategory) {
            #expect(PluralRules(language: language).category(value) == expected)
        }

        @Test("counts by the number as shown, and gives up on numbers no rule covers")
        func edges() {
            #expect(PluralRules(language: "ru").category(1.001) == .one)
            #expect(PluralRules(language: "ru").category(.nan) == .other)
            #expect(PluralRules(language: "en").category(.infinity) == .other)
        }
    }
}
