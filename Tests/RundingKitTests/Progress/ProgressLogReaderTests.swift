import Foundation
import Testing
@testable import RundingKit

@Suite struct ProgressLogReaderTests {
    static let good = SampleEvents.answer().jsonLine

    static func read(_ bytes: [UInt8]) -> (events: [ProgressEvent], warnings: [String]) {
        let reader = ProgressLogReader(bytes: bytes, path: "aisyah.jsonl")
        let events = Array(reader)
        return (events, reader.warnings.map(\.description))
    }

    static func bytes(_ lines: String...) -> [UInt8] {
        Array(lines.joined().utf8)
    }

    @Test func readsEveryGoodLine() {
        let result = Self.read(Self.bytes(Self.good, "\n", Self.good, "\n"))
        #expect(result.events.count == 2)
        #expect(result.warnings.isEmpty)
    }

    @Test func malformedLineIsSkippedWithItsLineNumber() {
        let result = Self.read(Self.bytes(Self.good, "\n", "{not json\n", Self.good, "\n"))
        #expect(result.events.count == 2)
        #expect(result.warnings == ["aisyah.jsonl:2: not valid JSON: expected a key in quotes at column 2; line skipped"])
    }

    @Test func tornLastLineIsReported() {
        let torn = String(Self.good.prefix(40))
        let result = Self.read(Self.bytes(Self.good, "\n", torn))
        #expect(result.events.count == 1)
        #expect(result.warnings == ["aisyah.jsonl:2: incomplete last line (no newline; interrupted write?) skipped"])
    }

    @Test func completeLastLineWithoutNewlineIsKept() {
        let result = Self.read(Self.bytes(Self.good, "\n", Self.good))
        #expect(result.events.count == 2)
        #expect(result.warnings.isEmpty)
    }

    @Test func blankLinesAndCRLFAreFine() {
        let result = Self.read(Self.bytes("\n", "   \n", Self.good, "\r\n", "\n", Self.good, "\n"))
        #expect(result.events.count == 2)
        #expect(result.warnings.isEmpty)
    }

    @Test func invalidUTF8InAStringIsSkipped() {
        var bytes = Array(Self.good.replacingOccurrences(of: "promoter", with: "pro").utf8)
        let index = bytes.firstIndex(of: UInt8(ascii: "p"))!
        bytes.insert(contentsOf: [0xC3, 0x28], at: index)  // an invalid two-byte sequence in "response"
        let result = Self.read(Self.bytes(Self.good, "\n") + bytes + [0x0A] + Self.bytes(Self.good, "\n"))
        #expect(result.events.count == 2)
        #expect(result.warnings.count == 1)
        #expect(result.warnings.first?.hasPrefix("aisyah.jsonl:2: not valid JSON: not valid UTF-8") == true)
    }

    @Test func versionTwoIsSkipped() {
        let future = Self.good.replacingOccurrences(of: #""v":1"#, with: #""v":2"#)
        let result = Self.read(Self.bytes(Self.good, "\n", future, "\n"))
        #expect(result.events.count == 1)
        #expect(result.warnings == ["aisyah.jsonl:2: unsupported schema version 2 (this version reads 1); line skipped"])
    }

    @Test func repairedValuesAreWarnedButKept() {
        let negative = Self.good.replacingOccurrences(of: #""ms":5400"#, with: #""ms":-3"#)
        let result = Self.read(Self.bytes(negative, "\n"))
        #expect(result.events.count == 1)
        #expect(result.warnings == ["aisyah.jsonl:1: negative response time -3 ms read as 0"])
    }

    @Test func hugeLineIsSkippedAndReadingGoesOn() {
        let huge = "{\"x\":\"" + String(repeating: "a", count: 1_200_000) + "\"}"
        let result = Self.read(Self.bytes(Self.good, "\n", huge, "\n", Self.good, "\n"))
        #expect(result.events.count == 2)
        #expect(result.warnings == ["aisyah.jsonl:2: line longer than 1 MiB skipped"])
    }

    @Test func deepNestingDoesNotCrash() {
        let deep = String(repeating: "[", count: 500_000)
        let result = Self.read(Self.bytes(deep, "\n", Self.good, "\n"))
        #expect(result.events.count == 1)
        #expect(result.warnings == ["aisyah.jsonl:1: not valid JSON: nested too deeply at column 33; line skipped"])
    }

    @Test func randomBytesNeverCrash() {
        var generator = SplitMix64(seed: 7)
        for _ in 0..<300 {
            var bytes = (0..<Int(generator.next() % 400)).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            // Sprinkle in pieces of real lines so the parser gets deep into them.
            if generator.next() % 2 == 0 {
                let cut = Int(generator.next() % UInt64(Self.good.utf8.count))
                bytes.insert(contentsOf: Array(Self.good.utf8).prefix(cut), at: 0)
            }
            _ = Self.read(bytes)
        }
    }

    @Test func readsAFileInChunksAcrossBoundaries() throws {
        let directory = try TemporaryDirectory()
        var text = ""
        for index in 0..<3000 {
            text += SampleEvents.answer(item: "glossary:entry-\(index)").jsonLine + "\n"
        }
        try directory.write(Array(text.utf8) + Array("{bad\n".utf8), to: "aisyah.jsonl")
        let (events, warnings) = try ProgressLogReader.readAll(path: directory.file("aisyah.jsonl"))
        #expect(events.count == 3000)
        #expect(warnings.map(\.line) == [3001])
        guard case let .answer(last) = events.last?.kind else { Issue.record("no answer"); return }
        #expect(last.item == "glossary:entry-2999")
    }

    @Test func hugeLinesInAFileAreSkippedAcrossChunks() throws {
        let directory = try TemporaryDirectory()
        let huge = String(repeating: "x", count: 3_000_000)
        let text = Self.good + "\n" + huge + "\n" + Self.good + "\n" + huge
        try directory.write(Array(text.utf8), to: "aisyah.jsonl")
        let (events, warnings) = try ProgressLogReader.readAll(path: directory.file("aisyah.jsonl"))
        #expect(events.count == 2)
        #expect(warnings.map(\.description) == [
            directory.file("aisyah.jsonl") + ":2: line longer than 1 MiB skipped",
            directory.file("aisyah.jsonl") + ":4: line longer than 1 MiB skipped",
        ])
    }

    @Test func missingFileAndDirectoryAreTypedErrors() throws {
        let directory = try TemporaryDirectory()
        #expect(throws: ProgressFileError(path: directory.file("nobody.jsonl"), operation: .read, reason: .notFound)) {
            _ = try ProgressLogReader(path: directory.file("nobody.jsonl"))
        }
        #expect(throws: ProgressFileError(path: directory.path, operation: .read, reason: .isADirectory)) {
            _ = try ProgressLogReader(path: directory.path)
        }
    }
}
