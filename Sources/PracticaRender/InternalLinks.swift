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

    /// How many distinct broken targets get a "did you mean".
    static let suggested = 200

    func check(_ bodies: [DocumentBody]) -> [Diagnostic] {
        var candidatesByKind: [String: Candidates] = [:]
        // One search per broken target, however many links name it: the same wrong address on every card of a
        // large site made the search quadratic.
        var nearest: [String: String?] = [:]
        var diagnostics: [Diagnostic] = []
        for document in bodies {
            let from = urls.document(document.kind, document.id, document.language)
            for link in document.body.links {
                guard let target = resolve(link.url, from: from), !files.contains(urls.file(for: target)) else { continue }
                // Pages are suggested for pages, files for files.
                let key = String(target.dropFirst(urls.root.count).prefix { $0 != "/" }) + (target.hasSuffix("/") ? "/" : "")
                let candidates = candidatesByKind[key] ?? Candidates(targets(like: key))
                candidatesByKind[key] = candidates
                // Each search compares names with every page of a folder; past `suggested` distinct targets the hint
                // is left out, so that a site full of broken links still builds in linear time.
                let found = nearest[target] ?? (nearest.count < Self.suggested ? candidates.nearest(to: target) : nil)
                nearest[target] = found
                diagnostics.append(.warning(
                    "link to '\(link.url)' leads to no \(target.hasSuffix("/") ? "page" : "file") of this site",
                    at: SourceLocation(path: document.path, line: link.line, column: link.column),
                    hint: found.map { Self.suggestion(for: link.url, target: target, nearest: $0) }))
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
            // `build --pdf` writes <id>.pdf beside a card's or model's page, after this check.
            if last == segments[segments.count - 2] + ".pdf" { return nil }
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

    /// "did you mean '…'?" for `nearest`, written as the link was when only the last part differs.
    static func suggestion(for link: String, target: String, nearest: String) -> String {
        let path = link.prefix { $0 != "#" && $0 != "?" }
        if parent(of: nearest) == parent(of: target), let written = path.range(of: lastPart(target), options: .backwards) {
            return "did you mean '\(link.replacingCharacters(in: written, with: lastPart(nearest)))'?"
        }
        return "did you mean '\(nearest)'?"
    }

    /// The pages (or files) of one language, indexed for "did you mean".
    struct Candidates {
        let byParent: [String: [String]]
        let byLastPart: [String: [String]]

        init(_ paths: [String]) {
            byParent = Dictionary(grouping: paths, by: InternalLinks.parent)
            byLastPart = Dictionary(grouping: paths, by: InternalLinks.lastPart)
        }

        /// A misspelt last part among its siblings; else the same last part in another folder
        /// (`/en/practice/x/` for `/en/practices/x/`).
        func nearest(to target: String) -> String? {
            let parent = InternalLinks.parent(of: target), name = InternalLinks.lastPart(target)
            let siblings = byParent[parent] ?? []
            if let close = Suggestion.closest(to: name, among: siblings.map(InternalLinks.lastPart)) {
                return siblings.first { InternalLinks.lastPart($0) == close }
            }
            let elsewhere = (byLastPart[name] ?? []).filter { InternalLinks.parent(of: $0) != parent }
            return Suggestion.closest(to: target, among: elsewhere)
        }
    }

    static func lastPart(_ path: String) -> String { path.split(separator: "/").last.map(String.init) ?? "" }

    static func parent(of path: String) -> String {
        let trimmed = path.hasSuffix("/") ? path.dropLast() : Substring(path)
        guard let slash = trimmed.lastIndex(of: "/") else { return "/" }
        return String(trimmed[...slash])
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
