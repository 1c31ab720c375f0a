import Foundation
import Testing
@testable import PracticaServe

/// A built site on disk with the shapes the resolver must handle, and a secret beside it that must stay unreachable.
private struct Layout {
    let folder: URL
    let root: URL
    var resolver: PathResolver { PathResolver(root: root.path) }

    init() throws {
        folder = try makeTemporaryFolder("resolver")
        root = folder.appendingPathComponent("site")
        let files = [
            "index.html": "home", "404.html": "missing", "en/index.html": "english",
            "en/practices/family-club/index.html": "club", "assets/site.css": "css", "robots.txt": "robots",
            "empty/.keep": "", ".practica-output": "marker",
        ]
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try Data("secret".utf8).write(to: folder.appendingPathComponent("secret.txt"))
        try FileManager.default.createDirectory(at: root.appendingPathComponent("nofolderindex"), withIntermediateDirectories: true)
        try Data("x".utf8).write(to: root.appendingPathComponent("nofolderindex/page.txt"))
        // Links: one to a file outside, one to the folder outside, one to /etc, and one that stays inside.
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("leak.txt").path, withDestinationPath: folder.appendingPathComponent("secret.txt").path)
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("up").path, withDestinationPath: "..")
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("etc").path, withDestinationPath: "/etc")
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("style.css").path, withDestinationPath: "assets/site.css")
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    func file(_ relative: String) -> PathResolution {
        .file(root.appendingPathComponent(relative).resolvingSymlinksInPath().path)
    }
}

@Suite("Path resolution")
struct PathResolverTests {
    static let traversals = [
        "/../etc/passwd", "/../../../../etc/passwd", "/en/../../etc/passwd", "/..", "/../", "/./index.html", "/en/./",
        "/%2e%2e/etc/passwd", "/%2E%2E/etc/passwd", "/%2e%2e%2fetc%2fpasswd", "/.%2e/etc/passwd", "/%2e./etc/passwd",
        "/%252e%252e/etc/passwd", "/%252e%252e%252fetc%252fpasswd", "/%25252e%25252e/", "/..%2f", "/..%2Fetc%2Fpasswd",
        "/..%5c..%5cetc%5cpasswd", "/\\..\\..\\etc\\passwd", "/en\\..\\..\\secret.txt", "/..\\", "/%5c..%5c",
        "/%c0%ae%c0%ae/etc/passwd", "/%e0%80%ae%e0%80%ae/", "/.../", "/. ./", "/.. /",
        "/index.html%00.txt", "/%00", "/en/%00/index.html", "/en/\u{0}index.html", "/%0a", "/%7f",
        "//etc/passwd", "///etc/passwd", "/en//index.html",
        "etc/passwd", "../etc/passwd", "", "*", "http://example.test/etc/passwd", "C:\\Windows\\win.ini", "\\\\server\\share",
        "/%", "/%2", "/%zz", "/%ff",
    ]

    @Test("traversal and malformed paths are refused before touching the disk", arguments: traversals)
    func refusesTraversal(_ path: String) throws {
        let layout = try Layout()
        defer { layout.remove() }
        let resolution = layout.resolver.resolve(path)
        guard case .refused = resolution else {
            Issue.record("\(path.debugDescription) resolved to \(resolution)")
            return
        }
    }

    @Test("absolute file system paths are looked up inside the site, not on disk")
    func absolutePathsStayInside() throws {
        let layout = try Layout()
        defer { layout.remove() }
        #expect(layout.resolver.resolve("/etc/passwd") == .notFound, "the link to /etc leaves the site")
        #expect(layout.resolver.resolve(layout.folder.appendingPathComponent("secret.txt").path) == .notFound)
        #expect(layout.resolver.resolve("/tmp/") == .notFound)
    }

    @Test("symbolic links that point outside the site are not followed; ones inside are")
    func symbolicLinks() throws {
        let layout = try Layout()
        defer { layout.remove() }
        #expect(layout.resolver.resolve("/leak.txt") == .notFound)
        #expect(layout.resolver.resolve("/up/secret.txt") == .notFound)
        #expect(layout.resolver.resolve("/up/") == .notFound)
        #expect(layout.resolver.resolve("/etc/passwd") == .notFound)
        #expect(layout.resolver.resolve("/etc/") == .notFound)
        #expect(layout.resolver.resolve("/style.css") == layout.file("assets/site.css"))
    }

    @Test("a folder URL maps to its index.html")
    func folderIndex() throws {
        let layout = try Layout()
        defer { layout.remove() }
        #expect(layout.resolver.resolve("/") == layout.file("index.html"))
        #expect(layout.resolver.resolve("/en/") == layout.file("en/index.html"))
        #expect(layout.resolver.resolve("/en/practices/family-club/") == layout.file("en/practices/family-club/index.html"))
        #expect(layout.resolver.resolve("/en/practices/family-club/index.html") == layout.file("en/practices/family-club/index.html"))
        #expect(layout.resolver.resolve("/%65n/") == layout.file("en/index.html"), "plain percent-encoding of ordinary letters is fine")
    }

    @Test("a folder without its slash redirects, keeping the URL's own spelling")
    func folderRedirect() throws {
        let layout = try Layout()
        defer { layout.remove() }
        #expect(layout.resolver.resolve("/en") == .redirect("/en/"))
        #expect(layout.resolver.resolve("/en/practices/family-club") == .redirect("/en/practices/family-club/"))
    }

    @Test("folders are never listed: no index.html is 404")
    func noListing() throws {
        let layout = try Layout()
        defer { layout.remove() }
        #expect(layout.resolver.resolve("/nofolderindex/") == .notFound)
        #expect(layout.resolver.resolve("/empty/") == .notFound)
        #expect(layout.resolver.resolve("/assets/") == .notFound)
        #expect(layout.resolver.resolve("/nofolderindex/page.txt") == layout.file("nofolderindex/page.txt"))
    }

    @Test("files: found, missing, hidden, and a file asked for as a folder")
    func files() throws {
        let layout = try Layout()
        defer { layout.remove() }
        #expect(layout.resolver.resolve("/robots.txt") == layout.file("robots.txt"))
        #expect(layout.resolver.resolve("/assets/site.css") == layout.file("assets/site.css"))
        #expect(layout.resolver.resolve("/missing.html") == .notFound)
        #expect(layout.resolver.resolve("/robots.txt/") == .notFound)
        #expect(layout.resolver.resolve("/.practica-output") == .notFound)
        #expect(layout.resolver.resolve("/empty/.keep") == .notFound)
    }

    @Test("a missing root is unavailable, not an error: before the first build and while a build swaps")
    func missingRoot() throws {
        let resolver = PathResolver(root: "/nonexistent-\(UUID().uuidString)")
        #expect(resolver.resolve("/") == .unavailable)
        #expect(resolver.resolve("/../etc/passwd") != .unavailable, "refusal comes first")
    }

    @Test("decoding: segments of ordinary paths")
    func segments() throws {
        #expect(try PathResolver.segments(of: "/").get() == [""])
        #expect(try PathResolver.segments(of: "/en/practices/").get() == ["en", "practices", ""])
        #expect(try PathResolver.segments(of: "/he/%D7%90/").get() == ["he", "א", ""])
        #expect(try PathResolver.segments(of: "/a%20b.txt").get() == ["a b.txt"])
    }
}
