import Foundation
import Mustache
import Testing

@testable import PracticaRender

/// Each language's templates have its page constants written in (`TemplateSpecializer`); pages must not change.
@Suite("Template specialization")
struct TemplateSpecializationTests {
    static let reserved: Set<String> = ["ui", "nav", "siteTitle", "css", "root", "lang"]

    /// Paths below the top of `value` where a page constant's name is a key: a tag there would find that key
    /// before the page's own value, which specialization does not do.
    private func nestedConstants(_ value: Any, path: String = "", depth: Int = 0) -> [String] {
        if let table = value as? [String: Any] {
            return table.sorted { $0.key < $1.key }.flatMap { key, child in
                (depth > 0 && Self.reserved.contains(key) ? [path + "." + key] : [])
                    + (depth == 0 && Self.reserved.contains(key) ? [] : nestedConstants(child, path: path + "." + key, depth: depth + 1))
            }
        }
        if let list = value as? [Any] {
            return list.enumerated().flatMap { nestedConstants($1, path: path + "[\($0)]", depth: depth + 1) }
        }
        return []
    }

    /// The renderer of a build of the mini site.
    private func withBuiltRenderer(_ label: String, _ body: (SiteRenderer) throws -> Void) throws {
        try withTemporaryFolder(label) { folder in
            let site = try IncrementalSite(in: folder)
            expectSuccess(site.rebuild())
            try body(try #require(site.caches.lastRenderer))
        }
    }

    @Test("every page of the mini site is the same rendered with its language's specialized templates or the theme's own")
    func pagesAreUnchanged() throws {
        try withBuiltRenderer("specialized-pages") { renderer in
            let jobs = renderer.jobs()
            #expect(jobs.count > 100)
            let base = try #require(renderer.theme.sources["base"]), header = try #require(renderer.theme.sources["header"])
            let context = try #require(renderer.contexts["en"])
            for source in [base, header] {
                let specialized = TemplateSpecializer.specialize(source, constants: PageFrame.flatConstants(context), escape: { $0 })
                #expect(specialized.components(separatedBy: "{{").count < source.components(separatedBy: "{{").count - 5, "constants were written in")
            }
            for job in jobs {
                let language = try #require(job.language, "\(job.path) has no language")
                let view = job.view()
                #expect(nestedConstants(view).isEmpty, "\(job.path): \(nestedConstants(view))")
                let own = renderer.theme.library.render(view, withTemplate: job.template)
                let specialized = try #require(renderer.libraries[language]).render(view, withTemplate: job.template)
                #expect(own != nil && own == specialized, "\(job.path) differs")
            }
        }
    }

    @Test("every list entry, made once with the heading marker and filled, is the partial rendered with that heading")
    func entriesAreUnchanged() throws {
        try withBuiltRenderer("specialized-entries") { renderer in
            var plain = renderer.theme.library
            for heading in EntryHeading.allCases {
                let text = FastHTMLEscape.pragma + "\n{{<entry}}{{$entryHeading}}\(heading.rawValue){{/entryHeading}}{{/entry}}"
                plain.register(try MustacheTemplate(string: text), named: "entry-" + heading.rawValue)
            }
            var compared = 0
            for (language, context) in renderer.contexts {
                let library = try #require(renderer.libraries[language])
                for practice in renderer.content.practices {
                    let card = practice.version(in: language) ?? practice.versions[0]
                    let keys = context.entry(card, practice: practice).merging(context.entryBase) { own, _ in own }
                    #expect(nestedConstants(keys).isEmpty)
                    let marked = try #require(library.render(keys, withTemplate: EntryHeading.template))
                    #expect(marked.contains(EntryHeading.marker))
                    for heading in EntryHeading.allCases {
                        let own = try #require(plain.render(keys, withTemplate: "entry-" + heading.rawValue))
                        #expect(own == heading.fill(marked))
                        #expect(own.contains("<\(heading.rawValue) class=\"entry-title\">"))
                        compared += 1
                    }
                }
            }
            #expect(compared > 20)
        }
    }
}
