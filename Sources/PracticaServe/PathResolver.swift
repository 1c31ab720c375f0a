import PracticaCore
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a request path names in the built site.
public enum PathResolution: Sendable, Equatable {
    /// A regular file inside the root, as its real path (no symbolic links left in it).
    case file(String)
    /// A folder asked for without its trailing slash: redirect here, so that relative links work.
    case redirect(String)
    /// Nothing to serve: missing, a folder without index.html (folders are never listed), hidden or not a regular file.
    case notFound
    /// The root folder itself is missing: before the first good build, or for the instant a build swaps it.
    case unavailable
    /// A path that tries to leave the site or hides what it names; never looked up on disk.
    case refused(String)
}

/// Maps URL paths to files in the built site and refuses anything that could reach outside it.
///
/// The raw (percent-encoded) path is checked before and after one decoding: encoded slashes and backslashes,
/// `.` and `..` segments in any spelling, double encoding, control characters and invalid UTF-8 are refused
/// outright; what is left is looked up below the root, and its real path (symbolic links resolved)
/// must still be inside the root's real path.
public struct PathResolver: Sendable {
    /// The built site's folder.
    public var root: String

    public init(root: String) { self.root = root }

    public func resolve(_ rawPath: String) -> PathResolution {
        let segments: [String]
        switch PathResolver.segments(of: rawPath) {
        case .failure(let refusal): return .refused(refusal.reason)
        case .success(let decoded): segments = decoded
        }
        guard let rootReal = PathResolver.realPath(root), PathResolver.kind(rootReal) == .directory else { return .unavailable }
        // The last segment is empty for a folder URL ("/en/" → ["en", ""]).
        let wantsFolder = segments.last == ""
        let names = wantsFolder ? Array(segments.dropLast()) : segments
        // Hidden files (the build's marker, editors' leftovers) are not part of the site.
        if names.contains(where: { $0.hasPrefix(".") }) { return .notFound }
        let candidate = ([rootReal] + names).joined(separator: "/")
        guard let real = PathResolver.realPath(candidate), PathResolver.isInside(real, root: rootReal) else { return .notFound }
        switch PathResolver.kind(real) {
        case .directory:
            guard wantsFolder else { return .redirect(rawPath + "/") }
            guard let index = PathResolver.realPath(real + "/index.html"), PathResolver.isInside(index, root: rootReal),
                PathResolver.kind(index) == .file
            else { return .notFound }
            return .file(index)
        case .file:
            return wantsFolder ? .notFound : .file(real)
        case .other, nil:
            return .notFound
        }
    }

    /// Why a path was refused.
    public struct Refusal: Error, Equatable {
        public var reason: String
    }

    /// The decoded segments of an absolute URL path, or why it is refused. "/" gives [""]; "/a/" gives ["a", ""].
    public static func segments(of rawPath: String) -> Result<[String], Refusal> {
        func refuse(_ reason: String) -> Result<[String], Refusal> { .failure(Refusal(reason: reason)) }
        guard rawPath.hasPrefix("/") else { return refuse("not an absolute path") }
        let lowered = rawPath.lowercased()
        if rawPath.contains("\\") || lowered.contains("%5c") { return refuse("backslash") }
        if lowered.contains("%2f") { return refuse("encoded slash") }
        guard let decoded = percentDecoded(rawPath) else { return refuse("invalid percent encoding or UTF-8") }
        if decoded.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7f }) { return refuse("control character") }
        if decoded.contains("\\") { return refuse("backslash") }
        // A `%` left after one decoding was encoded twice (%252e), to slip past a check like this one; site files never have one.
        if decoded.contains("%") { return refuse("double encoding") }
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map(String.init)
        for (index, segment) in segments.enumerated() {
            if segment == "." || segment == ".." { return refuse("dot segment") }
            if segment.isEmpty, index != segments.count - 1 { return refuse("empty segment") }
            // Spellings that some file systems treat as "..": trailing dots or spaces ("..." , ". .").
            if segment.allSatisfy({ $0 == "." || $0 == " " }), segment.contains(".") { return refuse("dot segment") }
        }
        return .success(segments)
    }

    /// One strict percent-decoding: every `%` must start two hex digits, and the bytes must be UTF-8.
    static func percentDecoded(_ text: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.next().flatMap(ASCIIHex.value), let low = iterator.next().flatMap(ASCIIHex.value) else { return nil }
            bytes.append(high << 4 | low)
        }
        return String(validating: bytes, as: UTF8.self)
    }


    static func isInside(_ path: String, root: String) -> Bool {
        path == root || path.hasPrefix(root == "/" ? "/" : root + "/")
    }

    /// The path with every symbolic link resolved, or nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    enum Kind { case file, directory, other }

    static func kind(_ path: String) -> Kind? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        default: return .other
        }
    }
}
