import Foundation

/// Each language named in itself, for the language switcher.
public enum LanguageNames {
    static let known = ["en": "English", "he": "עברית", "ru": "Русский", "bg": "Български"]

    /// The endonym of `code`: "Русский" for ru; the code itself where the system knows no name.
    public static func endonym(_ code: String) -> String {
        if let name = known[code] { return name }
        let locale = Locale(identifier: code)
        guard let name = locale.localizedString(forLanguageCode: code), !name.isEmpty else { return code }
        return name.prefix(1).uppercased() + name.dropFirst()
    }
}
