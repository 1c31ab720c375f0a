import PracticaModel

/// The home page, the catalog, and the taxonomy pages: lists of practices.
struct ListViews {
    let context: RenderContext

    var language: String { context.language }
    var urls: SiteURLs { context.urls }
    var ui: UIStrings { context.strings }
    var allLanguages: [String] { context.config.languages }

    /// `topics`: how many practices carry each topic (`TermIndex.counts`).
    func home(topics: [String: Int]) -> [String: Any] {
        let description = context.config.description.text(in: language, default: context.config.defaultLanguage)
        let frame = PageFrame(
            title: context.siteTitle, description: description.isEmpty ? ui["home_intro"] : description, path: urls.home(language),
            languages: allLanguages, href: urls.home, jsonLD: websiteJSONLD(), bodyClass: "home")
        var page = frame.context(context)
        let own = context.content.practices.compactMap { $0.version(in: language) }
        page["intro"] = description.isEmpty ? ui["home_intro"] : description
        page["practiceCount"] = ui.format("home_count", ["count": context.format.number(Double(context.content.practices.count))])
        page["topics"] = topicCounts(topics)
        page["newest"] = newest(own, limit: 6)
        return page
    }

    /// Page `number` of the catalog: every practice, in catalog order, a page at a time.
    func catalog(page number: Int = 1) -> [String: Any] {
        let pages = Paging(count: context.catalogOrder.count, size: context.config.pageSize, number: number)
        let frame = PageFrame(
            title: ui["catalog_title"], description: ui["catalog_description"], path: urls.page(number, of: urls.catalog(language)),
            languages: allLanguages, href: { urls.page(number, of: urls.catalog($0)) }, jsonLD: nil, bodyClass: "catalog")
        var page = frame.context(context)
        page["entries"] = context.entries(ids: context.catalogOrder[pages.range])
        page["pagination"] = pages.context(ui: ui, href: { urls.page($0, of: urls.catalog(language)) })
        page["searchIndex"] = urls.root + "search/"
        page["overviewHref"] = urls.overview(language)
        page["searchLanguages"] = allLanguages.joined(separator: ",")
        // Small catalogs show the chart on their first page; large ones link to it, since it holds a point per practice.
        if number == 1, context.catalogOrder.count <= Self.inlineOverviewLimit {
            let charts = costTimeCharts()
            page["charts"] = charts
            page["hasCharts"] = !charts.isEmpty
        }
        page["count"] = ui.format("catalog_count", ["count": context.format.number(Double(context.content.practices.count))])
        return page
    }

    /// Charts of cost against time, one per currency, for every practice that gives both.
    func costTimeCharts() -> [[String: Any]] {
        var byCurrency: [String: [CostTimeChart.Point]] = [:]
        for id in context.catalogOrder {
            guard let practice = context.content.practice(id) else { continue }
            let card = practice.version(preferring: language)
            guard let cost = card.cost, let time = card.implementationTime, let amount = cost.representativeAmount else { continue }
            let label = context.format.costRange(cost) + ", " + context.format.duration(time)
            byCurrency[cost.currency, default: []].append(CostTimeChart.Point(
                title: card.title, href: urls.practice(card.id, card.language), language: card.language,
                months: time.lowerMonths, cost: amount, label: label))
        }
        return byCurrency.keys.sorted().enumerated().map { index, currency in
            let chart = CostTimeChart(
                currency: currency, points: byCurrency[currency] ?? [], title: ui["overview_title"], rtl: context.direction == "rtl",
                axisTime: ui["overview_axis_time"], axisCost: ui["overview_axis_cost"],
                money: { context.format.money($0, currency: currency) }, number: { context.format.number($0) })
            return ["currency": currency, "svg": chart.svg(id: "overview-\(index)"), "count": byCurrency[currency]?.count ?? 0]
        }
    }

    /// The overview page: every practice's cost against its time.
    func overview() -> [String: Any] {
        let frame = PageFrame(
            title: ui["overview_title"], description: ui["overview_description"], path: urls.overview(language),
            languages: allLanguages, href: urls.overview, jsonLD: nil, bodyClass: "overview")
        var page = frame.context(context)
        page["charts"] = costTimeCharts()
        return page
    }

    /// The search page: the form works without JavaScript only as far as saying what it needs.
    func search() -> [String: Any] {
        let frame = PageFrame(
            title: ui["search_title"], description: ui["search_description"], path: urls.search(language),
            languages: allLanguages, href: urls.search, jsonLD: nil, bodyClass: "search")
        var page = frame.context(context)
        page["searchIndex"] = urls.root + "search/"
        page["searchLanguages"] = allLanguages.joined(separator: ",")
        page["script"] = urls.asset("js/search-page.js")
        return page
    }

    /// The index of one facet: each term with its count.
    /// `terms`: each term of the facet with its practices in catalog order (`TermIndex.ids(in:)`).
    func taxonomyIndex(_ facet: String, terms: [(key: String, ids: [String])]) -> [String: Any] {
        let frame = PageFrame(
            title: ui["facet_\(facet)"], description: ui["facet_\(facet)_description"], path: urls.taxonomy(facet, language),
            languages: allLanguages, href: { urls.taxonomy(facet, $0) }, jsonLD: nil, bodyClass: "taxonomy")
        var page = frame.context(context)
        page["facet"] = facet
        page["terms"] = terms.map { key, ids in
            // An index page shows the first few of each term; the term's own pages list them all.
            context.term(key, in: facet).merging([
                "count": ids.count, "more": ids.count > Self.indexPreview,
                "practices": ids.prefix(Self.indexPreview).compactMap(link),
            ]) { a, _ in a }
        }
        return page
    }

    /// Page `number` of one term's list: every practice with that term.
    func term(_ key: String, in facet: String, ids: [String], page number: Int = 1) -> [String: Any] {
        let label = context.content.label(key, in: facet, language: language)
        let pages = Paging(count: ids.count, size: context.config.pageSize, number: number)
        let frame = PageFrame(
            title: label, description: ui.format("term_description", ["facet": ui["facet_\(facet)"], "term": label]),
            path: urls.page(number, of: urls.term(key, in: facet, language)), languages: allLanguages,
            href: { urls.page(number, of: urls.term(key, in: facet, $0)) }, jsonLD: nil, bodyClass: "term")
        var page = frame.context(context)
        page["facet"] = ["key": facet, "label": ui["facet_\(facet)"], "href": urls.taxonomy(facet, language)]
        page["entries"] = context.entries(ids: ids[pages.range])
        page["pagination"] = pages.context(ui: ui, href: { urls.page($0, of: urls.term(key, in: facet, language)) })
        return page
    }

    /// A practice as a link on a taxonomy index: its title in this language, else in its first.
    private func link(_ id: String) -> [String: Any]? {
        guard let practice = context.content.practice(id) else { return nil }
        let card = practice.version(preferring: language)
        var link: [String: Any] = ["title": card.title, "href": urls.practice(card.id, card.language)]
        if card.language != language { link["linkLang"] = card.language }
        return link
    }

    /// Up to how many practices the catalog's first page draws the cost and time chart itself.
    static let inlineOverviewLimit = 300

    /// How many practices a taxonomy index page shows under each term.
    static let indexPreview = 8

    private func topicCounts(_ counts: [String: Int]) -> [[String: Any]] {
        (context.content.taxonomies.terms["topics"] ?? []).compactMap { term in
            let count = counts[term.key] ?? 0
            return count == 0 ? nil : context.term(term.key, in: "topics").merging(["count": count]) { a, _ in a }
        }
    }

    private func newest(_ cards: [PracticeCard], limit: Int) -> [ListEntry] {
        let sorted = cards.sorted { ($0.updated ?? $0.created ?? "", $1.id) > ($1.updated ?? $1.created ?? "", $0.id) }
        return context.entries(ids: sorted.prefix(limit).map(\.id), heading: .h3)
    }

    private func websiteJSONLD() -> [String: Any] {
        [
            "@context": "https://schema.org", "@type": "WebSite", "name": context.siteTitle,
            "url": urls.absolute(urls.home(language)), "inLanguage": language,
        ]
    }
}
