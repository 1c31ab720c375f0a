import PracticaModel

/// Results given as percentages, drawn as bars; the description repeats every figure in words.
struct ResultBars {
    let results: [PracticeResult]
    let title: String
    let rtl: Bool

    static let width = 480.0
    static let row = 30.0

    /// The SVG, or nil when no result is a percentage.
    func svg() -> String? {
        let bars = results.compactMap { result in result.percent.map { (min(max($0, 0), 100), result.text) } }
        guard !bars.isEmpty else { return nil }
        let height = Double(bars.count) * Self.row + 4
        let description = bars.map { "\(SVGText.number($0.0))%: \($0.1)" }.joined(separator: "; ")
        var svg = SVGText.open(width: Self.width, height: height, id: "results-chart", title: title, description: description, className: "result-bars")
        let labelWidth = 56.0, track = Self.width - labelWidth - 8
        for (index, bar) in bars.enumerated() {
            let y = Double(index) * Self.row + 4
            let length = track * bar.0 / 100
            let trackX = rtl ? 0 : labelWidth
            let barX = rtl ? track - length : labelWidth
            let labelX = rtl ? Self.width : 0
            svg += #"<rect class="track" x="\#(SVGText.number(trackX))" y="\#(SVGText.number(y))" width="\#(SVGText.number(track))" height="20" rx="3"/>"#
            svg += #"<rect class="bar" x="\#(SVGText.number(barX))" y="\#(SVGText.number(y))" width="\#(SVGText.number(length))" height="20" rx="3"/>"#
            svg += #"<text class="value" x="\#(SVGText.number(labelX))" y="\#(SVGText.number(y + 15))" text-anchor="\#(rtl ? "end" : "start")" direction="ltr">\#(SVGText.number(bar.0))%</text>"#
        }
        return svg + "</svg>"
    }
}
