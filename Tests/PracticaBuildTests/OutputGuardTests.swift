import Foundation
import PracticaBuild
import PracticaCore
import Testing

/// The output folder is replaced on every build, so the build refuses places whose replacement would lose files.
@Suite("Output guard")
struct OutputGuardTests {
    /// Where the output goes, relative to a folder holding `site/`, and why that is refused.
    static let sourceFolders: [(output: String, reason: String)] = [
        ("site", "the site folder"),
        ("site/", "the site folder, with a trailing slash"),
        ("site/content", "content/"),
        ("site/content/../content/", "content/, spelled another way"),
        ("site/templates", "templates/"),
        (".", "the folder holding the site"),
        ("..", "an ancestor two levels up"),
    ]

    /// Builds the mini site (with a templates/ folder) held in `outer/holder/site` into `output`,
    /// and checks that the build was refused and that no file below `outer` changed.
    static func expectRefused(_ output: String, reason: String, message: String? = nil, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        try withTemporaryFolder("guard") { outer in
            let folder = outer.appendingPathComponent("holder")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let site = try copyMiniSite(into: folder)
            try FileManager.default.createDirectory(at: site.appendingPathComponent("templates/layouts"), withIntermediateDirectories: true)
            try "<p>override</p>".write(to: site.appendingPathComponent("templates/layouts/note.mustache"), atomically: true, encoding: .utf8)
            try "keep me".write(to: folder.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
            let before = try fileTree(at: outer)
            let target = folder.appendingPathComponent(output).path + (output.hasSuffix("/") ? "/" : "")

            let report = buildSite(site, into: URL(fileURLWithPath: target))
            #expect(!report.succeeded, "\(reason) was accepted as output", sourceLocation: sourceLocation)
            if let message {
                #expect(report.diagnostics.contains { $0.severity == .error && $0.message.hasPrefix(message) },
                        "\(report.diagnostics.map(\.description))", sourceLocation: sourceLocation)
            }
            #expect(report.filesWritten == 0, sourceLocation: sourceLocation)
            let after = try fileTree(at: outer)
            let changed = Set(before.keys).union(after.keys).filter { before[$0] != after[$0] }.sorted()
            #expect(changed.isEmpty, "building into \(reason) changed \(changed)", sourceLocation: sourceLocation)
        }
    }

    @Test("the build refuses an output folder that is the site's, its sources', or holds them, and touches nothing",
          arguments: sourceFolders)
    func refusesSourceFolders(output: String, reason: String) throws {
        try Self.expectRefused(output, reason: reason, message: "refusing to write the site into")
    }

    @Test("the build refuses / as the output folder")
    func refusesRoot() throws {
        // The site here is empty, so that even a broken guard would stop at loading and write nothing.
        try withTemporaryFolder("guard-root") { site in
            let report = SiteBuilder(environment: BuildEnvironment(log: .silent)).build(BuildOptions(site: site.path, output: "/"))
            #expect(!report.succeeded)
            let messages = report.diagnostics.map(\.message)
            #expect(messages == ["refusing to write the site into '/'"])
            let left = try FileManager.default.contentsOfDirectory(atPath: site.path)
            #expect(left.isEmpty)
        }
    }

    /// Builds into a folder holding `files` (path → text) that no build wrote: the build is refused and nothing
    /// beside or in the folder changes.
    static func expectForeignRefused(_ files: [String: String], label: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        try withTemporaryFolder(label) { outer in
            let foreign = outer.appendingPathComponent("foreign")
            for (path, text) in files {
                let url = foreign.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try text.write(to: url, atomically: true, encoding: .utf8)
            }
            let before = try fileTree(at: outer)
            let report = buildSite(Fixture.mini, into: foreign)
            #expect(
                report.diagnostics.map(\.message) == ["refusing to replace '\(foreign.path)': it is not empty and was not written by practica"],
                sourceLocation: sourceLocation)
            #expect(try fileTree(at: outer) == before, sourceLocation: sourceLocation)
        }
    }

    @Test("the build refuses a non-empty folder that no build wrote, and touches nothing in it")
    func refusesForeignFolder() throws {
        try Self.expectForeignRefused([".profile": "dotfiles", "notes.txt": "keep me"], label: "guard-foreign")
    }

    @Test("the build refuses a folder that holds only hidden files, such as a publishing checkout's .git")
    func refusesFolderOfHiddenFiles() throws {
        try Self.expectForeignRefused([".git/HEAD": "ref: refs/heads/main", ".nojekyll": ""], label: "guard-hidden")
    }

    @Test("the build refuses a folder of sources as the output", arguments: [
        ("site/content/practices", "the practices folder"),
        ("site/templates/layouts", "a template folder"),
        ("site/content/pages/about", "a page's folder"),
    ])
    func refusesForeignFolders(output: String, reason: String) throws {
        try Self.expectRefused(output, reason: reason, message: "refusing to write the site into")
    }

    @Test("the build refuses an existing file, or a new folder inside content/ or templates/, as the output",
          arguments: [
              ("site/content/taxonomies.yml", "a source file"),
              ("site/content/practices/family-club/en.md", "a card"),
              ("notes.txt", "a file beside the site"),
              ("site/content/practices/new-output", "a new folder among the practices"),
              ("site/templates/new-output", "a new folder among the templates"),
          ])
    func refusesFilesAndFoldersInsideSources(output: String, reason: String) throws {
        try Self.expectRefused(output, reason: reason)
    }

    @Test("an output folder beside content/, like the default public/, is accepted and rebuilt in place")
    func acceptsPublic() throws {
        try withTemporaryFolder("guard-public") { folder in
            let site = try copyMiniSite(into: folder)
            let options = BuildOptions(site: site.path)
            expectSuccess(SiteBuilder(environment: BuildEnvironment(log: .silent)).build(options))
            #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("public/en/index.html").path))
            expectSuccess(SiteBuilder(environment: BuildEnvironment(log: .silent)).build(options))
        }
    }

    @Test("an existing empty folder is accepted as output")
    func acceptsEmptyFolder() throws {
        try withTemporaryFolder("guard-empty") { folder in
            let output = folder.appendingPathComponent("empty")
            try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
            expectSuccess(buildSite(Fixture.mini, into: output))
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("en/index.html").path))
        }
    }
}
