import Foundation
import PracticaBuild
import PracticaCore
import PracticaRender
import Testing
@testable import PracticaServe
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Servers on copies of the mini site. One at a time: each build uses every core.
@Suite("practica serve", .serialized)
struct ServeTests {
    static let card = "content/practices/family-club/en.md"
    static let page = "en/practices/family-club/"

    @Test("an edit shows up in the served page; a broken edit keeps the last good page and reports file:line:col; fixing it rebuilds")
    func editBreakFix() async throws {
        try await withServer("edit") { running in
            let url = running.url.appendingPathComponent(Self.page)

            let first = try await fetch(url)
            #expect(first.status == 200)
            #expect(first.body.contains("<title>Family Club ·"))
            #expect(first.body.contains(#"<script src="/__practica/live.js" data-practica-build=""#))
            #expect(running.server.status.ok)
            let firstBuild = running.server.status.served

            // 1. A new title. (The build swaps the new pages in a moment before it reports, so wait for both.)
            try running.edit(Self.card) { $0.replacingOccurrences(of: "title: Family Club\n", with: "title: Family Club Renamed\n") }
            #expect(try await eventually { try await fetch(url).body.contains("<title>Family Club Renamed ·") })
            #expect(await eventually { running.server.status.served != firstBuild })
            let goodBuild = running.server.status.served
            #expect(running.log.lines.contains { $0.hasPrefix("rebuilt ") && $0.contains(" ms after content/practices/family-club/en.md") })

            // 2. An unknown topic: the build fails, the page stays, the status says where.
            try running.edit(Self.card) { $0.replacingOccurrences(of: "topics: [family-support,", with: "topics: [family-suport,") }
            #expect(await eventually { !running.server.status.ok })
            let broken = running.server.status
            #expect(broken.served == goodBuild, "the last good build is still served")
            let topic = try #require(broken.diagnostics.first { $0.message.contains("unknown topic 'family-suport'") })
            #expect(topic.location == "content/practices/family-club/en.md:5:10")
            #expect(topic.severity == "error")
            let stillServed = try await fetch(url)
            #expect(stillServed.status == 200)
            #expect(stillServed.body.contains("<title>Family Club Renamed ·"))
            // The same report over HTTP, as tools and the page's script read it.
            let statusJSON = try await fetch(running.url.appendingPathComponent("__practica/status"))
            #expect(statusJSON.headers["content-type"] == "application/json")
            let decoded = try JSONDecoder().decode(BuildStatus.self, from: Data(statusJSON.body.utf8))
            #expect(!decoded.ok && decoded.diagnostics.contains { $0.location == "content/practices/family-club/en.md:5:10" })
            #expect(running.log.lines.contains("content/practices/family-club/en.md:5:10: error: unknown topic 'family-suport' (did you mean 'family-support'?)"))
            #expect(running.log.lines.contains { $0.hasPrefix("build failed in ") && $0.hasSuffix("still serving the last good build") })

            // 3. Fixed: a new good build is served.
            try running.edit(Self.card) {
                $0.replacingOccurrences(of: "topics: [family-suport,", with: "topics: [family-support,")
                    .replacingOccurrences(of: "title: Family Club Renamed\n", with: "title: Family Club Fixed\n")
            }
            #expect(try await eventually { try await fetch(url).body.contains("<title>Family Club Fixed ·") })
            #expect(await eventually { running.server.status.ok })
            #expect(running.server.status.served != goodBuild)
        }
    }

    @Test("the live-reload socket sends the status on connecting and after every build")
    func webSocket() async throws {
        try await withServer("socket") { running in
            let socket = try RawHTTP.connect(port: running.port)
            defer { close(socket) }
            try RawHTTP.send(socket, """
                GET /__practica/events HTTP/1.1\r
                Host: 127.0.0.1:\(running.port)\r
                Upgrade: websocket\r
                Connection: Upgrade\r
                Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r
                Sec-WebSocket-Version: 13\r
                \r

                """)
            var reader = FrameReader(socket: socket)
            let head = try reader.head()
            #expect(head.hasPrefix("HTTP/1.1 101"))
            #expect(head.contains("Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo="))
            let hello = try JSONDecoder().decode(BuildStatus.self, from: reader.textFrame())
            #expect(hello.ok && hello.served == running.server.status.served)
            #expect(await eventually { running.server.liveClients == 1 })

            try running.edit(Self.card) { $0.replacingOccurrences(of: "title: Family Club\n", with: "title: Family Club Socket\n") }
            let preview = try JSONDecoder().decode(PreviewMessage.self, from: reader.textFrame())
            #expect(preview.preview && preview.pages.contains("/" + Self.page), "the edited card's page is named first")
            let next = try JSONDecoder().decode(BuildStatus.self, from: reader.textFrame())
            #expect(next.ok && next.served != hello.served)
            #expect(next.changed.contains(Self.card))

            close(socket)
            #expect(await eventually { running.server.liveClients == 0 }, "a page that goes away is forgotten")
        }
    }

    @Test("headers, HEAD, methods, redirects, 404 page and traversal over the wire")
    func http() async throws {
        try await withServer("http") { running in
            let port = running.port

            for (path, type) in [
                ("/", "text/html; charset=utf-8"), ("/en/practices/family-club/", "text/html; charset=utf-8"),
                ("/assets/site.css", "text/css; charset=utf-8"), ("/sitemap.xml", "application/xml"),
                ("/en/practices/family-club/scheme.svg", "image/svg+xml"), ("/robots.txt", "text/plain; charset=utf-8"),
                (LiveReload.scriptPath, "text/javascript; charset=utf-8"), (LiveReload.stylePath, "text/css; charset=utf-8"),
                (LiveReload.statusPath, "application/json"),
            ] {
                let response = try RawHTTP.request(port: port, path)
                #expect(response.status == 200, "\(path)")
                #expect(response.headers["content-type"] == type, "\(path)")
                #expect(response.headers["cache-control"] == "no-store", "\(path)")
            }
            let js = try RawHTTP.request(port: port, "/assets/js/search-page.js")
            #expect(js.status == 200 && js.headers["content-type"] == "text/javascript; charset=utf-8")

            let missing = try RawHTTP.request(port: port, "/en/no-such-page/")
            #expect(missing.status == 404)
            #expect(missing.headers["content-type"] == "text/html; charset=utf-8")
            let notFoundPage = try String(contentsOfFile: running.server.root! + "/404.html", encoding: .utf8)
            #expect(missing.text == String(decoding: LiveReload.inject(into: Data(notFoundPage.utf8), build: running.server.status.served), as: UTF8.self))

            let redirect = try RawHTTP.request(port: port, "/en/practices?x=1")
            #expect(redirect.status == 301)
            #expect(redirect.headers["location"] == "/en/practices/?x=1")

            let head = try RawHTTP.request(port: port, "/en/", method: "HEAD")
            let get = try RawHTTP.request(port: port, "/en/")
            #expect(head.status == 200 && head.body.isEmpty)
            #expect(head.headers["content-length"] == String(get.body.count))

            let post = try RawHTTP.request(port: port, "/en/", method: "POST", headers: ["Content-Length": "0"])
            #expect(post.status == 405)

            for path in ["/../../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/%252e%252e/etc/passwd", "/..%2f..%2fetc%2fpasswd",
                         "/\\..\\..\\etc\\passwd", "/..\\..\\etc/passwd", "/en/%00", "/.practica-output", "/assets/"] {
                let response = try RawHTTP.request(port: port, path)
                #expect(response.status == 403 || response.status == 404, "\(path) → \(response.status)")
                #expect(!response.text.contains("root:"), "\(path) leaked /etc/passwd")
            }
            #expect(try RawHTTP.request(port: port, "/../etc/passwd").status == 403)
            #expect(try RawHTTP.request(port: port, "/assets/").status == 404, "no listing")
        }
    }

    @Test("on loopback, another site's host name (DNS rebinding) and foreign origins are refused")
    func rebinding() async throws {
        try await withServer("rebinding") { running in
            let port = running.port
            #expect(try RawHTTP.request(port: port, "/en/", headers: ["Host": "localhost:\(port)"]).status == 200)
            let foreign = try RawHTTP.request(port: port, "/en/", headers: ["Host": "attacker.example:\(port)"])
            #expect(foreign.status == 403)
            #expect(!foreign.text.contains("<html"))
            #expect(try RawHTTP.request(port: port, LiveReload.statusPath, headers: ["Host": "127.0.0.1.attacker.example"]).status == 403)
            let socket = try RawHTTP.request(port: port, LiveReload.eventsPath, headers: [
                "Upgrade": "websocket", "Connection": "Upgrade", "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ==",
                "Sec-WebSocket-Version": "13", "Origin": "http://attacker.example",
            ])
            #expect(socket.status == 403)
            #expect(try RawHTTP.request(port: port, "/en/", headers: ["Origin": "http://127.0.0.1:\(port)"]).status == 200)
        }
    }

    @Test("100 concurrent requests all succeed")
    func concurrentRequests() async throws {
        try await withServer("concurrent") { running in
            let paths = ["/", "/en/", "/he/", "/ru/practices/", "/en/practices/family-club/", "/assets/site.css", "/sitemap.xml",
                         "/en/practices/family-club/scheme.svg", "/bg/about/", "/en/models/family-model/"]
            let configuration = URLSessionConfiguration.ephemeral
            configuration.httpMaximumConnectionsPerHost = 100
            configuration.timeoutIntervalForRequest = 30
            let session = URLSession(configuration: configuration)
            let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
                for index in 0..<100 {
                    let url = URL(string: paths[index % paths.count], relativeTo: running.url)!.absoluteURL
                    group.addTask {
                        let (_, response) = try await session.data(from: url)
                        return (response as! HTTPURLResponse).statusCode
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses.count == 100)
            #expect(statuses.allSatisfy { $0 == 200 }, "\(statuses.filter { $0 != 200 })")

            // The same over 100 raw sockets opened at once, each sending before any is read.
            let sockets = try (0..<100).map { _ in try RawHTTP.connect(port: running.port) }
            for socket in sockets {
                try RawHTTP.send(socket, "GET /en/ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
            }
            for socket in sockets {
                let response = try RawHTTP.parse(RawHTTP.receive(socket))
                close(socket)
                #expect(response.status == 200)
            }
        }
    }

    @Test("clients that hang up early do not stop the server")
    func abruptClients() async throws {
        try await withServer("abrupt") { running in
            // A large file, so that the response is still being written when the client goes.
            let large = running.site.appendingPathComponent("content/practices/family-club/large.pdf")
            try Data(repeating: 0x25, count: 8 * 1024 * 1024).write(to: large)
            #expect(await eventually { FileManager.default.fileExists(atPath: running.server.root! + "/en/practices/family-club/large.pdf") })

            for _ in 0..<20 {
                // Sends a request and closes without reading anything.
                let socket = try RawHTTP.connect(port: running.port)
                try RawHTTP.send(socket, "GET /en/practices/family-club/large.pdf HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                close(socket)
            }
            for _ in 0..<5 {
                // Reads the first bytes of the response, then resets the connection.
                let socket = try RawHTTP.connect(port: running.port)
                try RawHTTP.send(socket, "GET /en/practices/family-club/large.pdf HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                _ = RawHTTP.receive(socket, limit: 1000)
                var linger = linger(l_onoff: 1, l_linger: 0)
                setsockopt(socket, SOL_SOCKET, SO_LINGER, &linger, socklen_t(MemoryLayout<linger>.size))
                close(socket)
            }
            for _ in 0..<5 {
                // Connects and says half a request.
                let socket = try RawHTTP.connect(port: running.port)
                try RawHTTP.send(socket, "GET /en/ HT")
                close(socket)
            }
            let after = try RawHTTP.request(port: running.port, "/en/practices/family-club/large.pdf")
            #expect(after.status == 200)
            #expect(after.headers["content-type"] == "application/pdf")
            #expect(after.body.count == 8 * 1024 * 1024)
            #expect(try RawHTTP.request(port: running.port, "/en/").status == 200)
        }
    }

    @Test("a site that never built serves a page that will show the errors, and recovers when fixed")
    func brokenFromTheStart() async throws {
        let site = try copyMiniSite("broken")
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        let card = site.appendingPathComponent(Self.card)
        let original = try String(contentsOf: card, encoding: .utf8)
        try Data(original.replacingOccurrences(of: "topics: [family-support,", with: "topics: [nope,").utf8).write(to: card)
        let log = LogLines()
        let server = DevServer(options: ServeOptions(site: site.path, port: 0, watcher: .polling, pollInterval: .milliseconds(100)), log: log.logger)
        let url = try await server.start()
        try await stopping(server) { () async throws in
            #expect(!server.status.ok && server.status.served == nil)
            #expect(log.lines.contains { $0.hasSuffix("pages show the errors until a build succeeds") })
            let page = try RawHTTP.request(port: UInt16(url.port!), "/en/")
            #expect(page.status == 503)
            #expect(page.text.contains(#"<script src="/__practica/live.js" data-practica-build="" defer></script>"#))

            try Data(original.utf8).write(to: card)
            #expect(await eventually { server.status.ok })
            #expect(try RawHTTP.request(port: UInt16(url.port!), "/en/").status == 200)
        }
    }

    @Test("the output never goes into the site: a temporary folder, removed on stop")
    func privateOutput() async throws {
        let running = try await RunningServer.start("output")
        let root = try #require(running.server.root)
        #expect(!root.hasPrefix(running.site.path))
        #expect(FileManager.default.fileExists(atPath: root + "/index.html"))
        #expect(!FileManager.default.fileExists(atPath: running.site.appendingPathComponent("public").path))
        await running.close()
        #expect(!FileManager.default.fileExists(atPath: root))
    }

    @Test("a port in use, a site without content/, and a host name are refused with a message")
    func startFailures() async throws {
        try await withServer("busy") { running in
            let busy = DevServer(options: ServeOptions(site: running.site.path, port: running.port), log: .silent)
            await #expect(throws: ServeError.self) { try await busy.start() }
            await busy.stop()

            let empty = try makeTemporaryFolder("empty")
            defer { try? FileManager.default.removeItem(at: empty) }
            let noContent = DevServer(options: ServeOptions(site: empty.path, port: 0), log: .silent)
            await #expect(throws: ServeError.self) { try await noContent.start() }

            let named = DevServer(options: ServeOptions(site: running.site.path, host: "example.com", port: 0), log: .silent)
            await #expect(throws: ServeError.self) { try await named.start() }
        }
    }

    @Test("a non-loopback host is served with a warning")
    func nonLoopbackWarning() async throws {
        let site = try copyMiniSite("anyhost")
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        let log = LogLines()
        let server = DevServer(options: ServeOptions(site: site.path, host: "0.0.0.0", port: 0), log: log.logger)
        let url = try await server.start()
        try await stopping(server) { () async throws in
            #expect(log.lines.first?.hasPrefix("warning: listening on 0.0.0.0, not on loopback") == true)
            #expect(try RawHTTP.request(port: UInt16(url.port!), "/").status == 200)
            #expect(try RawHTTP.request(port: UInt16(url.port!), "/", headers: ["Host": "my-laptop.local:\(url.port!)"]).status == 200,
                    "shared on purpose: any host name")
        }
    }

    @Test("while the rebuild after an edit runs, the edited card's page already shows it, and the socket names that page")
    func previewDuringRebuild() async throws {
        /// Holds each rebuild after the first until the test lets it go.
        final class HeldRebuilder: SiteRebuilder, @unchecked Sendable {
            let inner: IncrementalSiteRebuilder
            let gate = DispatchSemaphore(value: 0)
            let lock = NSLock()
            var builds = 0
            init(_ inner: IncrementalSiteRebuilder) { self.inner = inner }
            var outputFolder: String { inner.outputFolder }
            func preview(changed: [String]) -> [OutputFile] { inner.preview(changed: changed) }
            func rebuild(changed: [String]) -> BuildReport {
                if lock.withLock({ () -> Int in builds += 1; return builds }) > 1 { gate.wait() }
                return inner.rebuild(changed: changed)
            }
        }
        let (site, server, url, box) = try await startServer("preview") { HeldRebuilder(IncrementalSiteRebuilder(options: $0)) }
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        try await stopping(server) { () async throws in
            let rebuilder = try #require(box.value as? HeldRebuilder)
            defer { rebuilder.gate.signal() }
            let served = server.status.served
            let card = site.appendingPathComponent(Self.card)
            let text = try String(contentsOf: card, encoding: .utf8)
            try Data(text.replacingOccurrences(of: "title: Family Club\n", with: "title: Family Club Early\n").utf8).write(to: card)
            let page = url.appendingPathComponent(Self.page)
            #expect(try await eventually { try await fetch(page).body.contains("<h1>Family Club Early</h1>") })
            #expect(server.status.served == served, "the rebuild is still held")
            let other = try await fetch(url.appendingPathComponent("en/practices/"))
            #expect(!other.body.contains("Family Club Early"), "other pages wait for the rebuild")
            rebuilder.gate.signal()
            #expect(await eventually { server.status.served != served })
            #expect(try await fetch(url.appendingPathComponent("en/practices/")).body.contains("Family Club Early"))
            #expect(try await fetch(page).body.contains("<h1>Family Club Early</h1>"), "the rebuilt page, now from the disk")
        }
    }

    @Test("an edit that parses but fails against the site is previewed, and its failed rebuild leaves the last good page on disk")
    func previewThenFailedRebuild() async throws {
        try await withServer("preview-fails") { running in
            let served = running.server.status.served
            let page = running.url.appendingPathComponent(Self.page)
            try running.edit(Self.card) {
                $0.replacingOccurrences(of: "title: Family Club\n", with: "title: Family Club Unknown Topic\n")
                    .replacingOccurrences(of: "topics: [family-support,", with: "topics: [family-suport,")
            }
            #expect(await eventually { !running.server.status.ok })
            #expect(running.server.status.served == served, "the broken build is not served")
            #expect(running.server.status.diagnostics.contains { $0.message.contains("family-suport") })
            let body = try await fetch(page).body
            #expect(body.contains("<title>Family Club ·"), "the preview ended with the rebuild; the page on disk is the last good one")
        }
    }

    @Test("the rebuild goes through SiteRebuilder, with the changed paths")
    func customRebuilder() async throws {
        final class Recorder: SiteRebuilder, @unchecked Sendable {
            let inner: FullSiteRebuilder
            let lock = NSLock()
            var calls: [[String]] = []
            init(_ inner: FullSiteRebuilder) { self.inner = inner }
            var outputFolder: String { inner.outputFolder }
            func rebuild(changed: [String]) -> BuildReport {
                lock.withLock { calls.append(changed) }
                return inner.rebuild(changed: changed)
            }
        }
        let (site, server, url, box) = try await startServer("rebuilder") { Recorder(FullSiteRebuilder(options: $0)) }
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        try await stopping(server) { () async throws in
            let recorder = try #require(box.value as? Recorder)
            #expect(recorder.inner.options.baseURL == url.absoluteString, "pages link to the dev server, not to base_url")
            #expect(recorder.inner.options.output?.hasPrefix(site.path) == false)
            #expect(recorder.lock.withLock { recorder.calls } == [[]], "the first build is of everything")
            try Data("changed".utf8).write(to: site.appendingPathComponent("content/pages/about/note.txt"))
            #expect(await eventually { recorder.lock.withLock { recorder.calls.count } == 2 })
            #expect(recorder.lock.withLock { recorder.calls.last } == ["content/pages/about/note.txt"])
        }
    }
}

/// A started server on a copy of the mini site, rebuilding through what `make` returns; the box hands that back.
func startServer(
    _ label: String, _ make: @escaping @Sendable (BuildOptions) -> any SiteRebuilder
) async throws -> (site: URL, server: DevServer, url: URL, box: RecorderBox) {
    let site = try copyMiniSite(label)
    let box = RecorderBox()
    let server = DevServer(options: ServeOptions(site: site.path, port: 0), log: .silent) { options in
        let rebuilder = make(options)
        box.set(rebuilder)
        return rebuilder
    }
    return (site, server, try await server.start(), box)
}

/// Hands the rebuilder a test made inside the factory back to the test.
final class RecorderBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: (any SiteRebuilder)?
    func set(_ value: any SiteRebuilder) { lock.withLock { stored = value } }
    var value: (any SiteRebuilder)? { lock.withLock { stored } }
}

/// Reads a WebSocket handshake response and the server's (unmasked, unfragmented) text frames.
struct FrameReader {
    let socket: Int32
    var buffer = Data()

    init(socket: Int32) { self.socket = socket }

    mutating func fill(_ count: Int) throws {
        var chunk = [UInt8](repeating: 0, count: 4096)
        while buffer.count < count {
            let received = recv(socket, &chunk, chunk.count, 0)
            guard received > 0 else { throw RawHTTP.Failure(description: "the socket closed after \(buffer.count) bytes") }
            buffer.append(contentsOf: chunk[..<received])
        }
    }

    mutating func head() throws -> String {
        let separator = Data("\r\n\r\n".utf8)
        while buffer.range(of: separator) == nil { try fill(buffer.count + 1) }
        let end = buffer.range(of: separator)!
        let head = String(decoding: buffer[..<end.lowerBound], as: UTF8.self)
        buffer = Data(buffer[end.upperBound...])
        return head
    }

    mutating func textFrame() throws -> Data {
        try fill(2)
        let bytes = [UInt8](buffer)
        guard bytes[0] & 0x0f == 1 else { throw RawHTTP.Failure(description: "not a text frame: \(bytes[0])") }
        var length = Int(bytes[1] & 0x7f)
        var offset = 2
        if length == 126 {
            try fill(4)
            let b = [UInt8](buffer)
            length = Int(b[2]) << 8 | Int(b[3])
            offset = 4
        } else if length == 127 {
            try fill(10)
            let b = [UInt8](buffer)
            length = (2..<10).reduce(0) { $0 << 8 | Int(b[$1]) }
            offset = 10
        }
        try fill(offset + length)
        let payload = Data([UInt8](buffer)[offset..<offset + length])
        buffer = Data([UInt8](buffer)[(offset + length)...])
        return payload
    }
}
