import Foundation
import PracticaBuild
import PracticaCore
import Testing

/// A build with errors reports them and changes nothing; a successful one replaces the output entirely.
@Suite("Failed builds and rebuilds")
struct FailedBuildTests {
    /// Replaces `old` by `new` in a file of the site; the text must be there.
    static func edit(_ site: URL, _ path: String, replacing old: String, with new: String) throws {
        let url = site.appendingPathComponent(path)
        let text = try String(contentsOf: url, encoding: .utf8)
        try #require(text.contains(old), "\(path) has no '\(old)'")
        try text.replacingOccurrences(of: old, with: new).write(to: url, atomically: true, encoding: .utf8)
    }

    @Test("a --base-url that is not an address or a root path is refused before anything is read or written",
          arguments: ["ftp://x.example/", "not-a-url", "https://x y/", "https://"])
    func badBaseURL(baseURL: String) throws {
        try withTemporaryFolder("bad-base-url") { folder in
            let site = try copyMiniSite(into: folder)
            let output = folder.appendingPathComponent("public")
            let report = SiteBuilder(environment: BuildEnvironment(log: .silent))
                .build(BuildOptions(site: site.path, output: output.path, baseURL: baseURL))
            #expect(report.diagnostics.map(\.description) == [
                "--base-url: error: '\(baseURL)' is not a base URL: it must be an http(s) address or start with '/' (for example https://preview.example.org/ or /kb/)"
            ])
            #expect(!FileManager.default.fileExists(atPath: output.path))
        }
    }

    @Test("an unknown topic fails the build with a file:line:col diagnostic and a suggestion")
    func unknownTopicDiagnostic() throws {
        try withTemporaryFolder("unknown-topic") { folder in
            let site = try copyMiniSite(into: folder)
            // moscow-hub is written only in ru, so no translation disagrees with the typo.
            try Self.edit(site, "content/practices/moscow-hub/ru.md", replacing: "topics: [family-support]", with: "topics: [family-suport]")
            let report = buildSite(site, into: folder.appendingPathComponent("public"))
            #expect(!report.succeeded)
            let errors = report.diagnostics.filter { $0.severity == .error }
            #expect(errors.count == 1, "\(errors.map(\.description))")
            let error = try #require(errors.first)
            #expect(error.location.path == "content/practices/moscow-hub/ru.md")
            #expect(error.location.line == 4)
            #expect(error.location.column == 10)
            #expect(error.description.hasPrefix("content/practices/moscow-hub/ru.md:4:10: error: unknown topic 'family-suport'"))
            #expect(error.hint?.contains("family-support") == true)
        }
    }

    @Test("a typo in a translated card is reported where it was written, and the translations' disagreement beside it")
    func typoInTranslation() throws {
        try withTemporaryFolder("typo-translation") { folder in
            let site = try copyMiniSite(into: folder)
            try Self.edit(site, "content/practices/family-club/en.md",
                          replacing: "topics: [family-support, child-protection]", with: "topics: [family-support, child-protecton]")
            let report = buildSite(site, into: folder.appendingPathComponent("public"))
            let errors = report.diagnostics.filter { $0.severity == .error }.map(\.description)
            #expect(errors.contains { $0.hasPrefix("content/practices/family-club/en.md:5:26: error: unknown topic 'child-protecton'") }, "\(errors)")
            #expect(errors.allSatisfy { $0.hasPrefix("content/practices/family-club/") })
        }
    }

    @Test("a failed build leaves a previously built output folder byte for byte unchanged")
    func failedBuildKeepsOutput() throws {
        try withTemporaryFolder("keep-output") { folder in
            let site = try copyMiniSite(into: folder)
            let output = folder.appendingPathComponent("public")
            expectSuccess(buildSite(site, into: output))
            let before = try fileTree(at: output)
            let siblings = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()

            try Self.edit(site, "content/practices/moscow-hub/ru.md", replacing: "topics: [family-support]", with: "topics: [family-suport]")
            try Self.edit(site, "content/pages/about/en.md", replacing: "title: About this site", with: "title: About this site, now changed")
            let report = buildSite(site, into: output)
            #expect(!report.succeeded)
            #expect(report.filesWritten == 0)
            #expect(try fileTree(at: output) == before, "the output changed after a failed build")
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == siblings, "a failed build left files beside the output")
        }
    }

    @Test("a rebuild after deleting a card leaves no page, link or listing of it behind")
    func deletedCardDisappears() throws {
        try withTemporaryFolder("delete-card") { folder in
            let site = try copyMiniSite(into: folder)
            let output = folder.appendingPathComponent("public")
            expectSuccess(buildSite(site, into: output))
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("ru/practices/moscow-hub/index.html").path))

            try FileManager.default.removeItem(at: site.appendingPathComponent("content/practices/moscow-hub"))
            for language in Fixture.languages {
                try Self.edit(site, "content/practices/family-club/\(language).md",
                              replacing: "related: [moscow-hub, haifa-circle]", with: "related: [haifa-circle]")
            }
            expectSuccess(buildSite(site, into: output))
            let tree = try fileTree(at: output)
            #expect(!tree.keys.contains { $0.contains("moscow-hub") }, "files of the deleted card remain")
            let mentions = tree.filter { String(decoding: $0.value, as: UTF8.self).contains("moscow-hub") }.keys.sorted()
            #expect(mentions.isEmpty, "files still mention the deleted card: \(mentions)")
            #expect(entryIDs(in: String(decoding: tree["ru/practices/index.html"] ?? Data(), as: UTF8.self)) == ["family-club", "haifa-circle"])
        }
    }

    @Test("a rebuild after deleting the image beside a card removes its copies")
    func deletedAssetDisappears() throws {
        try withTemporaryFolder("delete-asset") { folder in
            let site = try copyMiniSite(into: folder)
            let output = folder.appendingPathComponent("public")
            expectSuccess(buildSite(site, into: output))
            try FileManager.default.removeItem(at: site.appendingPathComponent("content/practices/family-club/scheme.svg"))
            expectSuccess(buildSite(site, into: output))
            let files = try fileTree(at: output).keys
            #expect(!files.contains { $0.hasSuffix("scheme.svg") })
        }
    }

    @Test("when the new output cannot be moved into place, the previous output stays where it was")
    func failedSwapKeepsOutput() throws {
        try withTemporaryFolder("failed-swap") { folder in
            let output = folder.appendingPathComponent("public")
            expectSuccess(buildSite(Fixture.mini, into: output))
            let before = try fileTree(at: output)
            let environment = BuildEnvironment(fileSystem: SwapFailingFileSystem(), log: .silent)
            let report = SiteBuilder(environment: environment).build(BuildOptions(site: Fixture.mini.path, output: output.path))
            #expect(!report.succeeded, "the injected failure was not reported")
            #expect(FileManager.default.fileExists(atPath: output.path), "the output folder is gone")
            #expect(try fileTree(at: output) == before, "the previous output changed")
        }
    }
}

/// The real disk, except that moving a staged build onto its target fails, as on a full or busy disk.
struct SwapFailingFileSystem: FileSystem {
    let disk = LocalFileSystem()
    func read(_ path: String) throws -> Data { try disk.read(path) }
    func kind(of path: String) -> FileKind? { disk.kind(of: path) }
    func entries(_ path: String) throws -> [String] { try disk.entries(path) }
    func write(_ data: Data, to path: String) throws { try disk.write(data, to: path) }
    func copy(_ source: String, to target: String) throws { try disk.copy(source, to: target) }
    func makeDirectory(_ path: String) throws { try disk.makeDirectory(path) }
    func remove(_ path: String) throws { try disk.remove(path) }
    func move(_ source: String, to target: String) throws {
        if source.contains(".building-"), !source.hasSuffix(".old"), !target.contains(".building-") { throw CocoaError(.fileWriteVolumeReadOnly) }
        try disk.move(source, to: target)
    }
}
