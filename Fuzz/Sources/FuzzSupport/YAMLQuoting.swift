/// Writes any text as a YAML double-quoted scalar that reads back to exactly that text.
public enum YAMLQuoting {
    /// `text` in double quotes; everything but printable ASCII is escaped, since libyaml refuses
    /// some characters raw and folds line breaks (including NEL, LS and PS) inside quotes.
    public static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case " "..."~": result.unicodeScalars.append(scalar)
            default: result += "\\U" + hex(scalar.value)
            }
        }
        return result + "\""
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }
}
