import Testing

@testable import PracticaRender

@Suite("CSV cells")
struct CSVTableTests {
    @Test("cells that a spreadsheet would run as formulas are defused", arguments: ["=1+2", "+7", "-3", "@SUM(A1)", "\tx", "\rx"])
    func formulas(cell: String) {
        #expect(CSVTable.cell(cell).hasPrefix("'") || CSVTable.cell(cell).hasPrefix("\"'"))
    }

    @Test("commas, quotes and line breaks are quoted as RFC 4180 says; plain text is left alone")
    func quoting() {
        #expect(CSVTable.cell("plain") == "plain")
        #expect(CSVTable.cell("a, b") == "\"a, b\"")
        #expect(CSVTable.cell("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVTable.cell("two\nlines") == "\"two\nlines\"")
        #expect(CSVTable.cell("windows\r\nlines") == "\"windows\r\nlines\"")
        #expect(CSVTable.cell("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
    }

    @Test("the table starts with a byte-order mark and ends lines with CRLF")
    func table() {
        var table = CSVTable(header: ["id", "title"])
        table.rows = [["a", "Клуб"]]
        #expect(table.text() == "\u{FEFF}id,title\r\na,Клуб\r\n")
    }
}
