import Foundation
import PracticaCore

/// Parsed documents kept between the builds of one process, by path and digest of the file's bytes:
/// the dev server parses again only the files that changed since the build before.
public final class ParseCache: @unchecked Sendable {
    private struct Entry {
        var digest: UInt64
        var result: ContentReader.ParseResult
    }

    private var entries: [String: Entry] = [:]
    private var reused = 0
    private var parsed = 0
    private let lock = NSLock()

    public init() {}

    /// The digest of each document's bytes as the latest read parsed them, by path relative to the site.
    public var digests: [String: UInt64] { lock.withLock { entries.mapValues(\.digest) } }

    /// How many documents the latest read took from the cache and how many it parsed.
    public var counts: (reused: Int, parsed: Int) { lock.withLock { (reused, parsed) } }

    func result(for path: String, digest: UInt64) -> ContentReader.ParseResult? {
        lock.withLock {
            guard let entry = entries[path], entry.digest == digest else { return nil }
            reused += 1
            return entry.result
        }
    }

    func store(_ result: ContentReader.ParseResult, for path: String, digest: UInt64) {
        lock.withLock {
            parsed += 1
            entries[path] = Entry(digest: digest, result: result)
        }
    }

    /// Drops a path whose file could not be read, so that no digest stands for bytes nobody parsed.
    func forget(_ path: String) { _ = lock.withLock { entries.removeValue(forKey: path) } }

    /// Starts a read: counts from zero.
    func beginRead() { lock.withLock { (reused, parsed) = (0, 0) } }

    /// Ends a read: drops the documents that are gone, so that memory follows the site.
    func endRead(keeping paths: Set<String>) {
        lock.withLock { entries = entries.filter { paths.contains($0.key) } }
    }
}
