import Foundation
import PracticaBuild
import PracticaCore
import Testing
@testable import PracticaServe

@Suite("Live-reload injection")
struct InjectionTests {
    @Test("the tags go before the last </body>, as external files")
    func beforeBody() {
        let page = Data("<html><body><p>a</p><!-- </body> in a comment --></BODY>\n</html>\n".utf8)
        let result = String(decoding: LiveReload.inject(into: page, build: "abc-3"), as: UTF8.self)
        let tags = LiveReload.tags(build: "abc-3")
        #expect(result.hasSuffix(tags + "</BODY>\n</html>\n"))
        #expect(result.contains(#"<script src="/__practica/live.js" data-practica-build="abc-3" defer></script>"#))
        #expect(result.contains(#"<link rel="stylesheet" href="/__practica/live.css">"#))
        #expect(!tags.contains("<script>"), "no inline script: pages forbid them")
        #expect(!tags.contains("style="), "no inline style")
    }

    @Test("a page without </body> gets the tags at its end")
    func noBody() {
        let result = String(decoding: LiveReload.inject(into: Data("<p>fragment".utf8), build: nil), as: UTF8.self)
        #expect(result == "<p>fragment" + LiveReload.tags(build: nil))
    }

    @Test("the build id cannot break out of its attribute")
    func buildIDIsSanitized() {
        #expect(LiveReload.tags(build: "x\"><script>alert(1)</script>").contains(#"data-practica-build="xscriptalert1script""#))
    }

    @Test("the served script renders diagnostics as text, never as HTML")
    func scriptUsesTextNodes() {
        let script = String(decoding: LiveReload.script, as: UTF8.self)
        #expect(script.contains("/__practica/events"))
        #expect(script.contains("createTextNode"))
        for forbidden in ["innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", ".style.", "eval("] {
            #expect(!script.contains(forbidden), "live.js uses \(forbidden)")
        }
        #expect(String(decoding: LiveReload.style, as: UTF8.self).contains(".practica-live-overlay"))
    }
}

@Suite("Content types")
struct ContentTypeTests {
    @Test("every kind of file a site holds", arguments: [
        ("index.html", "text/html; charset=utf-8"), ("assets/site.css", "text/css; charset=utf-8"),
        ("assets/js/search-page.js", "text/javascript; charset=utf-8"), ("api/practices.json", "application/json"),
        ("sitemap.xml", "application/xml"), ("en/feed.xml", "application/xml"), ("scheme.svg", "image/svg+xml"),
        ("photo.png", "image/png"), ("photo.JPG", "image/jpeg"), ("photo.jpeg", "image/jpeg"), ("report.pdf", "application/pdf"),
        ("robots.txt", "text/plain; charset=utf-8"), ("a.folder/noextension", "application/octet-stream"),
    ])
    func types(_ path: String, _ type: String) {
        #expect(ContentTypes.type(for: path) == type)
    }
}

@Suite("Listen address")
struct ListenAddressTests {
    @Test("loopback addresses", arguments: ["127.0.0.1", "127.1.2.3", "localhost", "::1", "[::1]", "::ffff:127.0.0.1"])
    func loopback(_ host: String) throws {
        #expect(try ListenAddress(host: host).isLoopback)
    }

    @Test("addresses other machines can reach", arguments: ["0.0.0.0", "::", "192.168.1.10", "10.0.0.1", "fe80::1"])
    func notLoopback(_ host: String) throws {
        #expect(try !ListenAddress(host: host).isLoopback)
    }

    @Test("names other than localhost are refused", arguments: ["example.com", "", "127.0.0.1:80", "1.2.3"])
    func refused(_ host: String) {
        #expect(throws: ServeError.self) { try ListenAddress(host: host) }
    }

    @Test("IPv6 hosts are bracketed in URLs")
    func urlHost() throws {
        #expect(try ListenAddress(host: "::1").urlHost == "[::1]")
        #expect(try ListenAddress(host: "localhost").urlHost == "127.0.0.1")
    }
}

@Suite("Host and Origin checks")
struct HostCheckTests {
    @Test("loopback Host headers", arguments: ["127.0.0.1:8080", "127.0.0.1", "localhost:8080", "LOCALHOST", "[::1]:8080", "[::1]", "127.5.5.5:1"])
    func loopbackHosts(_ host: String) {
        #expect(SiteHandler.isLoopbackHost(host))
    }

    @Test("other Host headers", arguments: ["attacker.example", "attacker.example:8080", "127.0.0.1.attacker.example", "192.168.1.2:8080",
                                             "localhost.attacker.example", "[::1]x", "127.0.0.1:80x", ""])
    func otherHosts(_ host: String) {
        #expect(!SiteHandler.isLoopbackHost(host))
    }

    @Test("origins")
    func origins() {
        #expect(SiteHandler.isLoopbackOrigin("http://127.0.0.1:8080"))
        #expect(SiteHandler.isLoopbackOrigin("http://localhost:8080"))
        #expect(SiteHandler.isLoopbackOrigin("http://[::1]:8080"))
        #expect(!SiteHandler.isLoopbackOrigin("http://attacker.example"))
        #expect(!SiteHandler.isLoopbackOrigin("null"))
        #expect(!SiteHandler.isLoopbackOrigin("file://"))
    }
}

@Suite("Build status")
struct BuildStatusTests {
    @Test("a failed build keeps the previous build served and lists its diagnostics with file:line:col")
    func failedBuild() throws {
        var report = BuildReport()
        report.diagnostics = [
            .warning("card lacks what regions need to plan: cost", at: SourceLocation(path: "content/practices/b/en.md", line: 1, column: 1)),
            .error("unknown topic 'x'", at: SourceLocation(path: "content/practices/a/en.md", line: 5, column: 10), hint: "did you mean 'y'?"),
        ]
        let status = BuildStatus(id: "i-2", report: report, milliseconds: 12, changed: ["content/practices/a/en.md"], previouslyServed: "i-1")
        #expect(!status.ok)
        #expect(status.served == "i-1")
        #expect(status.errors == 1 && status.warnings == 1)
        #expect(status.diagnostics.first?.location == "content/practices/a/en.md:5:10")
        #expect(status.diagnostics.first?.text == "content/practices/a/en.md:5:10: error: unknown topic 'x' (did you mean 'y'?)")
        let decoded = try JSONDecoder().decode(BuildStatus.self, from: Data(status.json.utf8))
        #expect(decoded == status)
    }

    @Test("a successful build is served from then on")
    func successfulBuild() {
        let status = BuildStatus(id: "i-3", report: BuildReport(), milliseconds: 5, changed: [], previouslyServed: "i-1")
        #expect(status.ok && status.served == "i-3")
    }
}

@Suite("Watching")
struct WatcherTests {
    /// Collects what a watcher reports.
    final class Changes: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: Set<String> = []
        private var batches = 0
        func add(_ paths: [String]) { lock.withLock { stored.formUnion(paths); batches += 1 } }
        var paths: Set<String> { lock.withLock { stored } }
        var batchCount: Int { lock.withLock { batches } }
    }

    static func makeSite() throws -> URL {
        let site = try makeTemporaryFolder("watch")
        try FileManager.default.createDirectory(at: site.appendingPathComponent("content/practices/a"), withIntermediateDirectories: true)
        try Data("one".utf8).write(to: site.appendingPathComponent("content/practices/a/en.md"))
        return site
    }

    /// Edits a file, adds a nested folder with a file, adds templates/, and checks each is reported.
    static func exercise(_ site: URL, _ changes: Changes) async throws {
        try Data("two".utf8).write(to: site.appendingPathComponent("content/practices/a/en.md"))
        #expect(await eventually { changes.paths.contains("content/practices/a/en.md") })
        try FileManager.default.createDirectory(at: site.appendingPathComponent("content/practices/b/deep"), withIntermediateDirectories: true)
        try Data("new".utf8).write(to: site.appendingPathComponent("content/practices/b/deep/he.md"))
        #expect(await eventually { changes.paths.contains("content/practices/b/deep/he.md") })
        // A file in a folder that was created after the watch started, written again later.
        try Data("newer".utf8).write(to: site.appendingPathComponent("content/practices/b/deep/he.md"))
        try FileManager.default.createDirectory(at: site.appendingPathComponent("templates/layouts"), withIntermediateDirectories: true)
        try Data("<html>".utf8).write(to: site.appendingPathComponent("templates/layouts/base.mustache"))
        #expect(await eventually { changes.paths.contains("templates/layouts/base.mustache") })
        try FileManager.default.removeItem(at: site.appendingPathComponent("content/practices/a/en.md"))
        #expect(await eventually { changes.paths.contains("content/practices/a/en.md") && changes.batchCount >= 4 })
        #expect(!changes.paths.contains { $0.hasSuffix(".swp") })
    }

    #if canImport(Glibc)
    @Test("inotify sees edits, new nested folders, a new templates/ and deletions")
    func inotify() async throws {
        let site = try Self.makeSite()
        defer { try? FileManager.default.removeItem(at: site) }
        let changes = Changes()
        let watcher = try InotifyWatcher(site: site.path) { changes.add($0) }
        watcher.start()
        defer { watcher.stop() }
        try Data("swap".utf8).write(to: site.appendingPathComponent("content/practices/a/.en.md.swp"))
        try await Self.exercise(site, changes)
    }
    #endif

    @Test("polling sees edits, new nested folders, a new templates/ and deletions")
    func polling() async throws {
        let site = try Self.makeSite()
        defer { try? FileManager.default.removeItem(at: site) }
        let changes = Changes()
        let watcher = PollingWatcher(site: site.path, interval: .milliseconds(100)) { changes.add($0) }
        watcher.start()
        defer { watcher.stop() }
        try Data("swap".utf8).write(to: site.appendingPathComponent("content/practices/a/.en.md.swp"))
        try await Self.exercise(site, changes)
    }

    @Test("the debouncer hands over every path of a burst, each once, in order")
    func debouncer() async throws {
        let changes = Changes()
        let delivered = Changes()
        let debouncer = ChangeDebouncer(delay: .milliseconds(20), queue: DispatchQueue(label: "test")) { batch in
            #expect(batch == batch.sorted())
            #expect(Set(batch).count == batch.count)
            delivered.add(batch)
        }
        for index in 0..<50 {
            debouncer.add(["content/\(index % 10).md"])
            changes.add(["content/\(index % 10).md"])
        }
        #expect(await eventually { delivered.paths == changes.paths })
    }

    @Test("editors' swap and backup files are not worth a rebuild", arguments: [
        ("content/practices/a/.en.md.swp", false), ("content/practices/a/en.md~", false), ("content/practices/a/4913", false),
        ("content/practices/a/.#en.md", false), ("content/practices/a/en.md", true), ("templates/layouts/base.mustache", true),
    ])
    func ignoredNames(_ path: String, _ matters: Bool) {
        #expect(WatchedTree.matters(path) == matters)
    }
}
