import PracticaModel

/// Model documents, free pages, the root language chooser and the not-found page.
struct DocumentViews {
    let context: RenderContext

    var language: String { context.language }
    var urls: SiteURLs { context.urls }
    var ui: UIStrings { context.strings }

    func model(_ model: Model, _ document: ModelDocument) -> [String: Any] {
        let frame = PageFrame(
            title: document.title, description: document.summary, path: urls.model(model.id, language), ogType: "article",
            languages: model.languages, href: { urls.model(model.id, $0) },
            jsonLD: ["@context": "https://schema.org", "@type": "Article", "headline": document.title, "inLanguage": language],
            bodyClass: "model")
        var page = frame.context(context)
        var details: [String: Any] = ["title": document.title, "summary": document.summary, "body": document.body.html]
        let toc = document.body.headings.filter { $0.level <= 3 }
        if toc.count > 1 { details["contents"] = toc.map { ["text": $0.text, "anchor": $0.anchor, "level": $0.level, "sub": $0.level > 2] } }
        let implementing = context.content.practices(implementing: model.id).compactMap(context.content.practice)
        if !implementing.isEmpty { details["practices"] = context.entries(implementing, heading: .h3) }
        if let created = document.created { details["created"] = ["text": context.format.date(created), "iso": created] }
        if let updated = document.updated { details["updated"] = ["text": context.format.date(updated), "iso": updated] }
        page["model"] = PresenceFlags.add(to: details)
        return page
    }

    func modelsIndex() -> [String: Any] {
        let frame = PageFrame(
            title: ui["models_title"], description: ui["models_description"], path: urls.models(language),
            languages: context.config.languages, href: urls.models, jsonLD: nil, bodyClass: "models")
        var page = frame.context(context)
        page["models"] = context.content.models.compactMap { model -> [String: Any]? in
            guard let version = model.version(in: language) ?? model.versions.first else { return nil }
            var item: [String: Any] = ["title": version.title, "summary": version.summary, "href": urls.model(model.id, version.language)]
            if version.language != language { item["linkLang"] = version.language; item["languageName"] = LanguageNames.endonym(version.language) }
            return item
        }
        return page
    }

    func page(_ page: FreePage, _ version: Page) -> [String: Any] {
        let frame = PageFrame(
            title: version.title, description: version.summary ?? "", path: urls.page(page.id, language),
            languages: page.languages, href: { urls.page(page.id, $0) }, jsonLD: nil, bodyClass: "page")
        var context = frame.context(self.context)
        context["page"] = ["title": version.title, "body": version.body.html]
        return context
    }

    func notFound() -> [String: Any] {
        let frame = PageFrame(
            title: ui["notfound_title"], description: ui["notfound_text"], path: urls.root + "404.html",
            languages: [language], href: { _ in urls.root + "404.html" }, jsonLD: nil, bodyClass: "notfound")
        var page = frame.context(context)
        // A not-found page stands in for any address: it has no address of its own to declare.
        for key in ["canonical", "alternates", "xDefault"] { page[key] = nil }
        page["homes"] = context.config.languages.map { ["href": urls.home($0), "name": LanguageNames.endonym($0), "code": $0] }
        return page
    }

    /// The root page: plain links to each language's home.
    func chooser() -> [String: Any] {
        let config = context.config
        let frame = PageFrame(
            title: context.siteTitle, description: context.siteTitle, path: urls.root,
            languages: config.languages, href: urls.home, jsonLD: nil, bodyClass: "chooser")
        var page = frame.context(context)
        page["languages"] = config.languages.map { code in
            [
                "code": code, "name": LanguageNames.endonym(code), "href": urls.home(code),
                "title": config.title.text(in: code, default: config.defaultLanguage), "dir": config.isRTL(code) ? "rtl" : "ltr",
            ]
        }
        return page
    }
}
