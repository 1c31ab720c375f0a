import PracticaCore
import Yams

/// Parses YAML text into located nodes. The only file that sees Yams.
public enum YAMLReader {
    /// Parses `text`, whose first line is line `firstLine` of the file at `path`.
    public static func parse(_ text: String, path: String, firstLine: Int = 1) throws(ContentError) -> YAMLNode? {
        if let node = YAMLSubsetReader.parse(text, path: path, firstLine: firstLine) { return node }
        return try parseWithYams(text, path: path, firstLine: firstLine)
    }

    /// The whole of YAML, through libyaml: what the subset reader leaves, and its reference in tests and fuzzing.
    public static func parseWithYams(_ text: String, path: String, firstLine: Int = 1) throws(ContentError) -> YAMLNode? {
        let node: Node?
        do {
            // The encoding is named because its default reads the process environment on every call.
            node = try Yams.compose(yaml: text, .basic, .default, .utf8)
        } catch let error as YamlError {
            throw contentError(error, at: Locator(text, path: path, firstLine: firstLine))
        } catch {
            throw ContentError("invalid YAML: \(error)", at: SourceLocation(path: path, line: firstLine))
        }
        guard let node else { return nil }
        return convert(node, at: Locator(text, path: path, firstLine: firstLine))
    }

    private static func convert(_ node: Node, at locator: Locator) -> YAMLNode {
        let location = locator.locate(node.mark)
        switch node {
        case .scalar(let scalar):
            let isNull = scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
            return YAMLNode(isNull ? .null : .scalar(scalar.string), at: location)
        case .sequence(let sequence):
            return YAMLNode(.sequence(sequence.map { convert($0, at: locator) }), at: location)
        case .mapping(let mapping):
            let entries = mapping.map { key, value in
                YAMLEntry(
                    key: key.string ?? "",
                    keyLocation: locator.locate(key.mark),
                    value: convert(value, at: locator))
            }
            return YAMLNode(.mapping(entries), at: location)
        case .alias:
            return YAMLNode(.null, at: location)
        }
    }

    /// Turns libyaml's message into a diagnostic located in the file.
    private static func contentError(_ error: YamlError, at locator: Locator) -> ContentError {
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let hint = context.map { "\($0.text) at line \(locator.locate($0.mark).line ?? locator.firstLine)" }
            return ContentError("invalid YAML: \(problem)", at: locator.locate(mark), hint: hint)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let mapping = locator.locate(context.mark)
            let given = duplicates.first.map { uses(of: $0, in: locator.text, after: mapping, firstLine: locator.firstLine) } ?? []
            return ContentError(
                "duplicate key '\(duplicates.joined(separator: "', '"))'", at: given.dropFirst().first ?? mapping,
                hint: given.count > 1 ? given[0].line.map { "it is given first at line \($0)" } : nil)
        default:
            return ContentError("invalid YAML: \(error)", at: SourceLocation(path: locator.path, line: locator.firstLine))
        }
    }
}

extension YAMLReader {
    /// The lines that give `key` in the block mapping whose first `key` libyaml marked at `mapping`: that line,
    /// then each later line that gives it at the same column, until a line less indented ends the mapping.
    /// libyaml names a repeated key but marks its first use, and the editor needs the line that repeats it.
    /// Empty when the mark's line does not start with the key (a flow mapping, `{a: 1, a: 2}`).
    static func uses(of key: String, in text: String, after mapping: SourceLocation, firstLine: Int) -> [SourceLocation] {
        func keyColumn(_ line: Substring) -> Int? {
            let column = line.prefix { $0 == " " || $0 == "-" }.count
            let rest = line.dropFirst(column)
            return rest.hasPrefix(key) && rest.dropFirst(key.count).drop(while: { $0 == " " }).hasPrefix(":") ? column : nil
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let first = (mapping.line ?? firstLine) - firstLine
        guard lines.indices.contains(first), let column = keyColumn(lines[first]) else { return [] }
        var found = [SourceLocation(path: mapping.path, line: firstLine + first, column: column + 1)]
        for offset in lines.indices.dropFirst(first + 1) {
            let line = lines[offset]
            let spaces = line.prefix { $0 == " " }.count
            if line.dropFirst(spaces).isEmpty || line.dropFirst(spaces).hasPrefix("#") { continue }
            if spaces < column { break }
            if spaces == column, keyColumn(line) == column {
                found.append(SourceLocation(path: mapping.path, line: firstLine + offset, column: column + 1))
            }
        }
        return found
    }
}

/// Turns libyaml's marks into file locations. libyaml also ends lines at a lone CR, NEL, LS and PS,
/// which the file's own lines (and editors) do not, so its line numbers drift after one unless mapped back;
/// and at the end of text with no final line break it counts one line more than there is.
private struct Locator {
    let text: String
    let path: String
    let firstLine: Int
    /// Per libyaml line: the file line it lies on (from 0) and the columns before it there.
    private var starts = [(line: 0, column: 0)]
    /// The columns of the text's last file line, where a mark past the end is put.
    private var lastColumns = 0

    init(_ text: String, path: String, firstLine: Int) {
        self.text = text
        self.path = path
        self.firstLine = firstLine
        var line = 0, column = 0, previous: Unicode.Scalar = "\n"
        for scalar in text.unicodeScalars {
            column += 1
            switch scalar {
            case "\n":
                line += 1
                column = 0
                // CR LF is one line end for libyaml as for the file: the start the CR made moves to the next line.
                if previous == "\r" { starts[starts.count - 1] = (line, 0) } else { starts.append((line, 0)) }
            case "\r", "\u{85}", "\u{2028}", "\u{2029}":
                starts.append((line, column))
            default: break
            }
            previous = scalar
        }
        lastColumns = column
    }

    func locate(_ mark: Mark?) -> SourceLocation {
        guard let mark else { return SourceLocation(path: path, line: firstLine) }
        guard starts.indices.contains(mark.line - 1) else {
            return SourceLocation(path: path, line: firstLine + (starts.last?.line ?? 0), column: lastColumns + 1)
        }
        let start = starts[mark.line - 1]
        return SourceLocation(path: path, line: firstLine + start.line, column: mark.column + start.column)
    }
}
