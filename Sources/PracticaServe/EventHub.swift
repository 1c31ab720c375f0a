import FlyingFox
import Foundation

/// Holds the latest build status and every open live-reload socket; sends the status to each on connecting and after every build.
final class EventHub: WSMessageHandler, @unchecked Sendable {
    private let lock = NSLock()
    private var latest: BuildStatus
    private var clients: [UUID: AsyncStream<WSMessage>.Continuation] = [:]
    private var closed = false

    init(status: BuildStatus) { latest = status }

    var status: BuildStatus { lock.withLock { latest } }

    var clientCount: Int { lock.withLock { clients.count } }

    /// Records `status` and sends it to every open socket.
    func publish(_ status: BuildStatus) {
        let message = WSMessage.text(status.json)
        let targets = lock.withLock {
            latest = status
            return Array(clients.values)
        }
        for client in targets { client.yield(message) }
    }

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
