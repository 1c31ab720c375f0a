// Step 1 of Porter2: plurals, possessives, -ed/-ing and terminal y.
extension EnglishStemmer {
    /// Possessive apostrophes, then -sses, -ied/-ies and plural -s.
    static func step1a(_ p: inout SnowballProgram) {
        let start = p.limit - p.cursor
        p.ket = p.cursor
        if p.findAmongB(Tables.apostropheSuffixes) == 0 {
            p.cursor = p.limit - start
        } else {
            p.bra = p.cursor
            p.sliceDel()
        }
        p.ket = p.cursor
        let found = p.findAmongB(Tables.step1aSuffixes)
        guard found != 0 else { return }
        p.bra = p.cursor
        switch found {
        case 1:
            p.sliceFrom(ss)
        case 2:
            // -ies/-ied → -i after two or more letters ("cries" → "cri"), else -ie ("ties").
            if p.cursor - 2 < p.limitBackward { p.sliceFrom(ie) } else { p.cursor -= 2; p.sliceFrom(i) }
        case 3:
            // Plural -s goes only if a vowel precedes the letter before it ("gaps", not "gas").
            guard p.cursor > p.limitBackward else { return }
            p.cursor -= 1
            guard p.goOutGroupingB(vowels) else { return }
            p.cursor -= 1
            p.sliceDel()
        default:
            break
        }
    }

    /// -eed/-eedly in R1, and -ed/-edly/-ing/-ingly after a vowel, with tidying of the result.
    static func step1b(_ p: inout SnowballProgram, _ r: Regions) {
        p.ket = p.cursor
        let found = p.findAmongB(Tables.step1bSuffixes)
        p.bra = p.cursor
        let start = p.limit - p.cursor
        switch found {
        case 1:
            replaceEed(&p, r)
            return
        case 2:
            break
        case 3:
            if ingException(&p) { return }
        default:
            return
        }
        p.cursor = p.limit - start
        let beforeVowelSearch = p.limit - p.cursor
        guard p.goOutGroupingB(vowels) else { return }
        p.cursor = p.limit - beforeVowelSearch
        p.sliceDel()
        tidyAfterSuffix(&p, r)
    }

    /// -eed → -ee in R1, except in "succeed", "proceed", "exceed".
    private static func replaceEed(_ p: inout SnowballProgram, _ r: Regions) {
        let start = p.limit - p.cursor
        if r.p1 <= p.cursor {
            let beforeStem = p.limit - p.cursor
            let isException = p.findAmongB(Tables.eedExceptions) != 0 && p.cursor <= p.limitBackward
            if !isException {
                p.cursor = p.limit - beforeStem
                p.sliceFrom(ee)
            }
        }
        p.cursor = p.limit - start
    }

    /// -ing after a lone consonant + y ("dying" → "die") or after a protected word
    /// ("evening", "inning"); true when handled, false to treat it as a plain suffix.
    private static func ingException(_ p: inout SnowballProgram) -> Bool {
        let found = p.findAmongB(Tables.ingExceptions)
        guard found != 0 else { return false }
        guard found == 1 else { return p.cursor <= p.limitBackward }
        let afterY = p.limit - p.cursor
        guard p.outGroupingB(vowels), p.cursor <= p.limitBackward else { return false }
        p.cursor = p.limit - afterY
        p.bra = p.cursor
        p.sliceFrom(ie)
        return true
    }

    /// After -ed/-ing: restore -e (-at, -bl, -iz, short words), undouble a final consonant.
    private static func tidyAfterSuffix(_ p: inout SnowballProgram, _ r: Regions) {
        p.ket = p.cursor
        p.bra = p.cursor
        let end = p.limit - p.cursor
        switch p.findAmongB(Tables.step1bEndings) {
        case 1:
            p.sliceFrom(e)
            return
        case 2:
            let beforeDouble = p.limit - p.cursor
            if p.inGroupingB(aeo), p.cursor <= p.limitBackward { return }
            p.cursor = p.limit - beforeDouble
        default:
            guard p.cursor == r.p1 else { return }
            let atEnd = p.limit - p.cursor
            guard shortSyllable(&p) else { return }
            p.cursor = p.limit - atEnd
            p.sliceFrom(e)
            return
        }
        p.cursor = p.limit - end
        p.ket = p.cursor
        guard p.cursor > p.limitBackward else { return }
        p.cursor -= 1
        p.bra = p.cursor
        p.sliceDel()
    }

    /// Terminal y or Y → i after a non-vowel that is not the first letter.
    static func step1c(_ p: inout SnowballProgram) {
        p.ket = p.cursor
        guard p.eatB(y) || p.eatB(capitalY) else { return }
        p.bra = p.cursor
        guard p.outGroupingB(vowels), p.cursor > p.limitBackward else { return }
        p.sliceFrom(i)
    }

    static let ss = "ss".scalarValues, ie = "ie".scalarValues, i = "i".scalarValues
    static let ee = "ee".scalarValues, e = "e".scalarValues
}
