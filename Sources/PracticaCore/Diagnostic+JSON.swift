import Foundation

extension Array where Element == Diagnostic {
    /// The diagnostics as JSON for editors' tools and CI: `{"errors": n, "warnings": n, "diagnostics": [...]}`.
    public func jsonReport() -> String {
        let items: [[String: Any]] = sortedForDisplay().map { diagnostic in
            var item: [String: Any] = [
                "severity": diagnostic.severity.rawValue, "path": diagnostic.location.path, "message": diagnostic.message,
            ]
            item["line"] = diagnostic.location.line
            item["column"] = diagnostic.location.column
            item["hint"] = diagnostic.hint
            return item
        }
        let errors = filter { $0.severity == .error }.count
        let report: [String: Any] = ["errors": errors, "warnings": count - errors, "diagnostics": items]
        let data = (try? JSONSerialization.data(withJSONObject: report, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}
