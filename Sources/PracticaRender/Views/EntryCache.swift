import Foundation
import Mustache

/// Each practice's list entry in one language, rendered once however many lists show it: at 10,000 practices a
/// practice stands on its catalog page and on about seven term pages, and rendering its entry anew on each
/// was most of the time spent on lists.
///
/// Only the HTML is kept (`entryHTML`: the `entry` partial with its title in an `h2` on lists, `h3` on the home
/// and model pages, rendered with the entry's keys over the language's `ui`, `lang`, `dir` and `root`, not the
/// page's). Keeping each entry's keys as well took 490 MB at 10,000 practices; a `ListEntry` makes them again
/// only for a theme whose list template asks for them.
final class EntryCache: @unchecked Sendable {
    private var html: [EntryHeading: [String: String]] = [:]
    private let lock = NSLock()

    /// The HTML of `id` under `heading`, made by `make` the first time. Two threads may both make it; both make the same.
    func html(_ id: String, heading: EntryHeading, make: () -> String) -> String {
        if let known = lock.withLock({ html[heading]?[id] }) { return known }
        let made = make()
        lock.withLock { html[heading, default: [:]][id] = made }
        return made
    }

    /// Forgets every entry: once the pages are rendered they are only memory.
    func removeAll() { lock.withLock { html = [:] } }
}

/// One entry as a list template sees it: `entryHTML` at once, its other keys (`title`, `href`, the facts, …)
/// made when a template first asks for one.
final class ListEntry: MustacheParent, @unchecked Sendable {
    let entryHTML: String
    private let make: () -> [String: Any]
    private lazy var keys: [String: Any] = make()

    init(entryHTML: String, keys make: @escaping () -> [String: Any]) {
        self.entryHTML = entryHTML
        self.make = make
    }

    func child(named name: String) -> Any? { name == "entryHTML" ? entryHTML : keys[name] }
}

/// The heading an entry's title stands in: `h2` where the list is the page's main content, `h3` under a section.
enum EntryHeading: String, CaseIterable, Sendable {
    case h2, h3

    /// The template that renders the `entry` partial with this heading, registered by `Theme`.
    var template: String { "practica-list-entry-\(rawValue)" }
}
