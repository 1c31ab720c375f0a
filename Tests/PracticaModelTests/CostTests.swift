import Foundation
import PracticaSource
import Testing
@testable import PracticaModel

@Suite("Cost")
struct CostTests {
    @Test("knows the currencies sites use and other active codes", arguments: ["RUB", "ILS", "EUR", "BGN", "USD", "GBP", "CHF", "JPY", "XCG", "ZWG"])
    func knownCurrencies(code: String) {
        #expect(Cost.isKnownCurrency(code))
    }

    @Test("rejects lowercase, withdrawn, placeholder and made-up codes", arguments: ["rub", "Eur", "RUR", "HRK", "ANG", "ZWL", "XXX", "XTS", "ABC", "EURO", "", " RUB"])
    func unknownCurrencies(code: String) {
        #expect(!Cost.isKnownCurrency(code))
    }

    @Test("holds only well-formed three-letter capital codes")
    func tableShape() {
        #expect(ISO4217.activeCodes.count > 150)
        #expect(ISO4217.activeCodes.allSatisfy { $0.count == 3 && $0.allSatisfy { $0.isASCII && $0.isUppercase } })
    }

    static let rubleBands: [Double] = [100_000, 1_000_000, 10_000_000]

    @Test("places a cost in its site.yml band by midpoint or by the end given", arguments: [
        (nil, 50_000.0, 0),
        (99_999.0, nil, 0),
        (100_000.0, nil, 1),
        (nil, 999_999.0, 1),
        (1_000_000.0, 10_000_000.0, 2),
        (1_000_000.0, 30_000_000.0, 3),
        (nil, 10_000_000.0, 3),
        (0.0, 0.0, 0),
    ] as [(Double?, Double?, Int)])
    func band(from: Double?, to: Double?, expected: Int) {
        let cost = Cost(from: from, to: to, currency: "RUB")
        #expect(cost.band(in: Self.rubleBands) == expected)
    }

    @Test("has no band without an amount, and a single band without thresholds")
    func bandEdges() {
        #expect(Cost(currency: "RUB").band(in: Self.rubleBands) == nil)
        #expect(Cost(from: 5, currency: "RUB").band(in: []) == 0)
    }

    @Test("stands for a range by its midpoint")
    func representativeAmount() {
        #expect(Cost(from: 100, to: 300, currency: "EUR").representativeAmount == 200)
        #expect(Cost(from: 100, currency: "EUR").representativeAmount == 100)
        #expect(Cost(to: 300, currency: "EUR").representativeAmount == 300)
        #expect(Cost(currency: "EUR").representativeAmount == nil)
    }

    @Test("survives a JSON round trip")
    func codable() throws {
        let cost = Cost(from: 1_000_000, to: 10_000_000, currency: "RUB", note: "на один регион")
        let data = try JSONEncoder().encode(cost)
        #expect(try JSONDecoder().decode(Cost.self, from: data) == cost)
    }
}
