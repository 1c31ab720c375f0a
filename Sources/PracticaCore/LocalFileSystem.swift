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

    public func entries(_ path: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path).sorted()
    }

    /// Writes with open/write/close, making the folder only when the first open says it is missing: a build
    /// writes tens of thousands of files, and a stat per folder and Foundation's own checks per file added up.
    public func write(_ data: Data, to path: String) throws {
        if try Self.writeFile(data, to: path) { return }
        try makeDirectory((path as NSString).deletingLastPathComponent)
        if try Self.writeFile(data, to: path) { return }
        throw POSIXError(.ENOENT, path: path)
    }

    /// False when the folder is missing; throws on any other failure.
    private static func writeFile(_ data: Data, to path: String) throws -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if descriptor < 0 {
            if errno == ENOENT { return false }
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO, path: path)
        }
        defer { close(descriptor) }
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO, path: path)
                }
                offset += written
            }
        }
        return true
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

extension POSIXError {
    /// The error with the path in its description, as Foundation's file errors have it.
    init(_ code: POSIXError.Code, path: String) {
        self.init(code, userInfo: [NSFilePathErrorKey: path, NSLocalizedDescriptionKey: "\(path): \(String(cString: strerror(code.rawValue)))"])
    }
}
