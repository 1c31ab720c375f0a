import Testing

@testable import PracticaRender

@Suite("Entry headings")
struct EntryHeadingTests {
    let marker = EntryHeading.marker

    @Test("fill puts the heading wherever the marker stands, at the ends and between other text")
    func fillsEveryMarker() {
        #expect(EntryHeading.h2.fill("<\(marker) class=\"t\">Шаг</\(marker)>") == "<h2 class=\"t\">Шаг</h2>")
        #expect(EntryHeading.h3.fill(marker + "x" + marker) == "h3xh3")
        #expect(EntryHeading.h3.fill("no marker: שלום") == "no marker: שלום")
    }

    @Test("the marker's first character alone, or a cut-off marker, stays as it is")
    func leavesPartialMarkersAlone() {
        let cut = String(marker.dropLast())
        #expect(EntryHeading.h2.fill("\u{E000}icon \(cut)") == "\u{E000}icon \(cut)")
        #expect(EntryHeading.h2.fill("\u{E000}\(marker)") == "\u{E000}h2")
    }
}
