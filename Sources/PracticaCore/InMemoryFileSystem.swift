import Foundation

/// A file tree in memory, for tests: paths are plain strings, folders are implied by files.
public final class InMemoryFileSystem: FileSystem, @unchecked Sendable {
    private var files: [String: Data]
    private var directories: Set<String> = []
    private let lock = NSLock()

    /// A tree from path → UTF-8 text.
    public init(_ files: [String: String] = [:]) {
        self.files = files.mapValues { Data($0.utf8) }
    }

    /// Every file path, sorted.
    public var paths: [String] { lock.withLock { files.keys.sorted() } }

    /// A file's text, for assertions.
    public func text(_ path: String) -> String? {
        lock.withLock { files[normalize(path)].map { String(decoding: $0, as: UTF8.self) } }
    }

    public func read(_ path: String) throws -> Data {
        try lock.withLock {
            guard let data = files[normalize(path)] else { throw CocoaError(.fileReadNoSuchFile) }
            return data
        }
    }

    public func kind(of path: String) -> FileKind? {
        let path = normalize(path)
        return lock.withLock {
            if files[path] != nil { return .file }
            if path.isEmpty || directories.contains(path) { return .directory }
            return files.keys.contains { $0.hasPrefix(path + "/") } ? .directory : nil
        }
    }

    public func entries(_ path: String) throws -> [String] {
        let prefix = normalize(path).isEmpty ? "" : normalize(path) + "/"
        return lock.withLock {
            var names = Set<String>()
            for key in Array(files.keys) + Array(directories) where key.hasPrefix(prefix) && key != prefix {
                let rest = key.dropFirst(prefix.count)
                if let name = rest.split(separator: "/").first { names.insert(String(name)) }
            }
            return names.sorted()
        }
    }

    public func write(_ data: Data, to path: String) throws {
        lock.withLock { files[normalize(path)] = data }
    }

    public func copy(_ source: String, to target: String) throws {
        let data = try read(source)
        try write(data, to: target)
    }

    public func makeDirectory(_ path: String) throws {
        _ = lock.withLock { directories.insert(normalize(path)) }
    }

    public func remove(_ path: String) throws {
        let path = normalize(path)
        lock.withLock {
            files = files.filter { $0.key != path && !$0.key.hasPrefix(path + "/") }
            directories = directories.filter { $0 != path && !$0.hasPrefix(path + "/") }
        }
    }

    public func move(_ source: String, to target: String) throws {
        let source = normalize(source), target = normalize(target)
        try lock.withLock {
            if files[target] != nil || files.keys.contains(where: { $0.hasPrefix(target + "/") }) {
                throw CocoaError(.fileWriteFileExists)
            }
            for (key, value) in files where key == source || key.hasPrefix(source + "/") {
                files[key] = nil
                files[target + key.dropFirst(source.count)] = value
            }
            for key in directories where key == source || key.hasPrefix(source + "/") {
                directories.remove(key)
                directories.insert(target + key.dropFirst(source.count))
            }
        }
    }

    private func normalize(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") where part != "." { parts.append(part) }
        return parts.joined(separator: "/")
    }
}
