import Foundation
import PracticaCore
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

/// The mini site of the build tests, read in place: copy it before changing anything.
enum Fixture {
    static var mini: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("PracticaBuildTests/Fixtures/mini")
    }
}

/// A fresh folder below the system's temporary folder, with symbolic links resolved.
func makeTemporaryFolder(_ label: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("practica-servetests-\(label)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url.resolvingSymlinksInPath()
}

/// A copy of the mini site that a test may edit.
func copyMiniSite(_ label: String) throws -> URL {
    let folder = try makeTemporaryFolder(label)
    let site = folder.appendingPathComponent("site")
    try FileManager.default.copyItem(at: Fixture.mini, to: site)
    return site
}

/// Collects the server's log lines.
final class LogLines: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String] = []
    var logger: Logger { Logger { [self] line in lock.withLock { stored.append(line) } } }
    var lines: [String] { lock.withLock { stored } }
}

/// A running dev server on a free loopback port, on a copy of the mini site, stopped and removed by `close()`.
struct RunningServer {
    let server: DevServer
    let site: URL
    let url: URL
    let log: LogLines
    var port: UInt16 { UInt16(url.port!) }

    static func start(_ label: String, watcher: WatcherKind = .automatic) async throws -> RunningServer {
        let site = try copyMiniSite(label)
        let log = LogLines()
        let server = DevServer(options: ServeOptions(site: site.path, port: 0, watcher: watcher), log: log.logger)
        let url = try await server.start()
        return RunningServer(server: server, site: site, url: url, log: log)
    }

    func close() async {
        await server.stop()
        try? FileManager.default.removeItem(at: site.deletingLastPathComponent())
    }

    /// Rewrites a file of the site through a closure.
    func edit(_ relative: String, _ change: (String) -> String) throws {
        let file = site.appendingPathComponent(relative)
        let text = try String(contentsOf: file, encoding: .utf8)
        try Data(change(text).utf8).write(to: file)
    }
}

/// Starts a server on a copy of the mini site, runs `body`, and stops the server and removes the copy, whatever happened.
func withServer(_ label: String, watcher: WatcherKind = .automatic, _ body: (RunningServer) async throws -> Void) async throws {
    let running = try await RunningServer.start(label, watcher: watcher)
    do {
        try await body(running)
    } catch {
        await running.close()
        throw error
    }
    await running.close()
}

/// Runs `body`, then stops `server` (awaited, so that its temporary folder is gone), whether or not `body` threw.
func stopping(_ server: DevServer, _ body: () async throws -> Void) async throws {
    do {
        try await body()
    } catch {
        await server.stop()
        throw error
    }
    await server.stop()
}

/// Polls `condition` every 50 ms until it holds or `seconds` have passed; returns whether it held.
/// The bound is generous because a loaded CI machine can take seconds per rebuild; it is a wait, not a timing check.
func eventually(within seconds: Double = 60, _ condition: () async throws -> Bool) async rethrows -> Bool {
    let deadline = ContinuousClock.now + .milliseconds(Int(seconds * 1000))
    while ContinuousClock.now < deadline {
        if try await condition() { return true }
        try? await Task.sleep(for: .milliseconds(50))
    }
    return try await condition()
}

/// A page through URLSession, as a browser-like client sees it.
func fetch(_ url: URL) async throws -> (status: Int, body: String, headers: [String: String]) {
    var request = URLRequest(url: url)
    request.cachePolicy = .reloadIgnoringLocalCacheData
    let (data, response) = try await URLSession.shared.data(for: request)
    let http = response as! HTTPURLResponse
    var headers: [String: String] = [:]
    for (key, value) in http.allHeaderFields { headers[String(describing: key).lowercased()] = String(describing: value) }
    return (http.statusCode, String(decoding: data, as: UTF8.self), headers)
}

#if canImport(Glibc)
private let systemConnect = Glibc.connect
private let systemSend = Glibc.send
private let noSignal = Int32(MSG_NOSIGNAL)
#else
private let systemConnect = Darwin.connect
private let systemSend = Darwin.send
private let noSignal: Int32 = 0
#endif

/// A minimal blocking HTTP/1.1 client over a socket: sends the request target exactly as given
/// (URLSession would normalise `..` away), reads until the server closes.
struct RawHTTP {
    struct Response {
        var status: Int
        var headers: [String: String]
        var body: Data
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// A connected loopback TCP socket with 10-second send and receive timeouts.
    static func connect(port: UInt16) throws -> Int32 {
        #if canImport(Glibc)
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0 else { throw Failure(description: "socket: \(errno)") }
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { systemConnect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else {
            close(descriptor)
            throw Failure(description: "connect: \(errno)")
        }
        return descriptor
    }

    static func send(_ descriptor: Int32, _ text: String) throws {
        let bytes = Array(text.utf8)
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { systemSend(descriptor, $0.baseAddress, $0.count, noSignal) }
            guard count > 0 else { throw Failure(description: "send: \(errno)") }
            sent += count
        }
    }

    /// Reads up to `limit` bytes, or until the server closes.
    static func receive(_ descriptor: Int32, limit: Int = .max) -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 16 * 1024)
        while data.count < limit {
            let count = recv(descriptor, &buffer, min(buffer.count, limit - data.count), 0)
            guard count > 0 else { break }
            data.append(contentsOf: buffer[..<count])
        }
        return data
    }

    static func request(port: UInt16, _ target: String, method: String = "GET", headers: [String: String] = [:]) throws -> Response {
        let descriptor = try connect(port: port)
        defer { close(descriptor) }
        var text = "\(method) \(target) HTTP/1.1\r\nConnection: close\r\n"
        if headers["Host"] == nil { text += "Host: 127.0.0.1:\(port)\r\n" }
        for (name, value) in headers { text += "\(name): \(value)\r\n" }
        try send(descriptor, text + "\r\n")
        return try parse(receive(descriptor))
    }

    static func parse(_ data: Data) throws -> Response {
        let separator = Data("\r\n\r\n".utf8)
        guard let end = data.range(of: separator) else { throw Failure(description: "no response head in \(data.count) bytes") }
        let head = String(decoding: data[..<end.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        let statusLine = head[0].split(separator: " ")
        guard statusLine.count >= 2, let status = Int(statusLine[1]) else { throw Failure(description: "bad status line \(head[0])") }
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Response(status: status, headers: headers, body: Data(data[end.upperBound...]))
    }
}
