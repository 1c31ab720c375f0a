import FuzzSupport
import PracticaCore
import PracticaModel

/// The first byte picks the parser: 0 duration text, 1 and 2 a card's cost and time, 3 cost bands.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzValues(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let input = FuzzInput(start, count)
    switch input.selector % 4 {
    case 0:
        if let duration = Duration.parse(input.rest.text) { ContentChecks.checkDuration(duration, context: "parse") }
    case 1, 2:
        fuzzCard(input.rest.fields(5), quoted: input.selector % 4 == 1)
    default:
        fuzzBands(input.rest.bytes)
    }
    return 0
}

/// Cost and duration fields written into a card, as YAML text or quoted, and read back through the model.
func fuzzCard(_ fields: [String], quoted: Bool) {
    var lines = ["---", "title: T", "summary: S", "topics: [poverty]"]
    if !fields[4].isEmpty {
        lines.append("implementation_time: \(quoted ? YAMLQuoting.quoted(fields[4]) : fields[4])")
        lines.append("stages: [{title: S, duration: \(quoted ? YAMLQuoting.quoted(fields[4]) : fields[4])}]")
    }
    lines.append("cost:")
    for (key, value) in zip(["from", "to", "currency", "note"], fields) where !value.isEmpty {
        lines.append("  \(key): \(quoted ? YAMLQuoting.quoted(value) : value)")
    }
    lines.append("---")
    var site = FuzzSite()
    site.set("content/practices/fuzz/en.md", lines.joined(separator: "\n"))
    let (content, diagnostics) = site.read()
    site.checkLocations(diagnostics)
    ContentChecks.check(content, diagnostics: diagnostics)
    for card in content.practices.flatMap(\.versions) {
        if quoted, let duration = card.implementationTime {
            require(Duration.parse(fields[4]) == duration, "the card read '\(fields[4])' unlike Duration.parse")
        }
        guard let cost = card.cost, let bands = content.config.costBands[cost.currency] else { continue }
        if let band = cost.band(in: bands) { require((0...bands.count).contains(band), "band \(band) of \(bands.count)") }
    }
}

/// Any amounts, however absurd, fall in a band and have a midpoint between them.
func fuzzBands(_ bytes: [UInt8]) {
    var numbers: [Double] = stride(from: 0, to: bytes.count - 7, by: 8).map { offset in
        Double(bitPattern: bytes[offset..<offset + 8].reduce(0) { $0 << 8 | UInt64($1) })
    }
    let from = numbers.isEmpty ? nil : numbers.removeFirst()
    let to = numbers.isEmpty ? nil : numbers.removeFirst()
    let cost = Cost(from: from, to: to, currency: "EUR")
    if let band = cost.band(in: numbers) {
        require((0...numbers.count).contains(band), "band \(band) of \(numbers.count) thresholds")
    }
    if let from, let to, from.isFinite, to.isFinite, let amount = cost.representativeAmount {
        require(amount >= min(from, to) && amount <= max(from, to), "midpoint \(amount) outside \(from)…\(to)")
    }
}
