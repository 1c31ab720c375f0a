import PracticaModel

/// Stages as a timeline, each as long as its duration; stages without one get a short dashed slot.
struct StageTimeline {
    let stages: [Stage]
    let title: String
    let rtl: Bool
    /// A stage's duration in words, for the labels and the description.
    let durationText: (Duration) -> String

    static let width = 600.0

    func svg() -> String? {
        guard stages.count > 1 || stages.first?.duration != nil else { return nil }
        let months = stages.map { $0.duration.map(Self.months) }
        let known = months.compactMap { $0 }
        let unknownShare = known.isEmpty ? 1 : max(known.reduce(0, +) / Double(stages.count) / 2, 0.5)
        let lengths = months.map { $0 ?? unknownShare }
        let total = max(lengths.reduce(0, +), 0.01)
        let description = stages.enumerated().map { index, stage in
            "\(index + 1). \(stage.title)" + (stage.duration.map { ": " + durationText($0) } ?? "")
        }.joined(separator: "; ")
        var svg = SVGText.open(width: Self.width, height: 64, id: "stages-chart", title: title, description: description, className: "stage-timeline")
        var start = 0.0
        for (index, stage) in stages.enumerated() {
            let width = max(Self.width * lengths[index] / total - 3, 6)
            let x = rtl ? Self.width - start - width : start
            let open = stage.duration == nil || stage.duration?.openEnded == true
            svg += #"<rect class="stage stage-\#(index % 4)\#(open ? " open" : "")" x="\#(SVGText.number(x))" y="4" width="\#(SVGText.number(width))" height="28" rx="3"/>"#
            svg += #"<text class="stage-number" x="\#(SVGText.number(x + width / 2))" y="23" text-anchor="middle">\#(index + 1)</text>"#
            if let duration = stage.duration, width > 60 {
                svg += #"<text class="stage-duration" x="\#(SVGText.number(x + width / 2))" y="52" text-anchor="middle">\#(SVGText.escape(durationText(duration)))</text>"#
            }
            start += Self.width * lengths[index] / total
        }
        return svg + "</svg>"
    }

    /// A range counts by its middle, an open range by its lower bound.
    static func months(_ duration: Duration) -> Double {
        guard let upper = duration.upperMonths else { return max(duration.lowerMonths, 0.1) }
        return max((duration.lowerMonths + upper) / 2, 0.1)
    }
}
