import FuzzSupport
import PracticaCore
import PracticaModel

/// Where the first byte puts the rest of the input in an otherwise valid site.
enum Slot: UInt8, CaseIterable {
    /// A practice card; the most common and richest document.
    case practice
    /// The same practice in two languages, cut at the first NUL: exercises translation agreement.
    case translations
    case model
    case page
    /// site.yml itself, beside a plain card.
    case siteConfig
    /// taxonomies.yml, beside a plain card.
    case taxonomies
}

/// One file of a site → source stage → YAML → typed model → cross-file validation.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDocument(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let input = FuzzInput(start, count)
    guard let slot = Slot(rawValue: input.selector % UInt8(Slot.allCases.count)) else { return 0 }
    var site = FuzzSite()
    let body = input.rest.bytes
    switch slot {
    case .practice: site.set("content/practices/fuzz/en.md", body)
    case .translations:
        let parts = body.split(separator: 0, maxSplits: 1, omittingEmptySubsequences: false)
        site.set("content/practices/fuzz/en.md", Array(parts[0]))
        site.set("content/practices/fuzz/ru.md", parts.count > 1 ? Array(parts[1]) : [])
    case .model:
        site.set("content/models/fuzz/en.md", body)
        site.set("content/practices/plain/en.md", FuzzSite.plainCard)
    case .page: site.set("content/pages/fuzz/en.md", body)
    case .siteConfig:
        site.set("content/site.yml", body)
        site.set("content/practices/plain/en.md", FuzzSite.plainCard)
    case .taxonomies:
        site.set("content/taxonomies.yml", body)
        site.set("content/practices/plain/en.md", FuzzSite.plainCard)
    }
    let (content, diagnostics) = site.read()
    site.checkLocations(diagnostics)
    ContentChecks.check(content, diagnostics: diagnostics)
    return 0
}
