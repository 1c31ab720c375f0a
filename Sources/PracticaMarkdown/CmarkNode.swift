import CCmarkGFM

/// A borrowed cmark node: valid only while its `CmarkTree` is alive.
struct CmarkNode {
    let pointer: OpaquePointer

    init(_ pointer: OpaquePointer) { self.pointer = pointer }

    var type: cmark_node_type { cmark_node_get_type(pointer) }

    /// The type's name, the only way to tell extension nodes ("table_cell", "strikethrough") apart:
    /// their type numbers are assigned at registration and not exported.
    var typeName: String { Self.string(cmark_node_get_type_string(pointer)) }

    var isBlock: Bool { type.rawValue & UInt32(CMARK_NODE_TYPE_MASK) == UInt32(CMARK_NODE_TYPE_BLOCK) }

    /// The text of a text, code, code block or HTML node.
    var literal: String { Self.string(cmark_node_get_literal(pointer)) }

    /// A link or image destination, with entities and backslash escapes already decoded by cmark.
    var url: String { Self.string(cmark_node_get_url(pointer)) }

    var headingLevel: Int { Int(cmark_node_get_heading_level(pointer)) }

    /// The line the node starts on, from 1; 0 where cmark keeps no position (some inlines).
    var startLine: Int { Int(cmark_node_get_start_line(pointer)) }

    /// The column the node starts at, from 1; 0 where cmark keeps no position.
    var startColumn: Int { Int(cmark_node_get_start_column(pointer)) }

    /// Moves the children up in place of this node and frees it: a link becomes its text.
    func replaceWithChildren() {
        while let child = cmark_node_first_child(pointer) {
            // A refused move would loop forever; the children are then freed with the node instead.
            guard cmark_node_insert_before(pointer, child) == 1 else { break }
        }
        cmark_node_unlink(pointer)
        cmark_node_free(pointer)
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}
