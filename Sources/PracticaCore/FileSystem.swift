import Foundation

/// The file system as a value, so that stages can be tested on an in-memory tree.
public protocol FileSystem: Sendable {
    /// The bytes of a file.
    func read(_ path: String) throws -> Data
    /// Whether a file or folder exists, and which.
    func kind(of path: String) -> FileKind?
    /// The names in a folder, sorted, hidden ones (starting with `.`) included.
    func entries(_ path: String) throws -> [String]
    /// Writes a file, making its folders.
    func write(_ data: Data, to path: String) throws
    /// Copies a file, making the target's folders.
    func copy(_ source: String, to target: String) throws
    /// Makes a folder and its parents.
    func makeDirectory(_ path: String) throws
    /// Removes a file or folder tree; absent is fine.
    func remove(_ path: String) throws
    /// Renames within one file system, replacing nothing: the target must not exist.
    func move(_ source: String, to target: String) throws
}

/// A file or a folder.
public enum FileKind: Sendable { case file, directory }

extension FileSystem {
    /// The names in a folder, sorted, without hidden ones: editors' tools leave `.DS_Store`, `.git` and swap
    /// files among the sources, and none of them is content.
    public func list(_ path: String) throws -> [String] {
        try entries(path).filter { !$0.hasPrefix(".") }
    }

    /// Every file below `root`, as paths relative to it, in sorted order.
    public func walk(_ root: String) throws -> [String] {
        var result: [String] = []
        func visit(_ relative: String) throws {
            let full = relative.isEmpty ? root : root + "/" + relative
            for name in try list(full) {
                let child = relative.isEmpty ? name : relative + "/" + name
                switch kind(of: root + "/" + child) {
                case .directory: try visit(child)
                case .file: result.append(child)
                case nil: break
                }
            }
        }
        try visit("")
        return result
    }

    /// Writes UTF-8 text.
    public func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }
}
