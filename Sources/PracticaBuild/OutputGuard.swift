import Foundation
import PracticaCore

/// Refuses output folders whose replacement would destroy the site's own files.
enum OutputGuard {
    /// The file every build leaves in its output, so that a later build knows the folder is its own to replace.
    static let marker = ".practica-output"

    /// A diagnostic when `output` is `/`, the site folder, content/, templates/, an ancestor of any of them,
    /// or a folder that no practica build wrote and that holds anything, hidden files included (a `.git` alone
    /// is a publishing checkout), or cannot be listed.
    static func check(output: String, site: String, fileSystem: any FileSystem) -> Diagnostic? {
        if let problem = checkSources(output: output, site: site) { return problem }
        if fileSystem.kind(of: output) == .file {
            return .error(
                "refusing to replace the file '\(output)' with the site", at: SourceLocation(path: output),
                hint: "the output must be a folder, such as public/")
        }
        guard fileSystem.kind(of: output) == .directory, fileSystem.kind(of: output + "/" + marker) != .file,
            (try? fileSystem.entries(output))?.isEmpty != true
        else { return nil }
        return .error(
            "refusing to replace '\(output)': it is not empty and was not written by practica", at: SourceLocation(path: output),
            hint: "the output folder is replaced on every build; choose a new or empty folder")
    }

    private static func checkSources(output: String, site: String) -> Diagnostic? {
        let outputPath = absolute(output)
        let sitePath = absolute(site)
        let protected = [sitePath, sitePath + "/content", sitePath + "/templates"]
        let isAncestorOrSame = protected.contains { $0 == outputPath || $0.hasPrefix(outputPath == "/" ? "/" : outputPath + "/") }
        let isInsideSources = protected.dropFirst().contains { outputPath.hasPrefix($0 + "/") }
        guard outputPath == "/" || isAncestorOrSame || isInsideSources else { return nil }
        return .error(
            "refusing to write the site into '\(output)'", at: SourceLocation(path: output),
            hint: "the output folder is replaced on every build; choose a folder that holds no sources, such as public/")
    }

    /// The path made absolute and standardized, without a trailing slash.
    static func absolute(_ path: String) -> String {
        let base = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        let standardized = (URL(fileURLWithPath: base).standardizedFileURL.resolvingSymlinksInPath().path as NSString).standardizingPath
        return standardized.count > 1 && standardized.hasSuffix("/") ? String(standardized.dropLast()) : standardized
    }
}
