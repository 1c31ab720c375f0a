// The `among` tables of Snowball's english.sbl (Snowball 3.1), in the order and with the
// substring links the Snowball compiler emits; SnowballProgram.findAmong relies on both.
extension EnglishStemmer {
    enum Tables {
        static let regionPrefixes = [
            Among("arsen", -1, -1),
            Among("commun", -1, -1),
            Among("emerg", -1, -1),
            Among("gener", -1, -1),
            Among("inter", -1, -1),
            Among("later", -1, -1),
            Among("organ", -1, -1),
            Among("past", -1, -1),
            Among("univers", -1, -1),
        ]

        static let apostropheSuffixes = [
            Among("'", -1, 1),
            Among("'s'", 0, 1),
            Among("'s", -1, 1),
        ]

        static let step1aSuffixes = [
            Among("ied", -1, 2),
            Among("s", -1, 3),
            Among("ies", 1, 2),
            Among("sses", 1, 1),
            Among("ss", 1, -1),
            Among("us", 1, -1),
        ]

        static let eedExceptions = [
            Among("succ", -1, 1),
            Among("proc", -1, 1),
            Among("exc", -1, 1),
        ]

        static let ingExceptions = [
            Among("even", -1, 2),
            Among("cann", -1, 2),
            Among("inn", -1, 2),
            Among("earr", -1, 2),
            Among("herr", -1, 2),
            Among("out", -1, 2),
            Among("y", -1, 1),
        ]

        static let step1bSuffixes = [
            Among("", -1, -1),
            Among("ed", 0, 2),
            Among("eed", 1, 1),
            Among("ing", 0, 3),
            Among("edly", 0, 2),
            Among("eedly", 4, 1),
            Among("ingly", 0, 2),
        ]

        static let step1bEndings = [
            Among("", -1, 3),
            Among("bb", 0, 2),
            Among("dd", 0, 2),
            Among("ff", 0, 2),
            Among("gg", 0, 2),
            Among("bl", 0, 1),
            Among("mm", 0, 2),
            Among("nn", 0, 2),
            Among("pp", 0, 2),
            Among("rr", 0, 2),
            Among("at", 0, 1),
            Among("tt", 0, 2),
            Among("iz", 0, 1),
        ]

        static let step2Suffixes = [
            Among("anci", -1, 3),
            Among("enci", -1, 2),
            Among("ogi", -1, 14),
            Among("li", -1, 16),
            Among("bli", 3, 12),
            Among("abli", 4, 4),
            Among("alli", 3, 8),
            Among("fulli", 3, 9),
            Among("lessli", 3, 15),
            Among("ousli", 3, 10),
            Among("entli", 3, 5),
            Among("aliti", -1, 8),
            Among("biliti", -1, 12),
            Among("iviti", -1, 11),
            Among("tional", -1, 1),
            Among("ational", 14, 7),
            Among("alism", -1, 8),
            Among("ation", -1, 7),
            Among("ization", 17, 6),
            Among("izer", -1, 6),
            Among("ator", -1, 7),
            Among("iveness", -1, 11),
            Among("fulness", -1, 9),
            Among("ousness", -1, 10),
            Among("ogist", -1, 13),
        ]

        static let step3Suffixes = [
            Among("icate", -1, 4),
            Among("ative", -1, 6),
            Among("alize", -1, 3),
            Among("iciti", -1, 4),
            Among("ical", -1, 4),
            Among("tional", -1, 1),
            Among("ational", 5, 2),
            Among("ful", -1, 5),
            Among("ness", -1, 5),
        ]

        static let step4Suffixes = [
            Among("ic", -1, 1),
            Among("ance", -1, 1),
            Among("ence", -1, 1),
            Among("able", -1, 1),
            Among("ible", -1, 1),
            Among("ate", -1, 1),
            Among("ive", -1, 1),
            Among("ize", -1, 1),
            Among("iti", -1, 1),
            Among("al", -1, 1),
            Among("ism", -1, 1),
            Among("ion", -1, 2),
            Among("er", -1, 1),
            Among("ous", -1, 1),
            Among("ant", -1, 1),
            Among("ent", -1, 1),
            Among("ment", 15, 1),
            Among("ement", 16, 1),
        ]

        static let step5Suffixes = [
            Among("e", -1, 1),
            Among("l", -1, 2),
        ]

        static let exceptions = [
            Among("andes", -1, -1),
            Among("atlas", -1, -1),
            Among("bias", -1, -1),
            Among("cosmos", -1, -1),
            Among("early", -1, 6),
            Among("gently", -1, 4),
            Among("howe", -1, -1),
            Among("idly", -1, 3),
            Among("news", -1, -1),
            Among("only", -1, 7),
            Among("singly", -1, 8),
            Among("skies", -1, 2),
            Among("skis", -1, 1),
            Among("sky", -1, -1),
            Among("ugly", -1, 5),
        ]

        /// Replacements for `exceptions` results 1...8.
        static let exceptionForms = ["ski", "sky", "idl", "gentl", "ugli", "earli", "onli", "singl"].map(\.scalarValues)
    }
}
