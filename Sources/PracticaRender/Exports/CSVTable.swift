/// CSV as spreadsheets read it: RFC 4180 quoting, CRLF line ends, a BOM so that Excel takes it as UTF-8.
struct CSVTable {
    var header: [String]
    var rows: [[String]] = []

    /// The file's text, byte-order mark first.
    func text() -> String {
        "\u{FEFF}" + ([header] + rows).map { $0.map(Self.cell).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// One cell, quoted when needed; a leading `=`, `+`, `-`, `@`, tab or CR is defused with `'`,
    /// since a spreadsheet would run it as a formula.
    static func cell(_ value: String) -> String {
        var text = value
        if let first = text.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) { text = "'" + text }
        // Scalars, not Characters: "\r\n" is one Character, equal to neither "\r" nor "\n".
        guard text.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

import Foundation
