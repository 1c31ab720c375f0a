import Foundation
import PracticaCore
import PracticaModel

/// The api/ exports kept practice by practice between the builds of one process: a rebuild serializes only
/// the practices whose sources changed and splices the aggregate files from the kept pieces.
///
/// Each practice's pieces come from `Exports` run on a site of that practice alone, and the aggregates' frames
/// from `Exports` run on no practice, so the bytes are the ones `Exports` writes. Should its format ever stop
/// being "frame around the pieces, joined", the pieces fail the check below and every file is made in full.
public final class ExportCache: @unchecked Sendable {
    /// One practice's exports: its own file, and its part of the aggregate JSON and of the CSV.
    struct Piece: Sendable {
        var fingerprint: UInt64
        var file: OutputFile
        var json: Data
        var csv: Data
    }

    private var pieces: [String: Piece] = [:]
    private let lock = NSLock()

    public init() {}

    /// How many practices have their exports kept.
    public var count: Int { lock.withLock { pieces.count } }

    func piece(_ id: String, fingerprint: UInt64) -> Piece? {
        lock.withLock { pieces[id].flatMap { $0.fingerprint == fingerprint ? $0 : nil } }
    }

    /// Keeps `fresh` and forgets practices that are gone.
    func replace(with fresh: [String: Piece]) { lock.withLock { pieces = fresh } }
}

extension SiteRenderer {
    /// The exports, made practice by practice on all cores and spliced; from `cache` (with digests) where a
    /// practice is unchanged. Nil when the pieces cannot be spliced.
    func exports(_ cache: ExportCache?) -> [OutputFile]? {
        guard let frame = ExportFrame(Exports(renderer: only([])).files()) else { return nil }
        let digests = cache == nil ? nil : self.digests
        let made = ParallelMap.map(content.practices) { practice -> ExportCache.Piece? in
            guard let digests else { return frame.piece(Exports(renderer: only([practice])).files(), 0) }
            var hasher = StableHasher()
            hasher.combine(digests.global)
            hasher.combine(practice.id)
            hasher.combine(optional: digests.practice(practice.id))
            // Related practices and models are exported only while published: another practice turning draft or
            // going away changes this one's export.
            for card in practice.versions {
                for id in card.related { hasher.combine(content.practice(id) != nil) }
                if let model = card.model { hasher.combine(content.model(model) != nil) }
            }
            return cache?.piece(practice.id, fingerprint: hasher.value) ?? frame.piece(Exports(renderer: only([practice])).files(), hasher.value)
        }
        let pieces = made.compactMap { $0 }
        guard pieces.count == content.practices.count else { return nil }
        if digests != nil { cache?.replace(with: Dictionary(zip(content.practices.map(\.id), pieces)) { first, _ in first }) }
        return pieces.map(\.file) + frame.aggregates(pieces)
    }

    /// This renderer for a site holding only `practices`: contexts keep the whole site's labels and URLs.
    private func only(_ practices: [Practice]) -> SiteRenderer {
        var renderer = self
        renderer.content.practices = practices
        return renderer
    }
}

/// The aggregate files' bytes around their practices' pieces, taken from the exports of no practice.
private struct ExportFrame {
    var jsonPath: String
    var jsonHead: Data
    var jsonTail: Data
    var csvPath: String
    var csvHead: Data

    /// Expects the JSON aggregate and then the CSV, as the exports of an empty site: `…[]…` and the header line.
    init?(_ empty: [OutputFile]) {
        guard empty.count == 2, let brackets = empty[0].bytes.range(of: Data("[]".utf8)) else { return nil }
        jsonPath = empty[0].path
        jsonHead = empty[0].bytes[..<(brackets.lowerBound + 1)]
        jsonTail = empty[0].bytes[(brackets.upperBound - 1)...]
        csvPath = empty[1].path
        csvHead = empty[1].bytes
    }

    /// One practice's piece from the exports of a site holding it alone: its file, then the two aggregates.
    func piece(_ files: [OutputFile], _ fingerprint: UInt64) -> ExportCache.Piece? {
        guard files.count == 3, files[1].path == jsonPath, files[2].path == csvPath else { return nil }
        let json = files[1].bytes, csv = files[2].bytes
        guard json.starts(with: jsonHead), json.count > jsonHead.count + jsonTail.count, json.suffix(jsonTail.count) == jsonTail,
            csv.starts(with: csvHead)
        else { return nil }
        return ExportCache.Piece(
            fingerprint: fingerprint, file: files[0],
            json: Data(json.dropFirst(jsonHead.count).dropLast(jsonTail.count)), csv: Data(csv.dropFirst(csvHead.count)))
    }

    /// The aggregate JSON and CSV of every piece, in order.
    func aggregates(_ pieces: [ExportCache.Piece]) -> [OutputFile] {
        var json = jsonHead
        for (index, piece) in pieces.enumerated() {
            if index > 0 { json.append(UInt8(ascii: ",")) }
            json.append(piece.json)
        }
        json.append(jsonTail)
        var csv = csvHead
        for piece in pieces { csv.append(piece.csv) }
        return [OutputFile(path: jsonPath, bytes: json), OutputFile(path: csvPath, bytes: csv)]
    }
}
