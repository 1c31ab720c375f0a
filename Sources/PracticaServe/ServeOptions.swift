import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `practica serve` was asked to do.
public struct ServeOptions: Sendable {
    /// The site folder, holding content/ and optionally templates/.
    public var site: String
    /// The address to listen on: an IPv4 or IPv6 literal, or `localhost`.
    public var host: String
    /// The port; 0 picks a free one.
    public var port: UInt16
    public var includeDrafts: Bool
    /// Where builds go; nil means a fresh temporary folder, removed when the server stops. Never the site's public/.
    public var output: String?
    public var watcher: WatcherKind
    /// How long the watcher waits after the last change of a burst before it rebuilds.
    public var debounce: Duration
    /// How often the polling watcher looks at modification times and sizes.
    public var pollInterval: Duration

    public init(
        site: String = ".", host: String = "127.0.0.1", port: UInt16 = 8080, includeDrafts: Bool = false,
        output: String? = nil, watcher: WatcherKind = .automatic,
        debounce: Duration = .milliseconds(50), pollInterval: Duration = .milliseconds(300)
    ) {
        self.site = site
        self.host = host
        self.port = port
        self.includeDrafts = includeDrafts
        self.output = output
        self.watcher = watcher
        self.debounce = debounce
        self.pollInterval = pollInterval
    }
}

/// How the server notices edits.
public enum WatcherKind: String, Sendable, CaseIterable {
    /// inotify where the system has it (Linux), polling otherwise or when inotify fails.
    case automatic
    /// Modification times and sizes, every `pollInterval`: for network and container file systems.
    case polling
}

/// The address the server listens on, parsed from `--host`.
public enum ListenAddress: Sendable, Equatable {
    case ip4(String)
    case ip6(String)

    /// `localhost` means 127.0.0.1; anything else must be an IP literal (`[::1]` is accepted for IPv6).
    public init(host: String) throws {
        var text = host.trimmingCharacters(in: .whitespaces)
        if text.lowercased() == "localhost" { text = "127.0.0.1" }
        if text.hasPrefix("["), text.hasSuffix("]") { text = String(text.dropFirst().dropLast()) }
        if ListenAddress.bytes(ip4: text) != nil {
            self = .ip4(text)
        } else if ListenAddress.bytes(ip6: text) != nil {
            self = .ip6(text)
        } else {
            throw ServeError("--host '\(host)' is not an IP address", hint: "use 127.0.0.1 (the default), ::1, or 0.0.0.0 to listen on every interface")
        }
    }

    /// True for 127.0.0.0/8, ::1 and IPv4-mapped loopback: only this machine can connect.
    public var isLoopback: Bool {
        switch self {
        case .ip4(let text):
            return ListenAddress.bytes(ip4: text)?.first == 127
        case .ip6(let text):
            guard let bytes = ListenAddress.bytes(ip6: text) else { return false }
            if bytes == [UInt8](repeating: 0, count: 15) + [1] { return true }
            let mapped = [UInt8](repeating: 0, count: 10) + [0xff, 0xff]
            return Array(bytes.prefix(12)) == mapped && bytes[12] == 127
        }
    }

    /// The host as it goes into a URL: IPv6 in brackets.
    public var urlHost: String {
        switch self {
        case .ip4(let text): text
        case .ip6(let text): "[\(text)]"
        }
    }

    static func bytes(ip4 text: String) -> [UInt8]? {
        var address = in_addr()
        guard inet_pton(AF_INET, text, &address) == 1 else { return nil }
        return withUnsafeBytes(of: &address) { Array($0) }
    }

    static func bytes(ip6 text: String) -> [UInt8]? {
        var address = in6_addr()
        guard inet_pton(AF_INET6, text, &address) == 1 else { return nil }
        return withUnsafeBytes(of: &address) { Array($0) }
    }
}

/// A problem that stops the server from starting, said the way diagnostics are.
public struct ServeError: Error, Sendable, CustomStringConvertible, LocalizedError {
    public var message: String
    public var hint: String?

    public init(_ message: String, hint: String? = nil) {
        self.message = message
        self.hint = hint
    }

    public var description: String { hint.map { "\(message) (\($0))" } ?? message }
    public var errorDescription: String? { description }
}
