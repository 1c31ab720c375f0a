import CCmarkGFM
import Foundation

/// One parsed document with the parser that owns its extension list; lives for one `render` call, on one thread.
final class CmarkTree {
    /// No `CMARK_OPT_UNSAFE`: cmark replaces raw HTML with a comment and blanks dangerous URLs itself.
    private static let options = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8

    /// Inline parsing, inside `cmark_parser_finish`, switches the extensions' trigger characters
    /// (`~`, `:`, `w`) on in a process-wide table when it starts and off when it ends, so a parse ending
    /// on one thread silently disables strikethrough and autolinks in one still running on another.
    /// Block parsing and rendering touch no such state and stay parallel.
    private static let finishLock = NSLock()

    private let parser: OpaquePointer
    let root: CmarkNode

    init?(parsing markdown: String) {
        guard let parser = cmark_parser_new(Self.options) else { return nil }
        CmarkExtensions.attach(to: parser)
        var text = markdown
        text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { cmark_parser_feed(parser, $0, bytes.count) }
        }
        guard let root = Self.finishLock.withLock({ cmark_parser_finish(parser) }) else {
            cmark_parser_free(parser)
            return nil
        }
        self.parser = parser
        self.root = CmarkNode(root)
    }

    deinit {
        cmark_node_free(root.pointer)
        cmark_parser_free(parser)
    }

    /// Calls `visit` for every node in document order: containers twice (entering, leaving), leaves once.
    /// cmark's iterator is not recursive, so depth of nesting costs no stack.
    func walk(_ visit: (CmarkNode, _ entering: Bool) -> Void) {
        guard let iterator = cmark_iter_new(root.pointer) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            guard event == CMARK_EVENT_ENTER || event == CMARK_EVENT_EXIT else { return }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            visit(CmarkNode(node), event == CMARK_EVENT_ENTER)
        }
    }

    /// cmark's own HTML, which the extensions attached to this parser help write (tables, task lists…).
    func renderHTML() -> String {
        let extensions = cmark_parser_get_syntax_extensions(parser)
        guard let html = cmark_render_html(root.pointer, Self.options, extensions) else { return "" }
        defer { cmark_get_default_mem_allocator().pointee.free(html) }
        return String(cString: html)
    }
}

/// The GitHub extensions, registered once per process.
enum CmarkExtensions {
    static let names = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// Registration appends to a global list without a lock and aborts when raced;
    /// a `static let` runs its initializer exactly once, however many threads ask.
    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    static func attach(to parser: OpaquePointer) {
        guard registered else { return }
        for name in names {
            if let syntaxExtension = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntaxExtension)
            }
        }
    }
}
