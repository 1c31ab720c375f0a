import Foundation
import PracticaCore
import PracticaRender
import Testing

@testable import PracticaBuild

@Suite("Output writer")
struct OutputWriterTests {
    private func file(_ path: String, _ text: String) -> OutputFile { OutputFile(path: path, bytes: Data(text.utf8)) }

    @Test("files written on all cores all arrive, and of two with one path the later one is kept, as in order")
    func writesEveryFileAndTheLaterOfTwo() throws {
        let disk = InMemoryFileSystem()
        let writer = OutputWriter(fileSystem: disk, target: "out", enabled: true, inPlace: true)
        var files = (0..<500).map { file("api/practices/p\($0).json", "{\"n\":\($0)}") }
        files.append(file("api/practices/p7.json", "later"))
        var diagnostics: [Diagnostic] = []
        writer.write(files, diagnostics: &diagnostics)
        #expect(diagnostics.isEmpty)
        #expect(disk.text("out/api/practices/p499.json") == "{\"n\":499}")
        #expect(disk.text("out/api/practices/p7.json") == "later")
        #expect(writer.count == 500)
    }

    @Test("files that cannot be written are reported each with its path, in the order given")
    func reportsFailuresInOrder() {
        let writer = OutputWriter(fileSystem: RefusingFileSystem(), target: "out", enabled: true, inPlace: true)
        var diagnostics: [Diagnostic] = []
        writer.write((0..<50).map { file("f\($0)/\($0 % 5 == 0 ? "bad" : "good").txt", "x") }, diagnostics: &diagnostics)
        #expect(diagnostics.map(\.location.path) == stride(from: 0, to: 50, by: 5).map { "out/f\($0)/bad.txt" })
        #expect(diagnostics.allSatisfy { $0.message.hasPrefix("cannot write f") })
    }
}

/// Memory, except that files named bad.txt cannot be written.
private struct RefusingFileSystem: FileSystem {
    let memory = InMemoryFileSystem()
    func read(_ path: String) throws -> Data { try memory.read(path) }
    func kind(of path: String) -> FileKind? { memory.kind(of: path) }
    func entries(_ path: String) throws -> [String] { try memory.entries(path) }
    func write(_ data: Data, to path: String) throws {
        if path.hasSuffix("/bad.txt") { throw CocoaError(.fileWriteNoPermission) }
        try memory.write(data, to: path)
    }
    func copy(_ source: String, to target: String) throws { try memory.copy(source, to: target) }
    func makeDirectory(_ path: String) throws { try memory.makeDirectory(path) }
    func remove(_ path: String) throws { try memory.remove(path) }
    func move(_ source: String, to target: String) throws { try memory.move(source, to: target) }
}
