import Foundation

/// The files that in-place builds of this process put in the output folder, so that a build can remove what it no
/// longer produces without walking tens of thousands of files. Until the first removal the inventory is unknown
/// and the folder is walked; after that, files someone else puts in the folder are left alone.
public final class OutputInventory: @unchecked Sendable {
    private var known: Set<String>?
    private let lock = NSLock()

    public init() {}

    /// Notes a file a build wrote or kept, whether or not that build succeeds: its leftovers are ours to remove.
    func note(_ path: String) { _ = lock.withLock { known?.insert(path) } }

    /// The files to remove when a build produced `produced`; nil when unknown, and the folder must be walked.
    func leftovers(keeping produced: Set<String>) -> [String]? {
        lock.withLock { known.map { $0.subtracting(produced).sorted() } }
    }

    /// What the folder holds now that leftovers are removed.
    func settle(_ present: Set<String>) { lock.withLock { known = present } }
}
