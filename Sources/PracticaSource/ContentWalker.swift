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
        checkTopLevel(diagnostics: &diagnostics)
        for kind in ContentKind.allCases {
            let folder = "content/\(kind.rawValue)"
            guard fileSystem.kind(of: full(folder)) == .directory else { continue }
            for id in list(folder, diagnostics: &diagnostics) {
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
        for name in read(folder, diagnostics: &diagnostics, with: fileSystem.walk) {
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

    /// content/ holds the two settings files and the three document folders. Anything else is most likely a
    /// misnamed folder (`practise/`) or a card put in the wrong place, whose documents would otherwise be missing
    /// from the site without a word. Editors' backups (`site.yml~`) are left alone, as hidden files are.
    private func checkTopLevel(diagnostics: inout [Diagnostic]) {
        let folders = ContentKind.allCases.map(\.rawValue)
        let known = ["site.yml", "taxonomies.yml"] + folders
        for name in list("content", diagnostics: &diagnostics) where !name.hasSuffix("~") {
            let path = "content/\(name)"
            if !known.contains(name) {
                diagnostics.append(.error(
                    "'\(name)' has no place in content/", at: SourceLocation(path: path),
                    hint: Suggestion.hint(for: name, among: known)
                        ?? "content/ holds site.yml, taxonomies.yml and the folders \(folders.joined(separator: "/, "))/"))
            } else if folders.contains(name), fileSystem.kind(of: full(path)) != .directory {
                diagnostics.append(.error("'\(name)' must be a folder", at: SourceLocation(path: path)))
            }
        }
    }

    /// The names in a folder, or none with an error when it cannot be read: an unreadable practices/ folder
    /// must fail the build, not publish an empty catalog.
    private func list(_ folder: String, diagnostics: inout [Diagnostic]) -> [String] {
        read(folder, diagnostics: &diagnostics, with: fileSystem.list)
    }

    /// What `reader` finds in `folder`, or none with an error naming the folder.
    private func read(_ folder: String, diagnostics: inout [Diagnostic], with reader: (String) throws -> [String]) -> [String] {
        do { return try reader(full(folder)) } catch {
            diagnostics.append(.error("cannot read folder: \(error.localizedDescription)", at: SourceLocation(path: folder)))
            return []
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
