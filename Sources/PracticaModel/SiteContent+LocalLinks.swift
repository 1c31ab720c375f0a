import PracticaCore
import PracticaMarkdown
import PracticaSource

extension SiteContent {
    /// Warns where a body links to a file that is not beside its document, since the page would show a broken link.
    public func checkLocalLinks() -> [Diagnostic] {
        var files: [String: Set<String>] = [:]
        for asset in assets { files["\(asset.kind.rawValue)/\(asset.id)", default: []].insert(asset.name) }
        var diagnostics: [Diagnostic] = []
        func check(_ body: MarkdownDocument, kind: ContentKind, id: String, path: String) {
            for link in body.links {
                guard let name = Self.localFileName(link), !(files["\(kind.rawValue)/\(id)"]?.contains(name) ?? false) else { continue }
                diagnostics.append(.warning(
                    "link to '\(name)', which is not beside this document", at: SourceLocation(path: path),
                    hint: "put the file in content/\(kind.rawValue)/\(id)/ or fix the link"))
            }
        }
        for practice in practices { for card in practice.versions { check(card.body, kind: .practices, id: card.id, path: card.path) } }
        for model in models { for document in model.versions { check(document.body, kind: .models, id: document.id, path: document.path) } }
        for page in pages { for version in page.versions { check(version.body, kind: .pages, id: version.id, path: version.path) } }
        return diagnostics + checkUnlinkedFiles()
    }

    /// Warns about files beside a document that no version of it links to: they are published but unreachable.
    func checkUnlinkedFiles() -> [Diagnostic] {
        var linked: [String: Set<String>] = [:]
        func note(_ links: [String], kind: ContentKind, id: String) {
            linked["\(kind.rawValue)/\(id)", default: []].formUnion(links.compactMap(Self.localFileName))
        }
        for practice in practices { for card in practice.versions { note(card.body.links, kind: .practices, id: card.id) } }
        for model in models { for document in model.versions { note(document.body.links, kind: .models, id: document.id) } }
        for page in pages { for version in page.versions { note(version.body.links, kind: .pages, id: version.id) } }
        return assets.filter { !(linked["\($0.kind.rawValue)/\($0.id)"]?.contains($0.name) ?? false) }.map { asset in
            .warning("file '\(asset.name)' is not linked from any version of '\(asset.id)'", at: SourceLocation(path: asset.path), hint: "link it from the body, or remove it")
        }
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
