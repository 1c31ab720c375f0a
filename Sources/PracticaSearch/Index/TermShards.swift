import Foundation
import PracticaCore

/// Splits the sorted term dictionary into ranges of about `targetBytes` each, so that a query
/// loads only the few shards that hold its words, whatever the corpus's size.
struct TermShards {
    /// One shard: the terms `from` (inclusive) up to the next shard's `from`, and its JSON.
    struct Shard {
        var from: String
        var json: Data
    }

    /// A shard closes once its postings pass this many bytes; a single term may exceed it alone.
    var targetBytes: Int

    /// Shards in term order; each `from` is the shortest prefix of its first term above the previous shard's last term.
    func split(_ postings: [String: [Int]]) -> [Shard] {
        let terms = postings.keys.sorted(by: Self.codePointOrder)
        var shards: [Shard] = []
        var current: [String: Any] = [:]
        var first: String?
        var last: String?
        var previousLast: String?
        var size = 0
        func close() {
            guard let opening = first else { return }
            let from = previousLast.map { Self.separator(after: $0, upTo: opening) } ?? ""
            shards.append(Shard(from: from, json: JSONText.data(current)))
            previousLast = last
            current = [:]
            first = nil
            size = 0
        }
        for term in terms {
            let list = postings[term] ?? []
            if first == nil { first = term }
            current[term] = list
            last = term
            size += term.utf8.count + 4 + list.reduce(0) { $0 + Self.digits($1) + 1 }
            if size >= targetBytes { close() }
        }
        close()
        return shards
    }

    /// The length of `n` written in decimal.
    static func digits(_ n: Int) -> Int {
        var n = abs(n), count = 1
        while n >= 10 { n /= 10; count += 1 }
        return count
    }

    /// Terms compare by Unicode scalars, as `codes()` does in the browser, so both sides agree on every range.
    static func codePointOrder(_ a: String, _ b: String) -> Bool {
        a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
    }

    /// The shortest prefix of `next` that sorts after `previous`: all a reader needs to find the shard boundary.
    static func separator(after previous: String, upTo next: String) -> String {
        var prefix = String.UnicodeScalarView()
        for scalar in next.unicodeScalars {
            prefix.append(scalar)
            if codePointOrder(previous, String(prefix)) { break }
        }
        return String(prefix)
    }
}
