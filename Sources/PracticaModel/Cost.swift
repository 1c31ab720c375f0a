import PracticaSource

/// What implementing a practice costs: a range in one currency, either end of which may be left out.
public struct Cost: Hashable, Sendable, Codable {
    /// The lowest estimate, when given.
    public var from: Double?
    /// The highest estimate, when given.
    public var to: Double?
    /// An ISO 4217 code such as `RUB` or `EUR`.
    public var currency: String
    /// The editor's remark on the estimate, in the card's language.
    public var note: String?

    /// A cost from its parts; the card reader checks them against the contract.
    public init(from: Double? = nil, to: Double? = nil, currency: String, note: String? = nil) {
        self.from = from
        self.to = to
        self.currency = currency
        self.note = note
    }

    /// True for an active ISO 4217 code, written in capitals as the standard does.
    public static func isKnownCurrency(_ code: String) -> Bool {
        ISO4217.activeCodes.contains(code)
    }

    /// The single amount that stands for the cost: the midpoint of a range, else whichever end is given.
    public var representativeAmount: Double? {
        switch (from, to) {
        // Halves are added only when the sum overflows: for huge amounts they are exact, for tiny ones they round to 0.
        case let (from?, to?): (from + to).isFinite ? (from + to) / 2 : from / 2 + to / 2
        case let (from?, nil): from
        case let (nil, to?): to
        case (nil, nil): nil
        }
    }

    /// The index of the cost band for site.yml's `cost_bands` thresholds: [a, b] gives 0: < a, 1: a..<b, 2: ≥ b.
    public func band(in bands: [Double]) -> Int? {
        guard let amount = representativeAmount, !amount.isNaN else { return nil }
        // Counting the thresholds passed, rather than searching, gives the same index for sorted bands and never traps on unsorted ones.
        return bands.filter { amount >= $0 }.count
    }
}
