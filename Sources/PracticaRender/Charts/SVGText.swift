import PracticaCore

/// Small helpers for charts drawn at build time as inline SVG.
enum SVGText {
    /// Text escaped for SVG content and attributes.
    static func escape(_ text: String) -> String { XMLText.escape(text) }

    /// A number with at most one decimal, as SVG coordinates want it.
    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        // Amounts near Double's limit reach infinity on a log axis; Int(_:) would trap on them.
        guard rounded.isFinite else { return "0" }
        return rounded == rounded.rounded() && abs(rounded) < 1e15 ? String(Int(rounded)) : String(rounded)
    }

    /// The opening of an accessible chart: a title and a description read instead of the drawing. A chart with links
    /// is a `group`, so that its links stay reachable (an `img` may hold nothing interactive); others are an `img`.
    static func open(width: Double, height: Double, id: String, title: String, description: String, className: String, hasLinks: Bool = false) -> String {
        """
        <svg class="chart \(className)" viewBox="0 0 \(number(width)) \(number(height))" role="\(hasLinks ? "group" : "img")" \
        aria-labelledby="\(id)-title \(id)-desc" xmlns="http://www.w3.org/2000/svg">\
        <title id="\(id)-title">\(escape(title))</title><desc id="\(id)-desc">\(escape(description))</desc>
        """
    }
}
