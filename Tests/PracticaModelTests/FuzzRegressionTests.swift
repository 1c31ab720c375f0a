import PracticaCore
import PracticaModel
import Testing

/// Inputs the fuzzers (Fuzz/, docs/fuzzing.md) crashed on or read wrongly, fed through the same path as a build.
@Suite("Fuzz regressions: cards, costs and durations")
struct FuzzRegressionTests {
    /// A card with the required keys and `extra` front-matter lines.
    static func card(_ extra: String) -> String {
        "---\ntitle: T\nsummary: S\ntopics: [foster-care]\n\(extra)\n---\n"
    }

    @Test("a cost whose from is past Int64's range and above its to is an error naming both amounts")
    func hugeFromAboveTo() {
        // Found by FuzzValues: the message formatted `from` with Int64(_:), which traps past 9.2e18.
        var site = ModelTestSite()
        site.add("practices/a/en.md", Self.card("cost:\n  from: 155555555555555555555555555555555500000\n  to: 1000000\n  currency: RUB"))
        #expect(site.messages() == [
            "content/practices/a/en.md:6:9: error: cost from (1.5555555555555555e+38) is greater than to (1000000)"
        ])
    }

    @Test("a range near the largest number has a finite midpoint between its ends and falls in the top band")
    func midpointOfHugeRange() throws {
        // Found by FuzzValues: (from + to) / 2 overflowed to infinity, and the cost-time chart trapped on it.
        var site = ModelTestSite()
        site.add("practices/a/en.md", Self.card("cost: {from: 1e308, to: 1.7e308, currency: EUR}"))
        let (content, diagnostics) = site.read()
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)")
        let cost = try #require(content.practice("a")?.version(in: "en")?.cost)
        #expect(cost.representativeAmount == 1.35e308)
        #expect(cost.band(in: [5_000, 50_000, 500_000]) == 3)
    }

    @Test("a duration too long or too short for plain digits is written in digits that read back", arguments: [
        ("P06666666666666666666Y", "6666666666666667000 years"),
        ("1000000000000000 months", "1000000000000000 months"),
        ("1.5 years", "1.5 years"),
        ("0.0000001 days", "0.0000001 days"),
        ("0.000000123-12 weeks", "0.000000123-12 weeks"),
        ("12345678901234567890.5+ days", "12345678901234567000+ days"),
    ])
    func durationReadsBack(text: String, written: String) throws {
        // Found by FuzzValues: `description` wrote 6.666666666666667e+18, which `parse` refuses.
        let duration = try #require(Duration.parse(text))
        #expect(duration.description == written)
        #expect(Duration.parse(duration.description) == duration)
    }

    @Test("a card's huge implementation time keeps its value and its text")
    func hugeDurationOnCard() throws {
        var site = ModelTestSite()
        site.add("practices/a/en.md", Self.card("implementation_time: P06666666666666666666Y"))
        let (content, _) = site.read()
        let time = try #require(content.practice("a")?.version(in: "en")?.implementationTime)
        #expect(time.lower == 6_666_666_666_666_666_666)
        #expect(time.description == "6666666666666667000 years")
    }

    @Test("a duration too long to count in months is a bad duration, not an infinite one")
    func durationPastMonths() {
        // The FuzzValues property "finite in months" broke on this once inputs could be long enough;
        // the cost-time chart trapped placing an infinite number of months.
        let years = String(repeating: "9", count: 308) + " years"
        #expect(Duration.parse(years) == nil)
        #expect(Duration.parse(String(repeating: "9", count: 300) + "-" + String(repeating: "9", count: 308) + " months") != nil)
        #expect(Duration.parse("1-" + String(repeating: "9", count: 308) + " years") == nil)
        var site = ModelTestSite()
        site.add("practices/a/en.md", Self.card("implementation_time: \(years)"))
        let messages = site.messages()
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix("content/practices/a/en.md:5:22: error: bad duration '999") == true)
    }

    @Test("the midpoint of tiny amounts is still computed exactly")
    func midpointOfTinyRange() {
        #expect(Cost(from: 5e-324, to: 5e-324, currency: "EUR").representativeAmount == 5e-324)
        #expect(Cost(from: 1, to: 3, currency: "EUR").representativeAmount == 2)
    }
}
