import Foundation
import PracticaModel

/// The practice page: every field the card has, with localized labels.
struct PracticeView {
    let context: RenderContext
    let practice: Practice
    let card: PracticeCard

    func path() -> String { context.urls.practice(card.id, card.language) }

    func render() -> [String: Any] {
        let frame = PageFrame(
            title: card.title, description: card.summary, path: path(), ogType: "article",
            languages: practice.languages, href: { context.urls.practice(card.id, $0) },
            jsonLD: jsonLD(), bodyClass: "practice")
        var page = frame.context(context)
        page["practice"] = details()
        return page
    }

    private func details() -> [String: Any] {
        var details = context.facts(card)
        details["id"] = card.id
        details["title"] = card.title
        details["summary"] = card.summary
        details["question"] = card.question
        details["goal"] = card.goal
        details["organization"] = card.organization
        if !card.tasks.isEmpty { details["tasks"] = card.tasks }
        if !card.results.isEmpty { details["results"] = card.results.map(result) }
        if !card.stages.isEmpty { details["stages"] = card.stages.enumerated().map(stage) }
        let rtl = context.config.isRTL(card.language)
        details["resultsChart"] = ResultBars(results: card.results, title: context.strings["field_results"], rtl: rtl).svg()
        details["stagesChart"] = StageTimeline(
            stages: card.stages, title: context.strings["field_stages"], rtl: rtl, durationText: context.format.duration
        ).svg()
        if let model = card.model.flatMap(context.content.model) { details["model"] = modelLink(model) }
        if !card.related.isEmpty { details["related"] = card.related.compactMap(relatedLink) }
        if !card.contacts.isEmpty { details["contacts"] = card.contacts.map(contact) }
        if let created = card.created { details["created"] = ["text": context.format.date(created), "iso": created] }
        if let updated = card.updated { details["updated"] = ["text": context.format.date(updated), "iso": updated] }
        details["body"] = card.body.html
        return PresenceFlags.add(to: details)
    }

    private func result(_ result: PracticeResult) -> [String: Any] {
        var item: [String: Any] = ["text": result.text]
        item["value"] = result.value
        if let percent = result.percent { item["percent"] = min(max(percent, 0), 100) }
        return item
    }

    private func stage(_ index: Int, _ stage: Stage) -> [String: Any] {
        var item: [String: Any] = ["number": index + 1, "title": stage.title]
        item["text"] = stage.text
        item["duration"] = stage.duration.map(context.format.duration)
        return item
    }

    private func modelLink(_ model: Model) -> [String: Any] {
        let version = model.version(preferring: card.language)
        return link(title: version.title, language: version.language, href: context.urls.model(model.id, version.language))
    }

    private func relatedLink(_ id: String) -> [String: Any]? {
        guard let related = context.content.practice(id), let first = related.versions.first else { return nil }
        let version = related.version(in: card.language) ?? first
        var item = link(title: version.title, language: version.language, href: context.urls.practice(id, version.language))
        item["summary"] = version.summary
        return item
    }

    /// A link to another document, marking its language when it differs from the page's.
    private func link(title: String, language: String, href: String) -> [String: Any] {
        var item: [String: Any] = ["title": title, "href": href]
        if language != card.language {
            item["linkLang"] = language
            item["languageName"] = LanguageNames.endonym(language)
        }
        return item
    }

    private func contact(_ contact: Contact) -> [String: Any] {
        var item: [String: Any] = [:]
        item["name"] = contact.name
        item["email"] = contact.email
        item["url"] = contact.url
        return item
    }

    private func jsonLD() -> [String: Any] {
        var object: [String: Any] = [
            "@context": "https://schema.org", "@type": "Article", "headline": card.title,
            "description": card.summary, "inLanguage": card.language,
            "url": context.urls.absolute(path()),
        ]
        object["datePublished"] = card.created
        object["dateModified"] = card.updated ?? card.created
        if let organization = card.organization { object["author"] = ["@type": "Organization", "name": organization] }
        if !card.topics.isEmpty { object["keywords"] = card.topics.map { context.content.label($0, in: "topics", language: card.language) }.joined(separator: ", ") }
        return object
    }
}
