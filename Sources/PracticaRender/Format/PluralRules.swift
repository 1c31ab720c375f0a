/// A CLDR plural category: which form of a counted word a number takes.
public enum PluralCategory: String, Sendable, CaseIterable {
    case zero, one, two, few, many, other
}

/// CLDR cardinal plural rules for the site's languages; any other language counts as English does.
public struct PluralRules: Sendable {
    private enum Rule: Sendable { case english, russian, bulgarian, hebrew }

    private let rule: Rule

    /// Rules for a language code such as `ru` or `ru-RU`.
    public init(language: String) {
        switch FormatLanguage.base(of: language) {
        case "ru": rule = .russian
        case "bg": rule = .bulgarian
        case "he", "iw": rule = .hebrew
        default: rule = .english
        }
    }

    /// The category of `value` as it is displayed, with at most two fraction digits.
    public func category(_ value: Double) -> PluralCategory {
        guard let operands = Operands(value) else { return .other }
        switch rule {
        case .english: return operands.isInteger && operands.integer == 1 ? .one : .other
        case .bulgarian: return operands.absolute == 1 ? .one : .other
        case .russian: return russian(operands)
        case .hebrew: return hebrew(operands)
        }
    }

    /// one: 1, 21, 31…; few: 2–4, 22–24…; many: 0, 5–20, 25–30…; other: fractions.
    private func russian(_ n: Operands) -> PluralCategory {
        guard n.isInteger else { return .other }
        let mod10 = n.integer % 10, mod100 = n.integer % 100
        if mod10 == 1, mod100 != 11 { return .one }
        if (2...4).contains(mod10), !(12...14).contains(mod100) { return .few }
        return .many
    }

    /// one: 1 and fractions below 1; two: 2; other: the rest (CLDR 42 dropped `many` for multiples of ten).
    private func hebrew(_ n: Operands) -> PluralCategory {
        if n.isInteger, n.integer == 1 { return .one }
        if !n.isInteger, n.integer == 0 { return .one }
        if n.isInteger, n.integer == 2 { return .two }
        return .other
    }
}

/// The CLDR operands the rules above need: the integer digits and whether any fraction digits are shown.
private struct Operands {
    var absolute: Double
    var integer: Int64
    var isInteger: Bool

    /// Nil for values no rule can classify (not finite, or too large for exact integer arithmetic).
    init?(_ value: Double) {
        // Round as the formatters do (two fraction digits), so that 1.001 counts as the "1" it is shown as.
        let shown = (abs(value) * 100).rounded() / 100
        guard shown.isFinite, shown < 1e15 else { return nil }
        absolute = shown
        integer = Int64(shown.rounded(.towardZero))
        isInteger = shown == shown.rounded(.towardZero)
    }
}

/// Language codes as the site writes them: `ru`, `ru-RU`, `ru_RU`.
enum FormatLanguage {
    /// The lowercased language part, without region or script.
    static func base(of code: String) -> String {
        let prefix = code.prefix { $0 != "-" && $0 != "_" }
        return prefix.lowercased()
    }
}
