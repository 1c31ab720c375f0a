/// The Snowball Russian stemmer (russian.sbl as of Snowball 3.1), ported routine by
/// routine from the reference implementation; checked against Snowball's own output
/// in Tests/Shared/snowball-ru.tsv.
public struct RussianStemmer: Sendable {
    /// A stemmer; it holds no state.
    public init() {}

    /// The Snowball stem of one lowercase Russian word.
    public func stem(_ word: String) -> String {
        var scalars = word.scalarValues
        stem(&scalars)
        return String(scalarValues: scalars)
    }

    /// Stems scalar values in place.
    func stem(_ word: inout [UInt32]) {
        var program = SnowballProgram()
        swap(&program.current, &word)
        program.reset()
        Self.run(&program)
        swap(&program.current, &word)
    }

    static let vowels = Grouping("аеиоуыэюя")
    static let a = UInt32(0x430), ya = UInt32(0x44F), i = UInt32(0x438), n = UInt32(0x43D)
    static let io = UInt32(0x451), ie = UInt32(0x435)

    static func run(_ p: inout SnowballProgram) {
        for index in 0..<p.limit where p.current[index] == io { p.current[index] = ie }
        let (rv, r2) = markRegions(&p)
        p.cursor = p.limit
        guard p.cursor >= rv else { return }
        let savedLimitBackward = p.limitBackward
        // Every suffix rule works inside RV, the part after the first vowel.
        p.limitBackward = rv
        removeInflection(&p)
        p.cursor = p.limit
        p.ket = p.cursor
        if p.eatB(i) {
            p.bra = p.cursor
            p.sliceDel()
        } else {
            p.cursor = p.limit
        }
        p.cursor = p.limit
        removeDerivational(&p, r2)
        p.cursor = p.limit
        tidyUp(&p)
        p.limitBackward = savedLimitBackward
    }

    /// RV starts after the first vowel; R2 after the second vowel–non-vowel pair.
    static func markRegions(_ p: inout SnowballProgram) -> (rv: Int, r2: Int) {
        var rv = p.limit, r2 = p.limit
        let start = p.cursor
        defer { p.cursor = start }
        guard p.goOutGrouping(vowels) else { return (rv, r2) }
        p.cursor += 1
        rv = p.cursor
        guard p.goInGrouping(vowels) else { return (rv, r2) }
        p.cursor += 1
        guard p.goOutGrouping(vowels) else { return (rv, r2) }
        p.cursor += 1
        guard p.goInGrouping(vowels) else { return (rv, r2) }
        p.cursor += 1
        r2 = p.cursor
        return (rv, r2)
    }

    /// A perfective gerund; or else an optional reflexive, then an adjectival, verb or noun ending.
    static func removeInflection(_ p: inout SnowballProgram) {
        let start = p.limit - p.cursor
        if removeEnding(&p, Tables.perfectiveGerund, groupOneAfterAOrYa: true) { return }
        p.cursor = p.limit - start
        let beforeReflexive = p.limit - p.cursor
        if !removeEnding(&p, Tables.reflexive) { p.cursor = p.limit - beforeReflexive }
        let afterReflexive = p.limit - p.cursor
        if removeAdjectival(&p) { return }
        p.cursor = p.limit - afterReflexive
        if removeEnding(&p, Tables.verb, groupOneAfterAOrYa: true) { return }
        p.cursor = p.limit - afterReflexive
        _ = removeEnding(&p, Tables.noun)
    }

    /// Deletes the longest ending of `table`; in gerund and verb tables, result 1 endings
    /// count only after а or я, which stays.
    static func removeEnding(
        _ p: inout SnowballProgram, _ table: [Among], groupOneAfterAOrYa: Bool = false
    ) -> Bool {
        p.ket = p.cursor
        let found = p.findAmongB(table)
        guard found != 0 else { return false }
        p.bra = p.cursor
        if found == 1, groupOneAfterAOrYa {
            guard p.eatB(a) || p.eatB(ya) else { return false }
        }
        p.sliceDel()
        return true
    }

    /// An adjective ending, then optionally a participle suffix before it.
    static func removeAdjectival(_ p: inout SnowballProgram) -> Bool {
        p.ket = p.cursor
        guard p.findAmongB(Tables.adjective) != 0 else { return false }
        p.bra = p.cursor
        p.sliceDel()
        let afterAdjective = p.limit - p.cursor
        p.ket = p.cursor
        let found = p.findAmongB(Tables.participle)
        guard found != 0 else {
            p.cursor = p.limit - afterAdjective
            return true
        }
        p.bra = p.cursor
        if found == 1, !(p.eatB(a) || p.eatB(ya)) {
            p.cursor = p.limit - afterAdjective
            return true
        }
        p.sliceDel()
        return true
    }

    /// -ост/-ость in R2.
    static func removeDerivational(_ p: inout SnowballProgram, _ r2: Int) {
        p.ket = p.cursor
        guard p.findAmongB(Tables.derivational) != 0 else { return }
        p.bra = p.cursor
        guard r2 <= p.cursor else { return }
        p.sliceDel()
    }

    /// Superlative -ейш(е), then нн → н; or нн → н; or a final soft sign.
    static func tidyUp(_ p: inout SnowballProgram) {
        p.ket = p.cursor
        let found = p.findAmongB(Tables.tidyUp)
        guard found != 0 else { return }
        p.bra = p.cursor
        switch found {
        case 1:
            p.sliceDel()
            p.ket = p.cursor
            guard p.eatB(n) else { return }
            p.bra = p.cursor
            guard p.eatB(n) else { return }
            p.sliceDel()
        case 2:
            guard p.eatB(n) else { return }
            p.sliceDel()
        default:
            p.sliceDel()
        }
    }
}
