import Foundation

/// Each practice's list entry in one language, made once however many lists show it: at 10,000 practices a
/// practice stands on its catalog page and on about seven term pages, and rendering its entry anew on each
/// was most of the time spent on lists.
///
/// The entry keeps its keys, for themes whose lists render the `entry` partial themselves, and adds `entryHTML`:
/// the partial rendered once (as a list's `h2` entry) with the entry's keys over the language's (`ui`, `lang`,
/// `dir`, `root`), not the page's.
final class EntryCache: @unchecked Sendable {
    private var entries: [String: [String: Any]] = [:]
    private let lock = NSLock()

    /// The entry of `id`, made by `make` the first time. Two threads may both make it; both make the same.
    func entry(_ id: String, make: () -> [String: Any]) -> [String: Any] {
        if let known = lock.withLock({ entries[id] }) { return known }
        let made = make()
        lock.withLock { entries[id] = made }
        return made
    }

    /// Forgets every entry: once the pages are rendered they are only memory.
    func removeAll() { lock.withLock { entries = [:] } }
}
