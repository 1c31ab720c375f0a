import Foundation
import Mustache

/// Each practice's list entry in one language, rendered once however many lists show it: at 10,000 practices a
/// practice stands on its catalog page and on about seven term pages, and rendering its entry anew on each
/// was most of the time spent on lists.
///
/// Only the HTML is kept (`entryHTML`: the `entry` partial with its title in an `h2` on lists, `h3` on the home
/// and model pages, rendered with the entry's keys over the language's page constants and `dir`, not the
/// page's). Keeping each entry's keys as well took 490 MB at 10,000 practices; a `ListEntry` makes them again
/// only for a theme whose list template asks for them.
///
/// The partial is rendered once with `EntryHeading.marker` in its `entryHeading` block, and each use puts the
/// heading in place of the marker: block text is printed as written, so this is the partial rendered with that
/// heading, for one render instead of one per heading.
final class EntryCache: @unchecked Sendable {
    /// Each entry's HTML cut at the markers, so that filling in a heading only joins the pieces.
    private var pieces: [String: [String]] = [:]
    private let lock = NSLock()

    /// The HTML of `id` under `heading`; `make` renders it with the marker, the first time. Two threads may both
    /// make it; both make the same.
    func html(_ id: String, heading: EntryHeading, make: () -> String) -> String {
        let cut = lock.withLock({ pieces[id] }) ?? {
            let made = EntryHeading.pieces(of: make())
            lock.withLock { pieces[id] = made }
            return made
        }()
        return cut.joined(separator: heading.rawValue)
    }

    /// Forgets every entry: once the pages are rendered they are only memory.
    func removeAll() { lock.withLock { pieces = [:] } }
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

    /// The template that renders the `entry` partial with `marker` as its heading, registered by `Theme`.
    static let template = "practica-list-entry"
    /// Stands in the `entryHeading` block until `fill` puts a heading there: private-use characters around a name
    /// no theme prints.
    static let marker = "\u{E000}practica-entry-heading\u{E000}"
    private static let markerBytes = Array(marker.utf8)

    /// `html` with this heading wherever the marker stands.
    func fill(_ html: String) -> String { Self.pieces(of: html).joined(separator: rawValue) }

    /// `html` cut at every marker: the pieces joined with a heading are the entry under that heading.
    static func pieces(of html: String) -> [String] {
        let marker = markerBytes
        let cut: [String]? = html.utf8.withContiguousStorageIfAvailable { bytes in
            var pieces: [String] = []
            var start = 0, index = 0
            while let found = bytes[index...].firstIndex(of: marker[0]) {
                index = found + 1
                guard found + marker.count <= bytes.count, bytes[found..<(found + marker.count)].elementsEqual(marker) else { continue }
                pieces.append(String(decoding: bytes[start..<found], as: UTF8.self))
                start = found + marker.count
                index = start
            }
            pieces.append(String(decoding: bytes[start...], as: UTF8.self))
            return pieces
        }
        return cut ?? html.components(separatedBy: Self.marker)
    }
}
