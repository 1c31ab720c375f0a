// Steps 2–5 of Porter2: derivational suffixes in R1 and R2, then final -e and -ll.
extension EnglishStemmer {
    /// Double suffixes in R1 reduced to single ones ("-ational" → "-ate", "-fulness" → "-ful").
    static func step2(_ p: inout SnowballProgram, _ r: Regions) {
        p.ket = p.cursor
        let found = p.findAmongB(Tables.step2Suffixes)
        guard found != 0 else { return }
        p.bra = p.cursor
        guard r.p1 <= p.cursor else { return }
        switch found {
        case 14:
            guard p.eatB(l) else { return }
            p.sliceFrom(step2Replacements[13])
        case 16:
            guard p.inGroupingB(validLI) else { return }
            p.sliceDel()
        default:
            p.sliceFrom(step2Replacements[found - 1])
        }
    }

    /// Replacements for step 2 results 1...15 (14 needs a preceding "l", 16 deletes).
    static let step2Replacements = [
        "tion", "ence", "ance", "able", "ent", "ize", "ate", "al", "ful", "ous", "ive", "ble",
        "og", "og", "less",
    ].map(\.scalarValues)

    /// -icate, -alize, -ful, -ness … in R1; -ative in R2.
    static func step3(_ p: inout SnowballProgram, _ r: Regions) {
        p.ket = p.cursor
        let found = p.findAmongB(Tables.step3Suffixes)
        guard found != 0 else { return }
        p.bra = p.cursor
        guard r.p1 <= p.cursor else { return }
        switch found {
        case 1: p.sliceFrom(step2Replacements[0])
        case 2: p.sliceFrom(step2Replacements[6])
        case 3: p.sliceFrom(step2Replacements[7])
        case 4: p.sliceFrom(ic)
        case 5: p.sliceDel()
        default:
            guard r.p2 <= p.cursor else { return }
            p.sliceDel()
        }
    }

    /// Suffixes deleted in R2; -ion only after s or t.
    static func step4(_ p: inout SnowballProgram, _ r: Regions) {
        p.ket = p.cursor
        let found = p.findAmongB(Tables.step4Suffixes)
        guard found != 0 else { return }
        p.bra = p.cursor
        guard r.p2 <= p.cursor else { return }
        if found == 2 {
            guard p.eatB(s) || p.eatB(t) else { return }
        }
        p.sliceDel()
    }

    /// Final -e in R2, or in R1 unless after a short syllable; -ll → -l in R2.
    static func step5(_ p: inout SnowballProgram, _ r: Regions) {
        p.ket = p.cursor
        let found = p.findAmongB(Tables.step5Suffixes)
        guard found != 0 else { return }
        p.bra = p.cursor
        if found == 1 {
            if r.p2 > p.cursor {
                guard r.p1 <= p.cursor else { return }
                let beforeE = p.limit - p.cursor
                if shortSyllable(&p) { return }
                p.cursor = p.limit - beforeE
            }
            p.sliceDel()
        } else {
            guard r.p2 <= p.cursor, p.eatB(l) else { return }
            p.sliceDel()
        }
    }

    static let ic = "ic".scalarValues
    static let l = UInt32(0x6C), s = UInt32(0x73), t = UInt32(0x74)
}
