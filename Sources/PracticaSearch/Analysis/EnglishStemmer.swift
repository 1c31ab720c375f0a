/// The Snowball English stemmer ("Porter2", english.sbl as of Snowball 3.1), ported
/// routine by routine from the reference implementation; checked against Snowball's
/// own output in Tests/Shared/snowball-en.tsv.
public struct EnglishStemmer: Sendable {
    /// A stemmer; it holds no state.
    public init() {}

    /// The Porter2 stem of one lowercase word.
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

    /// R1 and R2, the regions after the first and second non-vowel following a vowel.
    struct Regions {
        var p1: Int
        var p2: Int
    }

    static let vowels = Grouping("aeiouy")
    static let vowelsWXY = Grouping("aeiouywxY")
    static let aeo = Grouping("aeo")
    static let validLI = Grouping("cdeghkmnrt")
    static let apostrophe = UInt32(0x27), y = UInt32(0x79), capitalY = UInt32(0x59)

    static func run(_ p: inout SnowballProgram) {
        if exception(&p) { return }
        p.cursor = 0
        if p.limit < 3 { return }
        let yFound = prelude(&p)
        let regions = markRegions(&p)
        p.limitBackward = p.cursor
        // Each step starts from the end of the word as the previous step left it.
        p.cursor = p.limit; step1a(&p)
        p.cursor = p.limit; step1b(&p, regions)
        p.cursor = p.limit; step1c(&p)
        p.cursor = p.limit; step2(&p, regions)
        p.cursor = p.limit; step3(&p, regions)
        p.cursor = p.limit; step4(&p, regions)
        p.cursor = p.limit; step5(&p, regions)
        p.cursor = p.limitBackward
        if yFound {
            for i in 0..<p.limit where p.current[i] == capitalY { p.current[i] = y }
        }
    }

    /// Whole words with irregular stems, or none (results below 1 leave the word alone).
    static func exception(_ p: inout SnowballProgram) -> Bool {
        p.bra = p.cursor
        let found = p.findAmong(Tables.exceptions)
        guard found != 0 else { return false }
        p.ket = p.cursor
        guard p.cursor >= p.limit else { return false }
        if found > 0 { p.sliceFrom(Tables.exceptionForms[found - 1]) }
        return true
    }

    /// Drops a leading apostrophe and marks consonantal y as Y; reports whether any Y was made.
    static func prelude(_ p: inout SnowballProgram) -> Bool {
        var yFound = false
        if p.limit > 0, p.current[0] == apostrophe {
            p.bra = 0
            p.ket = 1
            p.sliceDel()
        }
        p.cursor = 0
        if p.limit > 0, p.current[0] == y {
            p.current[0] = capitalY
            yFound = true
        }
        var i = 0
        while i + 1 < p.limit {
            if vowels.contains(p.current[i]), p.current[i + 1] == y {
                p.current[i + 1] = capitalY
                yFound = true
            }
            i += 1
        }
        p.cursor = 0
        return yFound
    }

    static func markRegions(_ p: inout SnowballProgram) -> Regions {
        var regions = Regions(p1: p.limit, p2: p.limit)
        let start = p.cursor
        defer { p.cursor = start }
        if p.findAmong(Tables.regionPrefixes) == 0 {
            p.cursor = start
            guard skipVowelThenConsonant(&p) else { return regions }
        }
        regions.p1 = p.cursor
        guard skipVowelThenConsonant(&p) else { return regions }
        regions.p2 = p.cursor
        return regions
    }

    /// gopast v, gopast non-v.
    static func skipVowelThenConsonant(_ p: inout SnowballProgram) -> Bool {
        guard p.goOutGrouping(vowels) else { return false }
        p.cursor += 1
        guard p.goInGrouping(vowels) else { return false }
        p.cursor += 1
        return true
    }

    /// A short syllable ends at the cursor.
    static func shortSyllable(_ p: inout SnowballProgram) -> Bool {
        let start = p.limit - p.cursor
        if p.outGroupingB(vowelsWXY), p.inGroupingB(vowels), p.outGroupingB(vowels) { return true }
        p.cursor = p.limit - start
        if p.outGroupingB(vowels), p.inGroupingB(vowels), p.cursor <= p.limitBackward { return true }
        p.cursor = p.limit - start
        return p.eqSB(past)
    }

    static let past = "past".scalarValues
}
