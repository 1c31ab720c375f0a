import Foundation
import PracticaCore

/// Refuses output folders whose replacement would destroy the site's own files.
enum OutputGuard {
    /// A diagnostic when `output` is `/`, the site folder, content/, templates/, or an ancestor of any of them.
    static func check(output: String, site: String) -> Diagnostic? {
        let outputPath = absolute(output)
        let sitePath = absolute(site)
        let protected = [sitePath, sitePath + "/content", sitePath + "/templates"]
        let isAncestorOrSame = protected.contains { $0 == outputPath || $0.hasPrefix(outputPath == "/" ? "/" : outputPath + "/") }
        guard outputPath == "/" || isAncestorOrSame else { return nil }
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
