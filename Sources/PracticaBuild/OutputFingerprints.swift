import Foundation

/// The fingerprint of each file a build wrote, by path below the output folder, kept between the builds of one
/// process: a page whose fingerprint has not changed, and whose file is still there, need not be made again.
public final class OutputFingerprints: @unchecked Sendable {
    private var stored: [String: UInt64] = [:]
    private let lock = NSLock()

    public init() {}

    /// How many files have a fingerprint.
    public var count: Int { lock.withLock { stored.count } }

    /// The fingerprint recorded for `path`, if any.
    public func fingerprint(of path: String) -> UInt64? { lock.withLock { stored[path] } }

    func matches(_ path: String, _ fingerprint: UInt64) -> Bool { lock.withLock { stored[path] == fingerprint } }

    /// Records what the file at `path` now holds; call it only once the file is written.
    func record(_ path: String, _ fingerprint: UInt64) { lock.withLock { stored[path] = fingerprint } }

    /// Forgets `path` before its file is rewritten, so that a failed write leaves no fingerprint behind.
    func forget(_ path: String) { _ = lock.withLock { stored.removeValue(forKey: path) } }
}
