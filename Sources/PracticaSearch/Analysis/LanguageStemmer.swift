/// Which stemmer a language uses; languages without one are only tokenized and normalized.
enum LanguageStemmer: Sendable, Equatable {
    case english, russian, bulgarian, hebrew, none

    /// Words longer than this are left unstemmed: no real word is, and it bounds the
    /// work a pathological token (a 1 MB run of letters) can cause.
    static let maximumLength = 64

    /// The stemmer for a BCP 47 primary subtag (already lowercased).
    init(primaryLanguage: String) {
        switch primaryLanguage {
        case "en": self = .english
        case "ru": self = .russian
        case "bg": self = .bulgarian
        case "he", "iw": self = .hebrew
        default: self = .none
        }
    }

    /// A stable name for the analysis, shared with the JavaScript analyzer.
    var name: String {
        switch self {
        case .english: "snowball-english"
        case .russian: "snowball-russian"
        case .bulgarian: "savoy-bulgarian"
        case .hebrew: "light-hebrew"
        case .none: "plain"
        }
    }

    /// Stems one normalized token in place.
    func stem(_ word: inout [UInt32], vocabulary: Set<String>?) {
        guard word.count <= Self.maximumLength else { return }
        switch self {
        case .english: EnglishStemmer().stem(&word)
        case .russian: RussianStemmer().stem(&word)
        case .bulgarian: BulgarianStemmer().stem(&word)
        case .hebrew: HebrewStemmer().stem(&word, vocabulary: vocabulary)
        case .none: break
        }
    }
}
