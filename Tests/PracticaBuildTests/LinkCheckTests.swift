import Foundation
import PracticaBuild
import PracticaCore
import Testing

/// The build warns about links between pages of the site that lead nowhere, at the line of the link.
@Suite("Link checks in a build")
struct LinkCheckTests {
    @Test("a card's link to a misspelt practice is a warning at its line and column, and the build still succeeds")
    func brokenLinkBetweenCards() throws {
        try withTemporaryFolder("link-check") { folder in
            let site = try copyMiniSite(into: folder)
            let card = site.appendingPathComponent("content/practices/moscow-hub/ru.md")
            let text = try String(contentsOf: card, encoding: .utf8)
            let line = text.split(separator: "\n", omittingEmptySubsequences: false).count
            try (text + "См. [клуб](../family-clab/) и [клуб](../family-club/).\n").write(to: card, atomically: true, encoding: .utf8)
            let report = buildSite(site, into: folder.appendingPathComponent("public"))
            expectSuccess(report)
            #expect(report.diagnostics.filter { $0.message.contains("leads to no") }.map(\.description) == [
                "content/practices/moscow-hub/ru.md:\(line):5: warning: link to '../family-clab/' leads to no page of this site (did you mean '../family-club/'?)"
            ])
        }
    }
}
