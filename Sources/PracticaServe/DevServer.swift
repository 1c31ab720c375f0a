import FlyingFox
import FlyingSocks
import Foundation
import PracticaBuild
import PracticaCore
import PracticaRender
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `practica serve`: builds the site into a private folder, serves it over HTTP, rebuilds when content/ or
/// templates/ change, and tells open pages to reload (or to show the errors of a broken build) over a WebSocket.
///
///     let server = DevServer(options: ServeOptions(site: "mysite", port: 0))
///     let url = try await server.start()   // built once, listening, watching
///     …
///     await server.stop()
public final class DevServer: ServedSite, @unchecked Sendable {
    public let options: ServeOptions
    let log: Logger
    private let makeRebuilder: @Sendable (BuildOptions) -> any SiteRebuilder
    let hub: EventHub
    /// This run of the server, so that build ids never repeat across restarts.
    private let instance = String(UUID().uuidString.prefix(8)).lowercased()
    /// Rebuilds run here one at a time; changes that come during one wait for the next.
    private let buildQueue = DispatchQueue(label: "practica.serve.build")

    private let lock = NSLock()
    private var server: HTTPServer?
    private var serverTask: Task<Void, any Error>?
    private var rebuilder: (any SiteRebuilder)?
    private var watcher: (any FileWatcher)?
    private var debouncer: ChangeDebouncer?
    private var temporaryFolder: String?
    private var builds = 0
    private var listeningURL: URL?
    private var listensOnLoopback = true
    private var stopped = false
    let printedWarnings = PrintedWarnings()

    /// `makeRebuilder` gets the build options (site, private output folder, drafts, and the server's URL as base URL);
    /// the default rebuilds incrementally. `log` gets the URL, a line per rebuild and the diagnostics.
    public init(
        options: ServeOptions, log: Logger = .standardError,
        makeRebuilder: @escaping @Sendable (BuildOptions) -> any SiteRebuilder = { IncrementalSiteRebuilder(options: $0) }
    ) {
        self.options = options
        self.log = log
        self.makeRebuilder = makeRebuilder
        hub = EventHub(status: .starting(id: "\(instance)-0"))
    }

    /// The server's address once it has started, such as http://127.0.0.1:8080/.
    public var url: URL? { lock.withLock { listeningURL } }
    /// The latest build's outcome.
    public var status: BuildStatus { hub.status }
    /// The folder being served.
    public var root: String? { lock.withLock { rebuilder?.outputFolder } }
    /// How many pages have the live-reload socket open.
    public var liveClients: Int { hub.clientCount }
    /// True unless --host made the server reachable from other machines.
    var loopbackOnly: Bool { lock.withLock { listensOnLoopback } }
    /// How the server notices edits: "inotify" or "polling" (nil before start).
    public var watcherName: String? { lock.withLock { watcher?.name } }

    /// Listens, builds once, starts watching; returns the URL. Throws when the site has no content/ folder,
    /// the host is not an IP address, or the port cannot be bound. A first build with errors does not throw:
    /// pages show the errors until they are fixed.
    @discardableResult
    public func start() async throws -> URL {
        let site = options.site
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: site + "/content", isDirectory: &isFolder), isFolder.boolValue else {
            throw ServeError("no content/ folder in '\(site)'", hint: "run practica serve in a site folder, or pass --site DIR")
        }
        let address = try ListenAddress(host: options.host)
        lock.withLock { listensOnLoopback = address.isLoopback }
        if !address.isLoopback {
            log("warning: listening on \(options.host), not on loopback: anyone who can reach this machine can read the site, drafts included")
        }
        let server: HTTPServer
        switch address {
        case .ip4(let host):
            server = HTTPServer(address: try sockaddr_in.inet(ip4: host, port: options.port), timeout: 30, logger: .disabled, handler: SiteHandler(site: self))
        case .ip6(let host):
            server = HTTPServer(address: try sockaddr_in6.inet6(ip6: host, port: options.port), timeout: 30, logger: .disabled, handler: SiteHandler(site: self))
        }
        let port = try await listen(server)
        let url = URL(string: "http://\(address.urlHost):\(port)/")!

        let output: String
        if let chosen = options.output {
            output = chosen
        } else {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("practica-serve-\(instance)").path
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            lock.withLock { temporaryFolder = folder }
            output = folder + "/site"
        }
        var buildOptions = BuildOptions(site: site, output: output, includeDrafts: options.includeDrafts, baseURL: url.absoluteString)
        // The private folder is updated file by file: rewriting every file on each edit cost more than the build.
        buildOptions.inPlace = true
        lock.withLock {
            rebuilder = makeRebuilder(buildOptions)
            listeningURL = url
        }

        // Watching starts first: an edit saved during the first build queues a rebuild behind it.
        let watcher = makeWatcher()
        lock.withLock { self.watcher = watcher }
        watcher.start()
        await withCheckedContinuation { continuation in
            buildQueue.async {
                self.rebuild(changed: [])
                continuation.resume()
            }
        }
        log("serving \(url.absoluteString) (watching content/ and templates/ with \(watcher.name); Ctrl-C stops)")
        return url
    }

    /// Binds and starts the HTTP server; returns the port it listens on.
    private func listen(_ server: HTTPServer) async throws -> UInt16 {
        let failure = Failure()
        let task = Task {
            do { try await server.run() } catch {
                failure.set(error)
                throw error
            }
        }
        lock.withLock {
            self.server = server
            serverTask = task
        }
        // run() throws at once when the address cannot be bound; otherwise the server soon listens.
        let deadline = ContinuousClock.now + .seconds(60)  // a loaded machine may take seconds to schedule the listener
        while ContinuousClock.now < deadline {
            if await server.isListening, let address = await server.listeningAddress {
                switch address {
                case .ip4(_, let port), .ip6(_, let port): return port
                case .unix: throw ServeError("unexpected Unix socket address")
                }
            }
            if let error = failure.error {
                throw ServeError("cannot listen on \(options.host):\(options.port): \(error.localizedDescription)",
                    hint: "is another server using the port? choose another with --port")
            }
            try await Task.sleep(for: .milliseconds(5))
        }
        throw ServeError("the server did not start listening on \(options.host):\(options.port)")
    }

    private func makeWatcher() -> any FileWatcher {
        let debouncer = ChangeDebouncer(delay: options.debounce, queue: buildQueue) { [weak self] changed in
            self?.rebuild(changed: changed)
        }
        lock.withLock { self.debouncer = debouncer }
        let onChange: @Sendable ([String]) -> Void = { paths in debouncer.add(paths) }
        #if canImport(Glibc)
        if options.watcher == .automatic {
            do {
                return try InotifyWatcher(site: options.site, onChange: onChange)
            } catch {
                log("warning: \(error); watching by polling every \(Self.milliseconds(options.pollInterval)) ms instead")
            }
        }
        #endif
        return PollingWatcher(site: options.site, interval: options.pollInterval, onChange: onChange)
    }

    /// Rebuilds now, on the calling thread, publishes the outcome to open pages and logs it.
    /// The watcher calls it on the build queue; the rebuilds of one server never overlap.
    @discardableResult
    func rebuild(changed: [String]) -> BuildStatus {
        guard let rebuilder = lock.withLock({ stopped ? nil : rebuilder }) else { return hub.status }
        let number = lock.withLock {
            builds += 1
            return builds
        }
        let clock = ContinuousClock()
        let start = clock.now
        if !changed.isEmpty { showPreviews(rebuilder.preview(changed: changed), root: rebuilder.outputFolder) }
        let report = rebuilder.rebuild(changed: changed)
        let elapsed = clock.now - start
        let status = BuildStatus(
            id: "\(instance)-\(number)", report: report, milliseconds: Self.milliseconds(elapsed), changed: changed,
            previouslyServed: hub.status.served)
        hub.publish(status)
        logOutcome(status, first: changed.isEmpty && number == 1, report: report)
        return status
    }

    /// Serves edited cards' pages at once, and reloads the tabs showing them, while the rebuild runs.
    private func showPreviews(_ pages: [OutputFile], root: String) {
        guard !pages.isEmpty else { return }
        let files = Dictionary(pages.map { (root + "/" + $0.path, $0.bytes) }) { _, last in last }
        let urlPaths = pages.flatMap { page in
            ["/" + page.path] + (page.path.hasSuffix("/index.html") ? ["/" + page.path.dropLast("index.html".count)] : [])
        }
        hub.showPreviews(files, urlPaths: urlPaths)
    }

    /// Stops watching, closes the live-reload sockets, waits for a running build, stops listening
    /// and removes the temporary output folder.
    public func stop() async {
        let (watcher, server, task, temporary): ((any FileWatcher)?, HTTPServer?, Task<Void, any Error>?, String?) = lock.withLock {
            stopped = true
            return (self.watcher, self.server, serverTask, temporaryFolder)
        }
        watcher?.stop()
        await withCheckedContinuation { continuation in buildQueue.async { continuation.resume() } }
        hub.closeAll()
        // FlyingFox's accept loop only ends when cancelled, so a long grace period would only delay the exit.
        await server?.stop(timeout: 0.1)
        task?.cancel()
        _ = await task?.result
        if let temporary { try? FileManager.default.removeItem(atPath: temporary) }
    }

    /// For the command line: starts, serves until Ctrl-C (SIGINT) or SIGTERM, then stops cleanly.
    /// A second Ctrl-C while stopping quits at once.
    public static func serve(_ options: ServeOptions, log: Logger = .standardError) throws {
        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        let server = DevServer(options: options, log: log)
        let done = DispatchSemaphore(value: 0)
        let failure = Failure()
        let signals = [SIGINT, SIGTERM].map { number in
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                if failure.interrupt() { exit(130) }
                done.signal()
            }
            source.resume()
            return source
        }
        Task {
            do { try await server.start() } catch {
                failure.set(error)
                done.signal()
            }
        }
        done.wait()
        let stopped = DispatchSemaphore(value: 0)
        Task {
            await server.stop()
            stopped.signal()
        }
        stopped.wait()
        signals.forEach { $0.cancel() }
        if let error = failure.error { throw error }
        log("stopped")
    }

    /// What the signal handler and the start task share.
    private final class Failure: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: (any Error)?
        private var interrupts = 0

        var error: (any Error)? { lock.withLock { stored } }
        func set(_ error: any Error) { lock.withLock { stored = error } }
        /// Counts a Ctrl-C; true from the second on.
        func interrupt() -> Bool {
            lock.withLock {
                interrupts += 1
                return interrupts > 1
            }
        }
    }
}
