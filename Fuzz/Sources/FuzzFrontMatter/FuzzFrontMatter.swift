import Foundation
import FuzzSupport
import PracticaCore
import PracticaSource

/// Bytes of a content file → UTF-8 check → front-matter split → YAML with file locations.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFrontMatter(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let input = FuzzInput(start, count)
    let path = "content/practices/x/en.md"
    let text: String
    do {
        text = try TextDecoding.decode(Data(input.bytes), path: path)
    } catch {
        require(String(validating: input.bytes, as: UTF8.self) == nil, "valid UTF-8 refused")
        let line = error.location.line ?? 0
        require(line >= 1 && line <= Lines.maximum(in: input.text), "invalid UTF-8 reported at line \(line)")
        return 0
    }
    let document: SourceDocument
    do {
        document = try FrontMatter.split(text, path: path)
    } catch {
        require(error.location.line == 1, "split error away from the first line: \(error)")
        return 0
    }
    checkSplit(document, of: text)
    checkYAMLLines(document, in: text)
    checkSubsetReader(document)
    return 0
}

/// Where the subset reader answers, its answer is Yams' own, values and locations alike.
func checkSubsetReader(_ document: SourceDocument) {
    let text = document.frontMatter, path = document.path, line = document.frontMatterLine
    guard let subset = YAMLSubsetReader.parse(text, path: path, firstLine: line) else { return }
    let yams = try? YAMLReader.parseWithYams(text, path: path, firstLine: line)
    require(subset == yams, "the subset reader answered \(subset) where Yams gave \(String(describing: yams))")
}

/// The file's lines as an editor numbers them: ended by LF, with the CR of a CR LF not part of the line.
func fileLines(_ text: String) -> [[UInt8]] {
    var bytes = Array(text.utf8)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    return bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map { $0.last == 0x0D ? Array($0.dropLast()) : Array($0) }
}

/// The lines of a part the splitter returned, whose line ends are plain LF (a CR before one is content, from CR CR LF).
func partLines(_ text: String) -> [[UInt8]] {
    Array(text.utf8).split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
}

/// Front matter and body are the file's lines 2… and bodyLine…, unchanged, and the front matter holds no closing line.
func checkSplit(_ document: SourceDocument, of text: String) {
    let lines = fileLines(text)
    require(document.frontMatterLine == 2, "front matter starts on line \(document.frontMatterLine)")
    let matter = document.bodyLine == 3 && document.frontMatter.isEmpty ? [] : partLines(document.frontMatter)
    require(matter.count == document.bodyLine - 3, "\(matter.count) front matter lines before body line \(document.bodyLine)")
    for (offset, line) in matter.enumerated() {
        require(line == lines[1 + offset], "front matter line \(offset + 1) is not file line \(offset + 2)")
        let trimmed = String(decoding: line, as: UTF8.self).reversed().drop { $0 == " " || $0 == "\t" }.reversed()
        require(String(trimmed) != "---" && String(trimmed) != "...", "front matter holds its closing line")
    }
    let body = partLines(document.body)
    require(body == Array(lines.dropFirst(document.bodyLine - 1)) || (body == [[]] && lines.count < document.bodyLine),
        "body is not the file from line \(document.bodyLine)")
}

/// Whatever YAML says about the front matter, it says it about a line of the front matter, within the line.
func checkYAMLLines(_ document: SourceDocument, in text: String) {
    let lines = fileLines(text)
    let range = document.frontMatterLine...(document.bodyLine - 1)
    func check(_ location: SourceLocation, _ what: @autoclosure () -> String) {
        let line = location.line ?? 0
        require(range.contains(line), "\(what()) on line \(line), outside the front matter's lines \(range)")
        let width = String(decoding: lines[line - 1], as: UTF8.self).unicodeScalars.count
        require((1...width + 1).contains(location.column ?? 1), "\(what()) at column \(location.column ?? 0) of \(width)")
    }
    do {
        guard let root = try YAMLReader.parse(document.frontMatter, path: document.path, firstLine: document.frontMatterLine)
        else { return }
        var pending = [root]
        while let node = pending.popLast() {
            check(node.location, "YAML node")
            if let items = node.sequence { pending += items }
            for entry in node.mapping ?? [] {
                check(entry.keyLocation, "YAML key '\(entry.key)'")
                pending.append(entry.value)
            }
        }
    } catch {
        check(error.location, "YAML error '\(error.reason)'")
    }
}
