import PracticaModel
import PracticaSource

/// The pages of one language, in the URL layout's order.
struct PageJobs {
    let context: RenderContext

    func all() -> [RenderJob] {
        let language = context.language, urls = context.urls, content = context.content
        let context = self.context
        var jobs: [RenderJob] = [
            job(urls.home(language), "home") { ListViews(context: context).home() },
            job(urls.catalog(language), "catalog") { ListViews(context: context).catalog() },
            job(urls.models(language), "models") { DocumentViews(context: context).modelsIndex() },
            job(urls.search(language), "search") { ListViews(context: context).search() },
        ]
        for practice in content.practices {
            guard let card = practice.version(in: language) else { continue }
            jobs.append(job(urls.practice(practice.id, language), "practice") {
                PracticeView(context: context, practice: practice, card: card).render()
            })
        }
        for model in content.models {
            guard let document = model.version(in: language) else { continue }
            jobs.append(job(urls.model(model.id, language), "model") { DocumentViews(context: context).model(model, document) })
        }
        for page in content.pages {
            guard let version = page.version(in: language) else { continue }
            jobs.append(job(urls.page(page.id, language), "page") { DocumentViews(context: context).page(page, version) })
        }
        for facet in Taxonomies.names {
            jobs.append(job(urls.taxonomy(facet, language), "taxonomy") { ListViews(context: context).taxonomyIndex(facet) })
            for term in content.taxonomies.terms[facet] ?? [] {
                jobs.append(job(urls.term(term.key, in: facet, language), "term") { ListViews(context: context).term(term.key, in: facet) })
            }
        }
        return jobs
    }

    private func job(_ path: String, _ template: String, _ view: @escaping @Sendable () -> [String: Any]) -> RenderJob {
        RenderJob(path: context.urls.file(for: path), template: template, view: view)
    }
}
