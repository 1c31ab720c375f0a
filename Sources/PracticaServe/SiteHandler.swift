import FlyingFox
import Foundation

/// What the request handler needs from the server: where the last good build is, and the live-reload hub.
protocol ServedSite: Sendable {
    /// The built site's folder; nil until the server knows it.
    var root: String? { get }
    var hub: EventHub { get }
    /// True when the server listens on loopback only: then requests must name a loopback host.
    var loopbackOnly: Bool { get }
}

/// Answers every request: the live-reload files and socket under /__practica/, otherwise a file of the last good build.
struct SiteHandler: HTTPHandler {
    let site: any ServedSite

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard request.method == .GET || request.method == .HEAD else {
            var response = SiteHandler.text(.methodNotAllowed, "method not allowed\n")
            response.headers[HTTPHeader("Allow")] = "GET, HEAD"
            return response
        }
        // A page on another site can point its own host name at 127.0.0.1 (DNS rebinding) and read the preview,
        // drafts included; only a loopback Host (and, for the socket, Origin) is answered when listening on loopback.
        if site.loopbackOnly, !SiteHandler.isLoopbackHost(request.headers[.host]) {
            return SiteHandler.text(.forbidden, "forbidden: the Host header must be a loopback address\n")
        }
        if site.loopbackOnly, let origin = request.headers[HTTPHeader("Origin")], !SiteHandler.isLoopbackOrigin(origin) {
            return SiteHandler.text(.forbidden, "forbidden: cross-origin request\n")
        }
        let rawPath = request.target.path(percentEncoded: true)
        let response = if rawPath.hasPrefix(LiveReload.prefix) {
            try await handleLiveReload(request, path: rawPath)
        } else {
            await handleFile(request, path: rawPath)
        }
        return request.method == .HEAD ? SiteHandler.headOnly(response) : response
    }

    private func handleLiveReload(_ request: HTTPRequest, path: String) async throws -> HTTPResponse {
        switch path {
        case LiveReload.scriptPath:
            return SiteHandler.ok(LiveReload.script, type: ContentTypes.type(for: path))
        case LiveReload.stylePath:
            return SiteHandler.ok(LiveReload.style, type: ContentTypes.type(for: path))
        case LiveReload.eventsPath where request.headers[.upgrade]?.lowercased() == "websocket":
            return try await WebSocketHTTPHandler.webSocket(site.hub).handleRequest(request)
        case LiveReload.eventsPath, LiveReload.statusPath:
            return SiteHandler.ok(Data(site.hub.status.json.utf8), type: "application/json")
        default:
            return SiteHandler.text(.notFound, "not found\n")
        }
    }

    private func handleFile(_ request: HTTPRequest, path: String) async -> HTTPResponse {
        // Read which build is served before reading the file: a build finishing in between costs one extra reload, never a missed one.
        let status = site.hub.status
        guard let root = site.root else { return placeholder(status) }
        let resolver = PathResolver(root: root)
        var resolution = resolver.resolve(path)
        // A build swaps the old output out and the new one in with two renames; wait out that instant.
        var attempts = 0
        while resolution == .unavailable, status.served != nil, attempts < 50 {
            try? await Task.sleep(for: .milliseconds(5))
            resolution = resolver.resolve(path)
            attempts += 1
        }
        switch resolution {
        case .file(let file):
            if let preview = site.hub.preview(file) { return page(preview, file: file, status: .ok, build: status.served) }
            guard let body = try? Data(contentsOf: URL(fileURLWithPath: file)) else { return notFound(resolver, status) }
            return page(body, file: file, status: .ok, build: status.served)
        case .redirect(let location):
            let query = request.target.query(percentEncoded: true)
            var response = SiteHandler.text(.movedPermanently, "moved\n")
            response.headers[.location] = query.isEmpty ? location : location + "?" + query
            return response
        case .notFound:
            return notFound(resolver, status)
        case .unavailable:
            return placeholder(status)
        case .refused(let reason):
            return SiteHandler.text(.forbidden, "forbidden: \(reason)\n")
        }
    }

    /// The site's own 404.html, with the live-reload tags, under status 404.
    private func notFound(_ resolver: PathResolver, _ status: BuildStatus) -> HTTPResponse {
        if case .file(let file) = resolver.resolve("/404.html"), let body = try? Data(contentsOf: URL(fileURLWithPath: file)) {
            return page(body, file: file, status: .notFound, build: status.served)
        }
        return SiteHandler.text(.notFound, "not found\n")
    }

    /// Before any build has succeeded: a page that shows the errors and reloads once they are fixed.
    private func placeholder(_ status: BuildStatus) -> HTTPResponse {
        page(LiveReload.placeholderPage(), file: "index.html", status: .serviceUnavailable, build: nil)
    }

    private func page(_ body: Data, file: String, status: HTTPStatusCode, build: String?) -> HTTPResponse {
        let type = ContentTypes.type(for: file)
        let bytes = ContentTypes.isHTML(file) ? LiveReload.inject(into: body, build: build) : body
        return HTTPResponse(statusCode: status, headers: SiteHandler.headers(type: type), body: bytes)
    }

    /// `127.0.0.1:8080`, `localhost`, `[::1]:8080`: a loopback name or address, with or without a port.
    static func isLoopbackHost(_ header: String?) -> Bool {
        guard var host = header?.trimmingCharacters(in: .whitespaces).lowercased(), !host.isEmpty else { return false }
        if host.hasPrefix("[") {
            guard let close = host.firstIndex(of: "]") else { return false }
            let rest = host[host.index(after: close)...]
            guard rest.isEmpty || (rest.hasPrefix(":") && rest.dropFirst().allSatisfy(\.isNumber)) else { return false }
            host = String(host[host.index(after: host.startIndex)..<close])
        } else if let colon = host.lastIndex(of: ":") {
            guard host[host.index(after: colon)...].allSatisfy(\.isNumber) else { return false }
            host = String(host[..<colon])
        }
        if host == "localhost" { return true }
        return (try? ListenAddress(host: host))?.isLoopback ?? false
    }

    /// `http://127.0.0.1:8080` or `http://localhost:8080`: a page served from this machine.
    static func isLoopbackOrigin(_ origin: String) -> Bool {
        guard let url = URL(string: origin), let scheme = url.scheme, ["http", "https"].contains(scheme.lowercased()),
            let host = url.host
        else { return false }
        return isLoopbackHost(host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host)
    }

    static func headers(type: String) -> HTTPHeaders {
        var headers = HTTPHeaders()
        headers[.contentType] = type
        headers[.cacheControl] = "no-store"
        headers[HTTPHeader("X-Content-Type-Options")] = "nosniff"
        return headers
    }

    static func ok(_ body: Data, type: String) -> HTTPResponse {
        HTTPResponse(statusCode: .ok, headers: headers(type: type), body: body)
    }

    static func text(_ status: HTTPStatusCode, _ text: String) -> HTTPResponse {
        HTTPResponse(statusCode: status, headers: headers(type: "text/plain; charset=utf-8"), body: Data(text.utf8))
    }

    /// The same response without its body, but with the length the body would have had.
    static func headOnly(_ response: HTTPResponse) -> HTTPResponse {
        guard case .httpBody(let body) = response.payload, let count = body.count else { return response }
        var headers = response.headers
        headers[.contentLength] = String(count)
        return HTTPResponse(version: response.version, statusCode: response.statusCode, headers: headers, body: Data())
    }
}
