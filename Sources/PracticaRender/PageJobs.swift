import PracticaModel
import PracticaSource

/// The pages of one language, in the URL layout's order.
struct PageJobs {
    let context: RenderContext
    /// The practices of each term, shared by every language.
    let terms: TermIndex
    /// Set when pages may be skipped as unchanged; each job then carries what its page depends on.
    var fingerprints: PageFingerprints? = nil

    func all() -> [RenderJob] {
        let language = context.language, urls = context.urls, content = context.content
        let context = self.context, prints = fingerprints, topics = terms.counts["topics"] ?? [:]
        var jobs: [RenderJob] = [
            job(urls.home(language), "home", { prints?.home($0, topics: topics) }) { ListViews(context: context).home(topics: topics) },
            job(urls.models(language), "models", { prints?.modelsIndex($0) }) { DocumentViews(context: context).modelsIndex() },
            job(urls.search(language), "search", { prints?.sitewide($0, "search") }) { ListViews(context: context).search() },
            job(urls.compare(language), "compare", { prints?.sitewide($0, "compare") }) { PlanningViews(context: context).compare() },
            job(urls.overview(language), "overview", { prints?.overview($0) }) { ListViews(context: context).overview() },
            job(urls.shortlist(language), "shortlist", { prints?.sitewide($0, "shortlist") }) { PlanningViews(context: context).shortlist() },
        ]
        for practice in content.practices {
            guard let card = practice.version(in: language) else { continue }
            jobs.append(job(urls.practice(practice.id, language), "practice", { prints?.practice($0, practice, card) }) {
                PracticeView(context: context, practice: practice, card: card).render()
            })
        }
        for model in content.models {
            guard let document = model.version(in: language) else { continue }
            jobs.append(job(urls.model(model.id, language), "model", { prints?.model($0, model) }) {
                DocumentViews(context: context).model(model, document)
            })
        }
        for page in content.pages {
            guard let version = page.version(in: language) else { continue }
            jobs.append(job(urls.page(page.id, language), "page", { prints?.page($0, page) }) { DocumentViews(context: context).page(page, version) })
        }
        let size = context.config.pageSize
        for number in 1...Paging.pageCount(context.catalogOrder.count, size: size) {
            jobs.append(job(urls.page(number, of: urls.catalog(language)), "catalog", { prints?.catalog($0, page: number) }) {
                ListViews(context: context).catalog(page: number)
            })
        }
        let termIDs = terms.ids(in: context.catalogOrder)
        for facet in Taxonomies.names { jobs += taxonomyJobs(facet, ids: termIDs[facet] ?? [:]) }
        return jobs
    }

    /// A facet's index and the pages of each of its terms; `ids` holds each term's practices in catalog order.
    private func taxonomyJobs(_ facet: String, ids termIDs: [String: [String]]) -> [RenderJob] {
        let language = context.language, urls = context.urls, context = self.context, prints = fingerprints
        let terms = (context.content.taxonomies.terms[facet] ?? []).map { term in (key: term.key, ids: termIDs[term.key] ?? []) }
        var jobs = [job(urls.taxonomy(facet, language), "taxonomy", { prints?.taxonomyIndex($0, terms: terms) }) {
            ListViews(context: context).taxonomyIndex(facet, terms: terms)
        }]
        for (key, ids) in terms {
            for number in 1...Paging.pageCount(ids.count, size: context.config.pageSize) {
                jobs.append(job(urls.page(number, of: urls.term(key, in: facet, language)), "term", {
                    prints?.term($0, key: key, facet: facet, ids: ids, page: number)
                }) {
                    ListViews(context: context).term(key, in: facet, ids: ids, page: number)
                })
            }
        }
        return jobs
    }

    /// `fingerprint` gets the job's output path.
    private func job(
        _ path: String, _ template: String, _ fingerprint: @escaping @Sendable (String) -> UInt64?,
        _ view: @escaping @Sendable () -> [String: Any]
    ) -> RenderJob {
        let file = context.urls.file(for: path)
        return RenderJob(path: file, template: template, language: context.language, fingerprint: { fingerprint(file) }, view: view)
    }
}
