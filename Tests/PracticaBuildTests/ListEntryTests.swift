import Foundation
import Testing

/// List entries are rendered once per practice (`entryHTML`); themes may still render the partial themselves.
@Suite("List entries")
struct ListEntryTests {
    private func override(_ site: URL, _ relative: String, _ text: String) throws {
        try writeText(text, to: "templates/" + relative, in: site)
    }

    private func builtin(_ relative: String) throws -> String {
        try String(contentsOf: IncrementalRebuildTests.builtinTemplate(relative), encoding: .utf8)
    }

    @Test("a theme whose lists render the entry partial themselves gets the same pages as one printing entryHTML")
    func partialInTheList() throws {
        try withTemporaryFolder("list-entry-partial") { folder in
            let site = try copyMiniSite(into: folder)
            let plain = folder.appendingPathComponent("plain")
            expectSuccess(buildSite(site, into: plain))
            let inline = "{{<entry}}{{$entryHeading}}h2{{/entryHeading}}{{/entry}}"
            try override(site, "layouts/catalog.mustache", try builtin("layouts/catalog.mustache").replacingOccurrences(of: "{{{entryHTML}}}", with: inline))
            try override(site, "layouts/term.mustache", try builtin("layouts/term.mustache").replacingOccurrences(of: "{{{entryHTML}}}", with: inline))
            try override(site, "layouts/home.mustache", try builtin("layouts/home.mustache").replacingOccurrences(of: "{{{entryHTML}}}", with: "{{> entry}}"))
            let themed = folder.appendingPathComponent("themed")
            expectSuccess(buildSite(site, into: themed))
            let before = try fileTree(at: plain), after = try fileTree(at: themed)
            let lists = before.keys.filter { $0.hasSuffix(".html") && ($0.contains("/practices/") || $0.contains("/topics/") || $0.split(separator: "/").count == 2) }
            #expect(lists.count > 10)
            for path in lists { #expect(before[path] == after[path], "\(path) differs") }
        }
    }

    @Test("a theme's own entry partial is what lists print, with the language's words and not the page's keys")
    func ownEntryPartial() throws {
        try withTemporaryFolder("list-entry-own") { folder in
            let site = try copyMiniSite(into: folder)
            try override(site, "partials/entry.mustache", "<li class=\"mine\" data-lang=\"{{lang}}\" data-page=\"{{canonical}}\">{{title}}: {{ui.shortlist_add}}</li>\n")
            let output = folder.appendingPathComponent("out")
            expectSuccess(buildSite(site, into: output))
            let catalog = try String(contentsOf: output.appendingPathComponent("en/practices/index.html"), encoding: .utf8)
            #expect(catalog.contains(#"<li class="mine" data-lang="en" data-page="">Family Club: "#))
            #expect(!catalog.contains("class=\"entry\""))
        }
    }
}
