import PracticaModel

/// The words a language needs around formatted numbers: unit names by plural category, and range phrases.
struct FormatVocabulary: Sendable {
    /// How a language says "at least n".
    enum OpenRange: Sendable {
        /// `6+ months`: the number with a plus, the unit in its general plural.
        case plusSign
        /// `от 6 месяцев`: a preposition, the unit as the number governs it (in `genitive` when given).
        case preposition(String)
    }

    /// Unit names after a numeral, by plural category; `other` is the fallback for missing categories.
    var units: [Duration.Unit: [PluralCategory: String]]
    /// Forms after a preposition where the language inflects them (Russian `от` takes the genitive).
    var genitive: [Duration.Unit: [PluralCategory: String]] = [:]
    /// Words that stand without a numeral for small exact counts (Hebrew `חודש`, `חודשיים`).
    var standalone: [Duration.Unit: [Int: String]] = [:]
    var openRange: OpenRange
    /// Put before an amount when a cost gives only its lower end.
    var costFrom: String
    /// Put before an amount when a cost gives only its upper end.
    var costUpTo: String

    /// The vocabulary for a language code; languages without one use English words.
    static func forLanguage(_ code: String) -> FormatVocabulary {
        switch FormatLanguage.base(of: code) {
        case "ru": russian
        case "bg": bulgarian
        case "he", "iw": hebrew
        default: english
        }
    }

    /// The unit's word for a count in `category`, from `table`, falling back to `other`.
    func word(_ unit: Duration.Unit, _ category: PluralCategory, in table: [Duration.Unit: [PluralCategory: String]]) -> String {
        let forms = table[unit] ?? units[unit] ?? [:]
        return forms[category] ?? forms[.other] ?? unit.rawValue
    }

    static let english = FormatVocabulary(
        units: [
            .days: [.one: "day", .other: "days"],
            .weeks: [.one: "week", .other: "weeks"],
            .months: [.one: "month", .other: "months"],
            .years: [.one: "year", .other: "years"],
        ],
        openRange: .plusSign, costFrom: "from ", costUpTo: "up to ")

    // `other` is for fractions (1,5 месяца), which take the genitive singular like `few`.
    static let russian = FormatVocabulary(
        units: [
            .days: [.one: "день", .few: "дня", .many: "дней", .other: "дня"],
            .weeks: [.one: "неделя", .few: "недели", .many: "недель", .other: "недели"],
            .months: [.one: "месяц", .few: "месяца", .many: "месяцев", .other: "месяца"],
            .years: [.one: "год", .few: "года", .many: "лет", .other: "года"],
        ],
        genitive: [
            .days: [.one: "дня", .few: "дней", .many: "дней", .other: "дня"],
            .weeks: [.one: "недели", .few: "недель", .many: "недель", .other: "недели"],
            .months: [.one: "месяца", .few: "месяцев", .many: "месяцев", .other: "месяца"],
            .years: [.one: "года", .few: "лет", .many: "лет", .other: "года"],
        ],
        openRange: .preposition("от"), costFrom: "от ", costUpTo: "до ")

    // Bulgarian counts masculine nouns with the count form: 6 месеца, 10 дни.
    static let bulgarian = FormatVocabulary(
        units: [
            .days: [.one: "ден", .other: "дни"],
            .weeks: [.one: "седмица", .other: "седмици"],
            .months: [.one: "месец", .other: "месеца"],
            .years: [.one: "година", .other: "години"],
        ],
        openRange: .preposition("от"), costFrom: "от ", costUpTo: "до ")

    // After a numeral Hebrew uses the plural even for two (2 חודשים); the dual stands alone (חודשיים).
    static let hebrew = FormatVocabulary(
        units: [
            .days: [.one: "יום", .other: "ימים"],
            .weeks: [.one: "שבוע", .other: "שבועות"],
            .months: [.one: "חודש", .other: "חודשים"],
            .years: [.one: "שנה", .other: "שנים"],
        ],
        standalone: [
            .days: [1: "יום", 2: "יומיים"],
            .weeks: [1: "שבוע", 2: "שבועיים"],
            .months: [1: "חודש", 2: "חודשיים"],
            .years: [1: "שנה", 2: "שנתיים"],
        ],
        openRange: .plusSign, costFrom: "מ-", costUpTo: "עד ")
}
