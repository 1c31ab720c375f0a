import Foundation
import PracticaCore

/// Turns file bytes into text, refusing invalid UTF-8 with the line where it starts.
public enum TextDecoding {
    /// The file's text without a leading byte-order mark, or a located error naming the first bad byte's line.
    public static func decode(_ data: Data, path: String) throws(ContentError) -> String {
        // Validated from contiguous bytes: given `Data` as a generic sequence, the check went byte by byte.
        let text = data.withUnsafeBytes { String(validating: $0.bindMemory(to: UInt8.self), as: UTF8.self) }
        if let text { return droppingByteOrderMark(text) }
        throw ContentError(
            "invalid UTF-8", at: SourceLocation(path: path, line: firstBadLine(data)),
            hint: "save the file as UTF-8")
    }

    /// `text` without the U+FEFF that Windows editors put first in UTF-8 files: YAML would read it as part of
    /// the first key.
    public static func droppingByteOrderMark(_ text: String) -> String {
        text.unicodeScalars.first == "\u{FEFF}" ? String(text.unicodeScalars.dropFirst()) : text
    }

    private static func firstBadLine(_ data: Data) -> Int {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = data.makeIterator()
        var line = 1
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): if encoded.count == 1, encoded.first == 0x0A { line += 1 }
            case .emptyInput, .error: return line
            }
        }
    }
}
