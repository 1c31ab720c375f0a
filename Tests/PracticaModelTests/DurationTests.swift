import Foundation
import Testing
@testable import PracticaModel

@Suite("Duration")
struct DurationTests {
    @Test("reads every form the contract allows", arguments: [
        ("6 months", Duration(lower: 6, unit: .months)),
        ("2 years", Duration(lower: 2, unit: .years)),
        ("12 weeks", Duration(lower: 12, unit: .weeks)),
        ("10 days", Duration(lower: 10, unit: .days)),
        ("1 month", Duration(lower: 1, unit: .months)),
        ("1 year", Duration(lower: 1, unit: .years)),
        ("1 week", Duration(lower: 1, unit: .weeks)),
        ("1 day", Duration(lower: 1, unit: .days)),
        ("1 months", Duration(lower: 1, unit: .months)),
        ("1.5 years", Duration(lower: 1.5, unit: .years)),
        ("6-12 months", Duration(lower: 6, upper: 12, unit: .months)),
        ("6–12 months", Duration(lower: 6, upper: 12, unit: .months)),
        ("6 - 12 months", Duration(lower: 6, upper: 12, unit: .months)),
        ("0-3 months", Duration(lower: 0, upper: 3, unit: .months)),
        ("6+ months", Duration(lower: 6, openEnded: true, unit: .months)),
        ("  6 months ", Duration(lower: 6, unit: .months)),
        ("P6M", Duration(lower: 6, unit: .months)),
        ("P2W", Duration(lower: 2, unit: .weeks)),
        ("P10D", Duration(lower: 10, unit: .days)),
        ("P1Y", Duration(lower: 1, unit: .years)),
        ("P1Y6M", Duration(lower: 18, unit: .months)),
        ("P1W3D", Duration(lower: 10, unit: .days)),
        ("P0.5Y", Duration(lower: 0.5, unit: .years)),
    ])
    func parsesContractForms(text: String, expected: Duration) {
        #expect(Duration.parse(text) == expected)
    }

    @Test("rejects anything outside the contract", arguments: [
        "", "   ", "6", "months", "6months", "six months", "6 Months", "6 mo", "6 hours", "6 months ago",
        "6 month", "2-3 month", "6+ month", "-6 months", "12-6 months", "6-6 months", "0 months", "0+ months",
        "6-12+ months", "6—12 months", "6..12 months", "1e3 days", "6,5 months", "6. months",
        "P", "P0D", "PT6H", "P1DT2H", "P6M1Y", "P1.5Y6M", "p6M", "P6m", "P-6M", "P6", "6M",
    ])
    func rejectsOtherText(text: String) {
        #expect(Duration.parse(text) == nil)
    }

    @Test("normalizes every unit to months", arguments: [
        ("2 years", 24.0),
        ("6 months", 6.0),
        ("P1Y6M", 18.0),
        ("12 weeks", 84 / 30.4375),
        ("10 days", 10 / 30.4375),
    ])
    func lowerMonths(text: String, months: Double) throws {
        let duration = try #require(Duration.parse(text))
        #expect(abs(duration.lowerMonths - months) < 1e-9)
    }

    @Test("gives an upper bound in months only for closed ranges")
    func upperMonths() throws {
        #expect(try #require(Duration.parse("1-2 years")).upperMonths == 24)
        #expect(try #require(Duration.parse("6-12 months")).upperMonths == 12)
        #expect(try #require(Duration.parse("6+ months")).upperMonths == nil)
        #expect(try #require(Duration.parse("6 months")).upperMonths == nil)
    }

    @Test("spells itself in the contract's words, which parse back to the same value", arguments: [
        ("6 months", "6 months"), ("1 year", "1 year"), ("6–12 months", "6-12 months"),
        ("6+ months", "6+ months"), ("P1Y6M", "18 months"), ("1.5 years", "1.5 years"),
    ])
    func description(text: String, spelled: String) throws {
        let duration = try #require(Duration.parse(text))
        #expect(duration.description == spelled)
        #expect(Duration.parse(duration.description) == duration)
    }

    @Test("survives a JSON round trip")
    func codable() throws {
        let duration = Duration(lower: 6, upper: 12, unit: .months)
        let data = try JSONEncoder().encode(duration)
        #expect(try JSONDecoder().decode(Duration.self, from: data) == duration)
    }
}
