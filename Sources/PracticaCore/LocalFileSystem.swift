import Foundation

/// The real disk, through FileManager.
public struct LocalFileSystem: FileSystem {
    public init() {}

    public func read(_ path: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: path))
    }

    public func kind(of path: String) -> FileKind? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
        return isDirectory.boolValue ? .directory : .file
    }

    public func list(_ path: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path).filter { !$0.hasPrefix(".") }.sorted()
    }

    public func write(_ data: Data, to path: String) throws {
        try makeDirectory((path as NSString).deletingLastPathComponent)
        try data.write(to: URL(fileURLWithPath: path))
    }

    public func copy(_ source: String, to target: String) throws {
        try makeDirectory((target as NSString).deletingLastPathComponent)
        if kind(of: target) != nil { try remove(target) }
        try FileManager.default.copyItem(atPath: source, toPath: target)
    }

    public func makeDirectory(_ path: String) throws {
        guard !path.isEmpty, kind(of: path) != .directory else { return }
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    public func remove(_ path: String) throws {
        guard kind(of: path) != nil else { return }
        try FileManager.default.removeItem(atPath: path)
    }

    public func move(_ source: String, to target: String) throws {
        try FileManager.default.moveItem(atPath: source, toPath: target)
    }
}
