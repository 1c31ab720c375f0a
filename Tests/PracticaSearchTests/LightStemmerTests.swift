import Testing

@testable import PracticaSearch

@Suite("Bulgarian and Hebrew light stemmers")
struct LightStemmerTests {
    @Test(
        "Bulgarian follows Savoy's rules",
        arguments: [
            ("градовете", "град"), ("народите", "народ"), ("пътищата", "път"), ("дядовците", "дяд"),
            ("мъжът", "мъжът"), ("братята", "брат"), ("вестта", "вест"), ("моретата", "мор"),
            ("изключенията", "изключени"), ("красивият", "красив"), ("собствениците", "собственик"),
            ("подлозите", "подлог"), ("кожусите", "кожух"), ("центровете", "центр"), ("промените", "промян"),
            ("песента", "песн"), ("строевете", "строй"), ("къща", "къщ"), ("аз", "аз"),
        ])
    func bulgarian(_ word: String, _ stem: String) {
        #expect(BulgarianStemmer().stem(word) == stem)
    }

    @Test("Hebrew prefix sequences stack in grammatical order")
    func hebrewPrefixes() {
        func lengths(_ word: String) -> [Int] { HebrewPrefixes.lengths(of: word.scalarValues) }
        #expect(lengths("וכשהילדים") == [4, 3, 2, 1])  // וכשה, וכש, וכ, ו
        #expect(lengths("מהבית") == [2, 1])
        #expect(lengths("משהו") == [3, 2, 1])
        #expect(lengths("בהתאם") == [1])
        #expect(lengths("ילד").isEmpty)
        #expect(lengths("ו") == [1])
    }

    @Test(
        "Hebrew endings and final letters",
        arguments: [
            ("ילדים", "ילד"), ("משפחות", "משפח"), ("משפחה", "משפח"), ("משפחת", "משפח"), ("ילדי", "ילד"),
            ("בית", "בית"), ("מים", "מימ"), ("אות", "אות"), ("זה", "זה"), ("מלך", "מלכ"), ("ארץ", "ארצ"),
            ("שלי", "שלי"),
        ])
    func hebrewEndings(_ word: String, _ stem: String) {
        #expect(HebrewStemmer().stem(word) == stem)
    }

    @Test("Hebrew prefixes go only when the vocabulary knows the rest, written or stemmed")
    func hebrewVocabulary() {
        let stemmer = HebrewStemmer()
        #expect(stemmer.stem("והמשפחות", vocabulary: ["משפח"]) == "משפח")
        #expect(stemmer.stem("והמשפחות", vocabulary: ["משפחות"]) == "משפח")
        #expect(stemmer.stem("והמשפחות", vocabulary: []) == "והמשפח")
        #expect(stemmer.stem("והמשפחות") == "והמשפח")
        #expect(stemmer.stem("לשלום", vocabulary: ["שלום"]) == "שלומ")
        #expect(stemmer.stem("הבית", vocabulary: ["הבית", "בית"]) == "בית")
        #expect(stemmer.stem("בי", vocabulary: ["י"]) == "בי")
    }
}
