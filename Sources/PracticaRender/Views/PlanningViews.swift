/// The pages a region plans with: compare and shortlist. Both read their practices from the URL or
/// localStorage in the browser; without JavaScript they say so and link the catalog.
struct PlanningViews {
    let context: RenderContext

    var language: String { context.language }
    var urls: SiteURLs { context.urls }
    var ui: UIStrings { context.strings }

    func compare() -> [String: Any] {
        page(title: ui["compare_title"], description: ui["compare_description"], path: urls.compare(language), href: urls.compare, bodyClass: "compare", script: "js/compare-page.js")
    }

    func shortlist() -> [String: Any] {
        page(title: ui["shortlist_title"], description: ui["shortlist_description"], path: urls.shortlist(language), href: urls.shortlist, bodyClass: "shortlist", script: "js/shortlist-page.js")
    }

    private func page(title: String, description: String, path: String, href: @escaping (String) -> String, bodyClass: String, script: String) -> [String: Any] {
        let frame = PageFrame(title: title, description: description, path: path, languages: context.config.languages, href: href, jsonLD: nil, bodyClass: bodyClass)
        var page = frame.context(context)
        page["script"] = urls.asset(script)
        page["apiBase"] = urls.root + "api/practices/"
        page["compareHref"] = urls.compare(language)
        page["shortlistHref"] = urls.shortlist(language)
        page["csvHref"] = urls.root + "api/practices.csv"
        page["searchLanguages"] = context.config.languages.joined(separator: ",")
        return page
    }
}
