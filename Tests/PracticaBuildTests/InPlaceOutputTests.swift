import Foundation
import PracticaBuild
import PracticaCore
import Testing

/// The dev server's output mode: the folder is updated file by file, and only what changed is written.
@Suite("Building in place")
struct InPlaceOutputTests {
    func build(_ site: URL, into output: URL) -> BuildReport {
        var options = BuildOptions(site: site.path, output: output.path)
        options.inPlace = true
        return SiteBuilder(environment: BuildEnvironment(log: .silent)).build(options)
    }

    func modified(_ url: URL) throws -> Date {
        try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date ?? .distantPast
    }

    @Test("a rebuild writes only the files whose bytes changed, and removes the page of a deleted translation")
    func onlyChangesAreWritten() throws {
        try withTemporaryFolder("in-place") { folder in
            let site = try copyMiniSite(into: folder)
            let output = folder.appendingPathComponent("public")
            expectSuccess(build(site, into: output))
            let untouched = output.appendingPathComponent("he/practices/haifa-circle/index.html")
            let edited = output.appendingPathComponent("en/practices/family-club/index.html")
            let before = try modified(untouched)
            Thread.sleep(forTimeInterval: 1.1)  // file times have one-second resolution on some file systems

            let card = site.appendingPathComponent("content/practices/family-club/en.md")
            let text = try String(contentsOf: card, encoding: .utf8)
            try text.replacingOccurrences(of: "title: Family Club", with: "title: Family Club Renamed").write(to: card, atomically: true, encoding: .utf8)
            try FileManager.default.removeItem(at: site.appendingPathComponent("content/practices/family-club/bg.md"))
            expectSuccess(build(site, into: output))

            #expect(try modified(untouched) == before, "an unchanged page is not rewritten")
            #expect(try String(contentsOf: edited, encoding: .utf8).contains("Family Club Renamed"))
            #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("bg/practices/family-club/index.html").path))
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(".practica-output").path))
        }
    }

    @Test("a build with errors writes nothing, in place too")
    func failedBuildWritesNothing() throws {
        try withTemporaryFolder("in-place-failed") { folder in
            let site = try copyMiniSite(into: folder)
            let output = folder.appendingPathComponent("public")
            expectSuccess(build(site, into: output))
            let before = try fileTree(at: output)
            let card = site.appendingPathComponent("content/practices/family-club/en.md")
            let text = try String(contentsOf: card, encoding: .utf8)
            try text.replacingOccurrences(of: "title: Family Club", with: "titel: Family Club").write(to: card, atomically: true, encoding: .utf8)
            #expect(!build(site, into: output).succeeded)
            #expect(try fileTree(at: output) == before)
        }
    }
}
