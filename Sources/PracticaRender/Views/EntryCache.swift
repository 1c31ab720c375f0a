import Foundation

/// Each practice's list entry in one language, made once however many lists show it: at 10,000 practices a
/// practice stands on its catalog page and on about seven term pages, and rendering its entry anew on each
/// was most of the time spent on lists.
///
/// The entry keeps its keys, for themes whose lists render the `entry` partial themselves, and adds `entryHTML`:
/// the partial rendered once (with its title in an `h2` on lists, `h3` on the home and model pages) with the
/// entry's keys over the language's (`ui`, `lang`, `dir`, `root`), not the page's.
final class EntryCache: @unchecked Sendable {
    private var entries: [EntryHeading: [String: [String: Any]]] = [:]
    private let lock = NSLock()

    /// The entry of `id` under `heading`, made by `make` the first time. Two threads may both make it; both make the same.
    func entry(_ id: String, heading: EntryHeading, make: () -> [String: Any]) -> [String: Any] {
        if let known = lock.withLock({ entries[heading]?[id] }) { return known }
        let made = make()
        lock.withLock { entries[heading, default: [:]][id] = made }
        return made
    }

    /// Forgets every entry: once the pages are rendered they are only memory.
    func removeAll() { lock.withLock { entries = [:] } }
}

/// The heading an entry's title stands in: `h2` where the list is the page's main content, `h3` under a section.
enum EntryHeading: String, CaseIterable, Sendable {
    case h2, h3

    /// The template that renders the `entry` partial with this heading, registered by `Theme`.
    var template: String { "practica-list-entry-\(rawValue)" }
}
