import Foundation
import PracticaCore
import PracticaMarkdown
import PracticaModel
import PracticaSource

/// Warns where a body links to a page of this site that the build does not make (`../mifgsh/`, `/en/abot/`),
/// naming the nearest page that it does make. Links to files beside a document are `checkLocalLinks`'s; links
/// to other sites, to the site's own assets, exports and feeds are not checked.
struct InternalLinks {
    let urls: SiteURLs
    /// Every file the build makes below the output folder that a body may link to: pages and copied files.
    let files: Set<String>
    /// The site's languages: the first folder of every page and copied file.
    let languages: Set<String>

    func check(_ bodies: [DocumentBody]) -> [Diagnostic] {
        var candidatesByKind: [String: [String]] = [:]
        var diagnostics: [Diagnostic] = []
        for document in bodies {
            let from = urls.document(document.kind, document.id, document.language)
            for link in document.body.links {
                guard let target = resolve(link.url, from: from), !files.contains(urls.file(for: target)) else { continue }
                // Pages are suggested for pages, files for files.
                let key = String(target.dropFirst(urls.root.count).prefix { $0 != "/" }) + (target.hasSuffix("/") ? "/" : "")
                let candidates = candidatesByKind[key] ?? targets(like: key)
                candidatesByKind[key] = candidates
                diagnostics.append(.warning(
                    "link to '\(link.url)' leads to no \(target.hasSuffix("/") ? "page" : "file") of this site",
                    at: SourceLocation(path: document.path, line: link.line, column: link.column),
                    hint: suggestion(for: link.url, target: target, among: candidates)))
            }
        }
        return diagnostics
    }

    /// The site path `link` leads to from the page at `from`, when it is one this check can judge: a site-rooted
    /// or relative link to a page (a folder), or to a file among the documents' folders. Nil for links to other
    /// sites, fragments, files beside the document, and the site's assets, exports and feeds.
    func resolve(_ link: String, from: String) -> String? {
        let url = String(link.prefix { $0 != "#" && $0 != "?" })
        guard !url.isEmpty, !url.contains(":"), !url.hasPrefix("//") else { return nil }
        let decoded = url.removingPercentEncoding ?? url
        let isRelativeFile = !decoded.hasPrefix("/") && !decoded.hasPrefix("../") && !decoded.hasSuffix("/")
        guard !isRelativeFile else { return nil }
        var path = Self.removingDotSegments(decoded.hasPrefix("/") ? decoded : from + decoded)
        guard path.hasPrefix(urls.root) else { return nil }
        let last = path.split(separator: "/").last ?? ""
        if !path.hasSuffix("/") {
            guard last.contains(".") else { return path + "/" }
            // A file: judged only below a language's pages, where the build copies the files beside documents;
            // assets, exports and feeds are the build's own.
            let segments = path.dropFirst(urls.root.count).split(separator: "/")
            guard segments.count >= 3, languages.contains(String(segments[0])) else { return nil }
        }
        if path.isEmpty { path = "/" }
        return path
    }

    /// RFC 3986's dot-segment removal, for paths that start with `/`.
    static func removingDotSegments(_ path: String) -> String {
        var output: [Substring] = []
        let segments = path.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        for (index, segment) in segments.enumerated() {
            let isLast = index == segments.count - 1
            switch segment {
            case ".": if isLast { output.append("") }
            case "..":
                if !output.isEmpty { output.removeLast() }
                if isLast { output.append("") }
            default: output.append(segment)
            }
        }
        return "/" + output.joined(separator: "/")
    }

    /// The URL paths of the pages (`key` "en/") or other files ("en") of a language, for "did you mean".
    private func targets(like key: String) -> [String] {
        let language = key.hasSuffix("/") ? String(key.dropLast()) : key
        let wanted = files.filter { $0.hasPrefix(language + "/") && $0.hasSuffix("index.html") == key.hasSuffix("/") }
        return wanted.map { key.hasSuffix("/") ? urls.root + $0.dropLast("index.html".count) : urls.root + $0 }
    }

    /// "did you mean …": a misspelt last part among its siblings, written as the link was, else a path whose
    /// folders differ (`/en/practice/x/` for `/en/practices/x/`).
    private func suggestion(for link: String, target: String, among candidates: [String]) -> String? {
        let parent = Self.parent(of: target)
        let siblings = candidates.filter { Self.parent(of: $0) == parent }.map(Self.lastPart)
        if let name = Suggestion.closest(to: Self.lastPart(target), among: siblings),
            let written = link.range(of: Self.lastPart(target), options: .backwards)
        {
            return "did you mean '\(link.replacingCharacters(in: written, with: name))'?"
        }
        let elsewhere = candidates.filter { Self.parent(of: $0) != parent }
        return Suggestion.closest(to: target, among: elsewhere).map { "did you mean '\($0)'?" }
    }

    private static func lastPart(_ path: String) -> String { path.split(separator: "/").last.map(String.init) ?? "" }

    private static func parent(of path: String) -> String {
        let trimmed = path.hasSuffix("/") ? path.dropLast() : Substring(path)
        return String(trimmed[...(trimmed.lastIndex(of: "/") ?? trimmed.startIndex)])
    }
}

extension SiteRenderer {
    /// Warnings for links between pages of this site that lead nowhere, given the paths of the pages `jobs()`
    /// makes; see `InternalLinks`.
    public func checkInternalLinks(pages: [String]) -> [Diagnostic] {
        var files = Set(pages)
        for asset in content.assets {
            for language in content.languages(of: asset) { files.insert(urls.file(for: urls.document(asset.kind, asset.id, language) + asset.name)) }
        }
        return InternalLinks(urls: urls, files: files, languages: Set(content.config.languages)).check(content.documentBodies)
    }
}
