/// How long something takes, as a card states it: exact (`6 months`), a range (`6-12 months`) or open (`6+ months`).
public struct Duration: Hashable, Sendable, Codable {
    /// The unit a duration is stated in.
    public enum Unit: String, Sendable, Codable, CaseIterable {
        case days, weeks, months, years

        /// An average Gregorian month, so that days and weeks compare with months without a calendar.
        public static let daysPerMonth = 30.4375

        /// `value` of this unit expressed in months.
        public func months(_ value: Double) -> Double {
            switch self {
            case .days: value / Unit.daysPerMonth
            case .weeks: value * 7 / Unit.daysPerMonth
            case .months: value
            case .years: value * 12
            }
        }
    }

    /// The stated length, or the start of a range: 6 in `6-12 months`.
    public var lower: Double
    /// The end of a range: 12 in `6-12 months`; nil when exact or open.
    public var upper: Double?
    /// True for `6+ months`.
    public var openEnded: Bool
    /// The unit both bounds are in.
    public var unit: Unit

    /// A duration from its parts; `parse` is the checked way in from text.
    public init(lower: Double, upper: Double? = nil, openEnded: Bool = false, unit: Unit) {
        self.lower = lower
        self.upper = upper
        self.openEnded = openEnded
        self.unit = unit
    }

    /// The lower bound in months, for sorting and filtering durations stated in different units.
    public var lowerMonths: Double { unit.months(lower) }

    /// The upper bound in months; nil when exact or open.
    public var upperMonths: Double? { upper.map(unit.months) }

    /// True for a single length, neither a range nor open.
    public var isExact: Bool { upper == nil && !openEnded }
}

extension Duration: CustomStringConvertible {
    /// The contract's own spelling (`6 months`, `6-12 months`, `6+ months`, `1 year`); `parse` reads it back.
    public var description: String {
        let number = Duration.plain(lower)
        if openEnded { return "\(number)+ \(unit.rawValue)" }
        if let upper { return "\(number)-\(Duration.plain(upper)) \(unit.rawValue)" }
        return lower == 1 ? "1 \(unit.rawValue.dropLast())" : "\(number) \(unit.rawValue)"
    }

    /// `6` rather than `6.0`, so whole numbers read as the editor wrote them; never `1e+16` or `1e-07`,
    /// which `parse` (digits and a point only) would not read back.
    static func plain(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        let text = String(value)
        guard let e = text.firstIndex(of: "e"), let exponent = Int(text[text.index(after: e)...]) else {
            return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
        }
        // Swift writes one digit before the point (`6.25e+18`): move the point by the exponent instead.
        let sign = text.hasPrefix("-") ? "-" : ""
        let digits = text[..<e].filter(\.isNumber)
        let point = 1 + exponent
        if point >= digits.count { return sign + digits + String(repeating: "0", count: point - digits.count) }
        if point <= 0 { return sign + "0." + String(repeating: "0", count: -point) + digits }
        return sign + digits.prefix(point) + "." + digits.dropFirst(point)
    }
}
