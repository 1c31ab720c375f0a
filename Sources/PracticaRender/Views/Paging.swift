/// A long list split into pages, with the links a reader needs to move between them.
struct Paging {
    var count: Int
    var size: Int
    var number: Int

    /// How many pages `count` items fill; an empty list still has its one page.
    static func pageCount(_ count: Int, size: Int) -> Int { max(1, (count + size - 1) / max(1, size)) }

    var pages: Int { Self.pageCount(count, size: size) }

    /// The items on this page.
    var range: Range<Int> {
        let start = min(count, (number - 1) * size)
        return start..<min(count, start + size)
    }

    /// Template values: previous, next and a window of page numbers around this one; nil on a single page.
    func context(ui: UIStrings, href: (Int) -> String) -> [String: Any]? {
        guard pages > 1 else { return nil }
        let window = Set([1, pages] + Array(max(1, number - 2)...min(pages, number + 2)))
        var items: [[String: Any]] = []
        var last = 0
        for page in window.sorted() {
            if page > last + 1 { items.append(["gap": true]) }
            items.append(["number": page, "href": href(page), "current": page == number])
            last = page
        }
        var context: [String: Any] = ["items": items, "label": ui.format("pagination_label", ["page": String(number), "pages": String(pages)])]
        if number > 1 { context["previous"] = href(number - 1) }
        if number < pages { context["next"] = href(number + 1) }
        return context
    }
}
