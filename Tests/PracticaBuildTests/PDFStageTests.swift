import Foundation
import Testing

@testable import PracticaBuild

/// The browser that prints PDFs is a separate process; a hung one must not hang the build.
@Suite("PDF printing")
struct PDFStageTests {
    @Test("a printer that ends in time is waited for, and its exit status kept")
    func endsInTime() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "exit 3"]
        try process.run()
        #expect(PDFStage.waitForExit(process, seconds: 30))
        #expect(process.terminationStatus == 3)
    }

    @Test("a printer that hangs is stopped at the deadline and reported as not done")
    func hangs() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sleep")
        process.arguments = ["30"]
        try process.run()
        #expect(!PDFStage.waitForExit(process, seconds: 0.2))
        #expect(!process.isRunning)
    }
}
