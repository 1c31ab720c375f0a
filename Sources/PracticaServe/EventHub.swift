import FlyingFox
import Foundation

/// Holds the latest build status and every open live-reload socket; sends the status to each on connecting and after every build.
final class EventHub: WSMessageHandler, @unchecked Sendable {
    private let lock = NSLock()
    private var latest: BuildStatus
    private var clients: [UUID: AsyncStream<WSMessage>.Continuation] = [:]
    private var closed = false
    /// Edited pages served in place of their files until the build running now publishes its status.
    private var previews: [String: Data] = [:]

    init(status: BuildStatus) { latest = status }

    var status: BuildStatus { lock.withLock { latest } }

    var clientCount: Int { lock.withLock { clients.count } }

    /// Records `status` and sends it to every open socket; previews end here, since the build wrote its pages.
    func publish(_ status: BuildStatus) {
        let message = WSMessage.text(status.json)
        let targets = lock.withLock {
            latest = status
            previews = [:]
            return Array(clients.values)
        }
        for client in targets { client.yield(message) }
    }

    /// Serves `pages` (file path → bytes) until the next status, and tells open sockets which URL paths show
    /// them, so that only tabs on those pages reload now.
    func showPreviews(_ pages: [String: Data], urlPaths: [String]) {
        guard !pages.isEmpty else { return }
        let message = WSMessage.text(PreviewMessage(pages: urlPaths).json)
        let targets = lock.withLock {
            previews.merge(pages) { _, new in new }
            return Array(clients.values)
        }
        for client in targets { client.yield(message) }
    }

    /// The preview of the file at `path`, if an edit's preview is being served.
    func preview(_ path: String) -> Data? { lock.withLock { previews[path] } }

    /// Closes every socket and refuses new ones: the server is stopping.
    func closeAll() {
        let targets = lock.withLock {
            closed = true
            defer { clients = [:] }
            return Array(clients.values)
        }
        for client in targets {
            client.yield(.close(.goingAway))
            client.finish()
        }
    }

    func makeMessages(for client: AsyncStream<WSMessage>) async throws -> AsyncStream<WSMessage> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<WSMessage>.makeStream(bufferingPolicy: .bufferingNewest(8))
        continuation.onTermination = { [weak self] _ in
            guard let self else { return }
            _ = self.lock.withLock { self.clients.removeValue(forKey: id) }
        }
        let current: BuildStatus? = lock.withLock {
            guard !closed else { return nil }
            clients[id] = continuation
            return latest
        }
        guard let current else {
            continuation.yield(.close(.goingAway))
            continuation.finish()
            return stream
        }
        continuation.yield(.text(current.json))
        // The page sends nothing that matters; drain what it sends, and forget it once it has gone.
        Task {
            for await _ in client {}
            continuation.finish()
        }
        return stream
    }
}
