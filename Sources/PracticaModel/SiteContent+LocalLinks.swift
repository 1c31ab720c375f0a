import PracticaCore
import PracticaMarkdown
import PracticaSource

/// One language version of any document, as the link checks see it.
public struct DocumentBody: Sendable {
    public var kind: ContentKind
    public var id: String
    public var language: String
    public var path: String
    public var body: MarkdownDocument

    public init(kind: ContentKind, id: String, language: String, path: String, body: MarkdownDocument) {
        self.kind = kind
        self.id = id
        self.language = language
        self.path = path
        self.body = body
    }
}

extension SiteContent {
    /// Every language version of every practice, model and free page, in that order.
    public var documentBodies: [DocumentBody] {
        practices.flatMap { $0.versions.map { DocumentBody(kind: .practices, id: $0.id, language: $0.language, path: $0.path, body: $0.body) } }
            + models.flatMap { $0.versions.map { DocumentBody(kind: .models, id: $0.id, language: $0.language, path: $0.path, body: $0.body) } }
            + pages.flatMap { $0.versions.map { DocumentBody(kind: .pages, id: $0.id, language: $0.language, path: $0.path, body: $0.body) } }
    }

    /// The languages whose pages a file beside a document is copied next to: those the document is written in.
    public func languages(of asset: AssetFile) -> [String] {
        switch asset.kind {
        case .practices: practice(asset.id)?.languages ?? []
        case .models: model(asset.id)?.languages ?? []
        case .pages: pages.first { $0.id == asset.id }?.languages ?? []
        }
    }

    /// Warns where a body links to a file that is not beside its document, since the page would show a broken link.
    public func checkLocalLinks() -> [Diagnostic] {
        var files: [String: Set<String>] = [:]
        for asset in assets { files["\(asset.kind.rawValue)/\(asset.id)", default: []].insert(asset.name) }
        var diagnostics: [Diagnostic] = []
        let bodies = documentBodies
        for document in bodies {
            let folder = "\(document.kind.rawValue)/\(document.id)"
            for link in document.body.links {
                if link.isImage, Self.isOnAnotherSite(link.url) {
                    diagnostics.append(.warning(
                        "image from another site, which the pages' Content-Security-Policy does not let them load",
                        at: SourceLocation(path: document.path, line: link.line, column: link.column),
                        hint: "save the image in content/\(folder)/ and link it by its file name"))
                    continue
                }
                guard let name = Self.localFileName(link.url), !(files[folder]?.contains(name) ?? false) else { continue }
                diagnostics.append(.warning(
                    "link to '\(name)', which is not beside this document",
                    at: SourceLocation(path: document.path, line: link.line, column: link.column),
                    hint: "put the file in content/\(folder)/ or fix the link"))
            }
        }
        return diagnostics + checkUnlinkedFiles(bodies)
    }

    /// Warns about files beside a document that no version of it links to: they are published but unreachable.
    func checkUnlinkedFiles(_ bodies: [DocumentBody]) -> [Diagnostic] {
        var linked: [String: Set<String>] = [:]
        for document in bodies {
            linked["\(document.kind.rawValue)/\(document.id)", default: []].formUnion(document.body.links.compactMap { Self.localFileName($0.url) })
        }
        return assets.filter { !(linked["\($0.kind.rawValue)/\($0.id)"]?.contains($0.name) ?? false) }.map { asset in
            .warning("file '\(asset.name)' is not linked from any version of '\(asset.id)'", at: SourceLocation(path: asset.path), hint: "link it from the body, or remove it")
        }
    }

    /// Whether `url` leads to another site: the theme's policy loads images from the site itself only, so that
    /// a page never tells a third party who reads it.
    static func isOnAnotherSite(_ url: String) -> Bool {
        let lowered = url.trimmingCharacters(in: .whitespaces).lowercased()
        return lowered.hasPrefix("http://") || lowered.hasPrefix("https://") || lowered.hasPrefix("//")
    }

    /// The file a relative link names, or nil for absolute, site-rooted, fragment, mail and folder links.
    static func localFileName(_ link: String) -> String? {
        let trimmed = link.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, !trimmed.hasPrefix("/"), !trimmed.hasPrefix("#"), !trimmed.hasPrefix("?"),
            !trimmed.hasPrefix("../"), !trimmed.contains(":")
        else { return nil }
        let name = String(trimmed.prefix { $0 != "#" && $0 != "?" })
        let decoded = name.removingPercentEncoding ?? name
        return decoded.hasPrefix("./") ? String(decoded.dropFirst(2)) : (decoded.hasSuffix("/") ? nil : decoded)
    }
}

import Foundation
