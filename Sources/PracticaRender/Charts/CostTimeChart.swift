import Foundation
import PracticaModel

/// Cost against implementation time, one point per practice, one chart per currency; each point links to its practice.
struct CostTimeChart {
    /// A practice on the chart.
    struct Point {
        var title: String
        var href: String
        var language: String
        var months: Double
        var cost: Double
        var label: String
    }

    let currency: String
    let points: [Point]
    let title: String
    let rtl: Bool
    /// Axis captions and a formatter for axis values, in the page language.
    let axisTime: String
    let axisCost: String
    let money: (Double) -> String
    /// Numbers in the page language, for the description read instead of the drawing (`6,6` in Russian).
    let number: (Double) -> String

    static let width = 640.0, height = 360.0, margin = 64.0

    func svg(id: String) -> String {
        let maxMonths = max(points.map(\.months).max() ?? 12, 1) * 1.1
        let costs = points.map(\.cost).filter { $0 > 0 }
        let low = log10(max(costs.min() ?? 1, 1)), high = max(log10(max(costs.max() ?? 10, 10)), low + 1)
        let plotWidth = Self.width - 2 * Self.margin, plotHeight = Self.height - 2 * Self.margin
        func x(_ months: Double) -> Double {
            let offset = plotWidth * months / maxMonths
            return rtl ? Self.width - Self.margin - offset : Self.margin + offset
        }
        func y(_ cost: Double) -> Double { Self.height - Self.margin - plotHeight * (log10(max(cost, 1)) - low) / (high - low) }
        // The data's own range, as the reader would state it: the axis runs past it, and 10^log10(x) is x give or take
        // a rounding error that a money formatter prints as cents.
        // Every practice's cost, free ones too (the axis above starts at the lowest cost over zero).
        let costRange = Self.range(points.map { $0.cost.rounded() }, money)
        let monthRange = Self.range(points.map { ($0.months * 10).rounded() / 10 }, number)
        let description = "\(points.count) · \(axisCost): \(costRange); \(axisTime): \(monthRange)"
        var svg = SVGText.open(width: Self.width, height: Self.height, id: id, title: "\(title) (\(currency))", description: description, className: "cost-time", hasLinks: true)
        svg += #"<line class="axis" x1="\#(SVGText.number(x(0)))" y1="\#(SVGText.number(Self.height - Self.margin))" x2="\#(SVGText.number(x(maxMonths)))" y2="\#(SVGText.number(Self.height - Self.margin))"/>"#
        svg += #"<line class="axis" x1="\#(SVGText.number(x(0)))" y1="\#(SVGText.number(Self.margin))" x2="\#(SVGText.number(x(0)))" y2="\#(SVGText.number(Self.height - Self.margin))"/>"#
        svg += #"<text class="axis-label" x="\#(SVGText.number(Self.width / 2))" y="\#(SVGText.number(Self.height - 16))" text-anchor="middle">\#(SVGText.escape(axisTime))</text>"#
        svg += #"<text class="axis-label" x="\#(SVGText.number(x(0)))" y="\#(SVGText.number(Self.margin - 16))" text-anchor="\#(rtl ? "end" : "start")">\#(SVGText.escape(axisCost))</text>"#
        for decade in Int(low.rounded(.down))...Int(high.rounded(.up)) where Double(decade) >= low && Double(decade) <= high {
            let value = pow(10, Double(decade))
            svg += #"<text class="tick" x="\#(SVGText.number(rtl ? x(0) + 6 : x(0) - 6))" y="\#(SVGText.number(y(value) + 4))" text-anchor="\#(rtl ? "start" : "end")">\#(SVGText.escape(money(value)))</text>"#
        }
        for point in points {
            // Each link is named by its title, in the practice's own language.
            svg += #"<a href="\#(SVGText.escape(point.href))" hreflang="\#(SVGText.escape(point.language))" lang="\#(SVGText.escape(point.language))"><circle class="point" cx="\#(SVGText.number(x(point.months)))" cy="\#(SVGText.number(y(point.cost)))" r="6"/><title>\#(SVGText.escape(point.title + " — " + point.label))</title></a>"#
        }
        return svg + "</svg>"
    }

    /// `low – high` in `format`, or the one value when they are the same.
    static func range(_ values: [Double], _ format: (Double) -> String) -> String {
        guard let low = values.min(), let high = values.max() else { return "" }
        return low == high ? format(low) : "\(format(low)) – \(format(high))"
    }
}
