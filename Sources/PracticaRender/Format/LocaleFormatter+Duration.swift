import PracticaModel

extension LocaleFormatter {
    /// A duration in words: `6 months`, `6–12 месяцев`, `от 6 месеца`, `6+ חודשים`, `חודשיים`.
    public func duration(_ d: Duration) -> String {
        if d.openEnded { return openDuration(d) }
        if let upper = d.upper {
            // A range is counted by its upper end, as speakers do: 1–2 месяца, 2–5 месяцев.
            let unit = vocabulary.word(d.unit, countedCategory(upper), in: vocabulary.units)
            return "\(number(d.lower))–\(number(upper)) \(unit)"
        }
        if let count = Int(exactly: d.lower), let word = vocabulary.standalone[d.unit]?[count] {
            return word
        }
        return "\(number(d.lower)) \(vocabulary.word(d.unit, countedCategory(d.lower), in: vocabulary.units))"
    }

    /// `6+ months` or `от 6 месяцев`, whichever the language says.
    private func openDuration(_ d: Duration) -> String {
        let lower = number(d.lower)
        switch vocabulary.openRange {
        case .plusSign:
            // "6+" means more than one whatever the number, so the general plural reads right: 1+ months.
            return "\(lower)+ \(vocabulary.word(d.unit, .other, in: vocabulary.units))"
        case .preposition(let word):
            let table = vocabulary.genitive.isEmpty ? vocabulary.units : vocabulary.genitive
            return "\(word) \(lower) \(vocabulary.word(d.unit, plurals.category(d.lower), in: table))"
        }
    }

    /// The plural category of a count written with a numeral; Hebrew uses its plural, not the dual, after "2".
    private func countedCategory(_ value: Double) -> PluralCategory {
        let category = plurals.category(value)
        return category == .two ? .other : category
    }
}
