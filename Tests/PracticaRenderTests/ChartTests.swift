import PracticaModel
import Testing

@testable import PracticaRender

@Suite("Charts drawn at build time")
struct ChartTests {
    @Test("results given as percentages become bars with a text alternative; others are left to the list")
    func resultBars() throws {
        let results = [
            PracticeResult(value: "91%", text: "parents <felt> stronger"), PracticeResult(value: "300+", text: "families"),
            PracticeResult(value: "96 %", text: "children"),
        ]
        let svg = try #require(ResultBars(results: results, title: "Results", rtl: false).svg())
        #expect(svg.contains(#"role="img""#))
        #expect(svg.contains("<desc id=\"results-chart-desc\">91%: parents &lt;felt&gt; stronger; 96%: children</desc>"))
        #expect(svg.components(separatedBy: #"class="bar""#).count - 1 == 2)
        #expect(svg.contains(#"width="378.6""#), "91% of the 416-unit track")
        #expect(ResultBars(results: [PracticeResult(value: nil, text: "x")], title: "R", rtl: false).svg() == nil)
    }

    @Test("right-to-left bars grow from the right edge")
    func rtlBars() throws {
        let svg = try #require(ResultBars(results: [PracticeResult(value: "50%", text: "x")], title: "R", rtl: true).svg())
        #expect(svg.contains(#"<rect class="bar" x="208" y="4" width="208""#), "half of the track, ending at its right edge")
        #expect(svg.contains(#"text-anchor="end""#))
    }

    @Test("stages are drawn to scale, in order, and described in words")
    func stageTimeline() throws {
        let stages = [
            Stage(title: "Prepare", duration: Duration(lower: 6, unit: .months), text: nil),
            Stage(title: "Run", duration: Duration(lower: 1, unit: .years), text: nil),
        ]
        let svg = try #require(StageTimeline(stages: stages, title: "Stages", rtl: false, durationText: { "\(Int($0.lowerMonths)) months" }).svg())
        #expect(svg.contains("<desc id=\"stages-chart-desc\">1. Prepare: 6 months; 2. Run: 12 months</desc>"))
        #expect(svg.contains(#"<rect class="stage stage-0" x="0" y="4" width="197""#), "6 of 18 months: a third of 600, less the gap")
        #expect(svg.contains(#"<rect class="stage stage-1" x="200" y="4" width="397""#))
    }

    @Test("the cost chart's description states the data's range in the page language's numbers, without cents")
    func costTimeDescription() {
        let points: [CostTimeChart.Point] = [
            .init(title: "A", href: "/ru/practices/a/", language: "ru", months: 6.55, cost: 5_500_000, label: "a"),
            .init(title: "B", href: "/ru/practices/b/", language: "ru", months: 18, cost: 120_000, label: "b"),
        ]
        let format = LocaleFormatter(language: "ru")
        let chart = CostTimeChart(
            currency: "RUB", points: points, title: "Стоимость и срок", rtl: false, axisTime: "месяцы", axisCost: "стоимость",
            money: { format.money($0, currency: "RUB") }, number: { format.number($0) })
        let description = "2 · стоимость: \(format.money(120_000, currency: "RUB")) – \(format.money(5_500_000, currency: "RUB")); месяцы: 6,6 – 18"
        #expect(chart.svg(id: "c").contains("<desc id=\"c-desc\">\(description)</desc>"))
        #expect(!description.contains(",00") && !description.contains(".00"))
        #expect(CostTimeChart.range([6, 6], { format.number($0) }) == "6", "one practice: one value, not a range")
        let free = CostTimeChart(
            currency: "RUB", points: [.init(title: "Free", href: "/ru/practices/f/", language: "ru", months: 6, cost: 0, label: "f")],
            title: "T", rtl: false, axisTime: "месяцы", axisCost: "стоимость", money: { format.money($0, currency: "RUB") },
            number: { format.number($0) })
        #expect(free.svg(id: "f").contains("стоимость: \(format.money(0, currency: "RUB"));"), "a free practice states its cost")
    }

    @Test("a cost near the largest number draws its chart instead of trapping on an infinite axis")
    func hugeCostDraws() {
        let chart = CostTimeChart(
            currency: "EUR", points: [.init(title: "Huge", href: "/en/practices/huge/", language: "en", months: 6, cost: 1e308, label: "huge")],
            title: "Cost and time", rtl: false, axisTime: "months", axisCost: "cost", money: { String($0) }, number: { String($0) })
        let svg = chart.svg(id: "huge")
        #expect(svg.hasPrefix("<svg") && svg.hasSuffix("</svg>"))
        #expect(svg.contains(#"href="/en/practices/huge/""#))
        #expect(SVGText.number(.infinity) == "0" && SVGText.number(-.infinity) == "0")
        #expect(SVGText.number(1e300) == String(1e300))
        #expect(SVGText.number(12.34) == "12.3" && SVGText.number(7) == "7")
    }
}
