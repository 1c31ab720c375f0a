import PracticaCore

/// Finds content documents and their files under content/, reporting misplaced ones.
public struct ContentWalker {
    public var fileSystem: any FileSystem
    /// The site folder; paths in results are relative to it.
    public var site: String
    public var languages: [String]

    public init(fileSystem: any FileSystem, site: String, languages: [String]) {
        self.fileSystem = fileSystem
        self.site = site
        self.languages = languages
    }

    /// Lists every document and asset, in sorted order.
    public func walk(diagnostics: inout [Diagnostic]) -> ContentInventory {
        var inventory = ContentInventory()
        for kind in ContentKind.allCases {
            let folder = "content/\(kind.rawValue)"
            guard fileSystem.kind(of: full(folder)) == .directory else { continue }
            for id in (try? fileSystem.list(full(folder))) ?? [] {
                walkDocument(kind: kind, id: id, into: &inventory, diagnostics: &diagnostics)
            }
        }
        return inventory
    }

    private func walkDocument(kind: ContentKind, id: String, into inventory: inout ContentInventory, diagnostics: inout [Diagnostic]) {
        let folder = "content/\(kind.rawValue)/\(id)"
        guard fileSystem.kind(of: full(folder)) == .directory else {
            diagnostics.append(.error(
                "file outside a document folder", at: SourceLocation(path: folder),
                hint: "put it in content/\(kind.rawValue)/<id>/<language>.md"))
            return
        }
        guard Slug.isValid(id) else {
            diagnostics.append(.error(
                "id '\(id)' is not a slug", at: SourceLocation(path: folder),
                hint: "use lowercase letters, digits and single hyphens, like '\(Slug.suggest(id))'"))
            return
        }
        let files = (try? fileSystem.walk(full(folder))) ?? []
        for name in files {
            let path = "\(folder)/\(name)"
            if name.hasSuffix(".md"), !name.contains("/") {
                let language = String(name.dropLast(3))
                if languages.contains(language) {
                    inventory.documents.append(ContentFile(kind: kind, id: id, language: language, path: path))
                } else {
                    diagnostics.append(.error(
                        "file in unknown language '\(language)'", at: SourceLocation(path: path),
                        hint: Suggestion.hint(for: language, among: languages) ?? "site.yml lists \(languages.joined(separator: ", "))"))
                }
            } else {
                inventory.assets.append(AssetFile(kind: kind, id: id, name: name, path: path))
            }
        }
    }

    private func full(_ relative: String) -> String { site + "/" + relative }
}

extension Slug {
    /// A slug close to `text`, for hints.
    public static func suggest(_ text: String) -> String {
        var result = ""
        for character in text.lowercased() {
            if character.isASCII, character.isLetter || character.isNumber {
                result.append(character)
            } else if !result.isEmpty, result.last != "-" {
                result.append("-")
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return result.isEmpty ? "my-practice" : result
    }
}
