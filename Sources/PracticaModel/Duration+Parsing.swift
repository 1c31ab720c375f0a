import Foundation

extension Duration {
    /// The contract's duration in `text`, or nil for anything else: `6 months`, `6-12 months`, `6+ months`, `P1Y6M`.
    public static func parse(_ text: String) -> Duration? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return nil }
        let parsed = trimmed.hasPrefix("P") ? parseISO(trimmed.dropFirst()) : parseWords(trimmed[...])
        guard let parsed, parsed.isWellFormed else { return nil }
        return parsed
    }

    /// Bounds that describe a real length: finite, also in months, ascending, and not all zero.
    var isWellFormed: Bool {
        // Finite in months too: sorting, filters and the cost-time chart compare months, and 1e308 years is 12e308 of them.
        guard lower.isFinite, lower >= 0, lowerMonths.isFinite else { return false }
        if let upper {
            // `6-6 months` is not a range and `12-6 months` is a typo; both are rejected rather than guessed at.
            return upper.isFinite && unit.months(upper).isFinite && upper > lower && !openEnded
        }
        return lower > 0
    }

    /// `6 months`, `1 year`, `6-12 months`, `6–12 months`, `6+ months`.
    private static func parseWords(_ text: Substring) -> Duration? {
        var scanner = DurationScanner(text)
        guard let lower = scanner.number()?.value else { return nil }
        var upper: Double?
        let openEnded = scanner.consume("+")
        if !openEnded {
            var ahead = scanner
            ahead.skipSpaces()
            if ahead.consume("-") || ahead.consume("–") {
                ahead.skipSpaces()
                guard let value = ahead.number()?.value else { return nil }
                upper = value
                scanner = ahead
            }
        }
        guard scanner.skipSpaces(), let (unit, singular) = unitWord(scanner.rest) else { return nil }
        // A singular unit is only English after exactly one: `1 month`, never `6 month` or `1-2 month`.
        if singular, upper != nil || openEnded || lower != 1 { return nil }
        return Duration(lower: lower, upper: upper, openEnded: openEnded, unit: unit)
    }

    private static func unitWord(_ word: Substring) -> (Unit, singular: Bool)? {
        if let unit = Unit(rawValue: String(word)) { return (unit, false) }
        if let unit = Unit(rawValue: String(word) + "s") { return (unit, true) }
        return nil
    }

    /// `P6M`, `P1Y6M`, `P2W`, `P10D`: date parts only, in ISO order, a decimal only on the last part.
    private static func parseISO(_ text: Substring) -> Duration? {
        let designators: [(Character, Unit)] = [("Y", .years), ("M", .months), ("W", .weeks), ("D", .days)]
        var scanner = DurationScanner(text)
        var parts: [(unit: Unit, value: Double)] = []
        var nextDesignator = 0
        var sawFraction = false
        while !scanner.isAtEnd {
            guard !sawFraction, let number = scanner.number(), let letter = scanner.next() else { return nil }
            guard let index = designators.firstIndex(where: { $0.0 == letter }), index >= nextDesignator else { return nil }
            parts.append((designators[index].1, number.value))
            nextDesignator = index + 1
            sawFraction = number.hasFraction
        }
        return combine(parts)
    }

    /// One part keeps its unit; years with months become months, weeks with days become days, anything else months.
    private static func combine(_ parts: [(unit: Unit, value: Double)]) -> Duration? {
        guard let first = parts.first else { return nil }
        if parts.count == 1 { return Duration(lower: first.value, unit: first.unit) }
        let units = Set(parts.map(\.unit))
        if units.isSubset(of: [.weeks, .days]) {
            let days = parts.reduce(0) { $0 + ($1.unit == .weeks ? $1.value * 7 : $1.value) }
            return Duration(lower: days, unit: .days)
        }
        let months = parts.reduce(0) { $0 + $1.unit.months($1.value) }
        return Duration(lower: months, unit: .months)
    }
}

/// Reads a duration left to right; copies are cheap, so lookahead is a copy that may be dropped.
private struct DurationScanner {
    private(set) var rest: Substring

    init(_ text: Substring) { rest = text }

    var isAtEnd: Bool { rest.isEmpty }

    mutating func next() -> Character? { rest.popFirst() }

    mutating func consume(_ character: Character) -> Bool {
        guard rest.first == character else { return false }
        rest.removeFirst()
        return true
    }

    /// Skips spaces and tabs; true when there were any.
    @discardableResult
    mutating func skipSpaces() -> Bool {
        let before = rest.startIndex
        rest = rest.drop { $0 == " " || $0 == "\t" }
        return rest.startIndex != before
    }

    /// ASCII digits with an optional `.` and more digits; no sign, so negatives never parse.
    mutating func number() -> (value: Double, hasFraction: Bool)? {
        let whole = rest.prefix(while: \.isASCIIDigit)
        guard !whole.isEmpty else { return nil }
        var text = String(whole)
        var after = rest.dropFirst(whole.count)
        var hasFraction = false
        if after.first == ".", let digit = after.dropFirst().first, digit.isASCIIDigit {
            let fraction = after.dropFirst().prefix(while: \.isASCIIDigit)
            text += "." + fraction
            after = after.dropFirst(1 + fraction.count)
            hasFraction = true
        }
        guard let value = Double(text), value.isFinite else { return nil }
        rest = after
        return (value, hasFraction)
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
