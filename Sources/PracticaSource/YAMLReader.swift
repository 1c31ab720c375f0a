import PracticaCore
import Yams

/// Parses YAML text into located nodes. The only file that sees Yams.
public enum YAMLReader {
    /// Parses `text`, whose first line is line `firstLine` of the file at `path`.
    public static func parse(_ text: String, path: String, firstLine: Int = 1) throws(ContentError) -> YAMLNode? {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            throw contentError(error, path: path, firstLine: firstLine)
        } catch {
            throw ContentError("invalid YAML: \(error)", at: SourceLocation(path: path, line: firstLine))
        }
        guard let node else { return nil }
        return convert(node, path: path, firstLine: firstLine)
    }

    private static func convert(_ node: Node, path: String, firstLine: Int) -> YAMLNode {
        let location = locate(node.mark, path: path, firstLine: firstLine)
        switch node {
        case .scalar(let scalar):
            let isNull = scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
            return YAMLNode(isNull ? .null : .scalar(scalar.string), at: location)
        case .sequence(let sequence):
            return YAMLNode(.sequence(sequence.map { convert($0, path: path, firstLine: firstLine) }), at: location)
        case .mapping(let mapping):
            let entries = mapping.map { key, value in
                YAMLEntry(
                    key: key.string ?? "",
                    keyLocation: locate(key.mark, path: path, firstLine: firstLine),
                    value: convert(value, path: path, firstLine: firstLine))
            }
            return YAMLNode(.mapping(entries), at: location)
        case .alias:
            return YAMLNode(.null, at: location)
        }
    }

    private static func locate(_ mark: Mark?, path: String, firstLine: Int) -> SourceLocation {
        guard let mark else { return SourceLocation(path: path, line: firstLine) }
        return SourceLocation(path: path, line: mark.line + firstLine - 1, column: mark.column)
    }

    /// Turns libyaml's message into a located diagnostic, at the YAML's own line.
    private static func contentError(_ error: YamlError, path: String, firstLine: Int) -> ContentError {
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let hint = context.map { "\($0.text) at line \($0.mark.line + firstLine - 1)" }
            return ContentError(
                "invalid YAML: \(problem)", at: locate(mark, path: path, firstLine: firstLine), hint: hint)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return ContentError(
                "duplicate key '\(duplicates.joined(separator: "', '"))'",
                at: locate(context.mark, path: path, firstLine: firstLine))
        default:
            return ContentError("invalid YAML: \(error)", at: SourceLocation(path: path, line: firstLine))
        }
    }
}
