/// "Did you mean …" for a misspelt key: the closest candidate within a small edit distance.
public enum Suggestion {
    /// The candidate nearest to `word`, if it is close enough to be a likely typo.
    public static func closest(to word: String, among candidates: some Sequence<String>) -> String? {
        // Two edits turn any two-letter word into any other, so short words get one.
        let limit = word.count <= 3 ? 1 : max(2, word.count / 3)
        // Typos rarely hit the first letter, so among equally close candidates one that shares it wins.
        func rank(_ candidate: String) -> (Int, Int, String) {
            let distance = editDistance(word.lowercased(), candidate.lowercased())
            return (distance, candidate.lowercased().first == word.lowercased().first ? 0 : 1, candidate)
        }
        // Lengths that differ by more than the limit are too far apart to compare: the distance, over the same
        // scalars, is at least that.
        let length = word.lowercased().unicodeScalars.count
        let ranked = candidates.lazy.filter { abs($0.lowercased().unicodeScalars.count - length) <= limit }.map(rank).filter { $0.0 <= limit }
        return ranked.min { ($0.0, $0.1, $0.2) < ($1.0, $1.1, $1.2) }?.2
    }

    /// The hint text for a diagnostic, or nil when nothing is close.
    public static func hint(for word: String, among candidates: some Sequence<String>) -> String? {
        closest(to: word, among: candidates).map { "did you mean '\($0)'?" }
    }

    /// Levenshtein distance over Unicode scalars.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
