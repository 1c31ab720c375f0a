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

            job(urls.models(language), "models") { DocumentViews(context: context).modelsIndex() },
            job(urls.search(language), "search") { ListViews(context: context).search() },
            job(urls.compare(language), "compare") { PlanningViews(context: context).compare() },
            job(urls.overview(language), "overview") { ListViews(context: context).overview() },
            job(urls.shortlist(language), "shortlist") { PlanningViews(context: context).shortlist() },
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
        let size = context.config.pageSize
        for number in 1...Paging.pageCount(context.catalogOrder.count, size: size) {
            jobs.append(job(urls.page(number, of: urls.catalog(language)), "catalog") { ListViews(context: context).catalog(page: number) })
        }
        for facet in Taxonomies.names {
            jobs.append(job(urls.taxonomy(facet, language), "taxonomy") { ListViews(context: context).taxonomyIndex(facet) })
            for term in content.taxonomies.terms[facet] ?? [] {
                let ids = ListViews(context: context).ids(with: term.key, in: facet)
                for number in 1...Paging.pageCount(ids.count, size: size) {
                    jobs.append(job(urls.page(number, of: urls.term(term.key, in: facet, language)), "term") {
                        ListViews(context: context).term(term.key, in: facet, ids: ids, page: number)
                    })
                }
            }
        }
        return jobs
    }

    private func job(_ path: String, _ template: String, _ view: @escaping @Sendable () -> [String: Any]) -> RenderJob {
        RenderJob(path: context.urls.file(for: path), template: template, view: view)
    }
}
