import Foundation
import Testing
@testable import RundingKit

/// The progress log as real processes write it: concurrently, killed, torn, with hostile names.
@Suite struct ProgressStoreProcessTests {
    static func events(in path: String) throws -> (events: [ProgressEvent], warnings: [ProgressLogWarning]) {
        let reader = try ProgressLogReader(path: path)
        let events = Array(reader)
        return (events, reader.warnings)
    }

    static func arguments(_ directory: String, learner: String = "sama") -> [String] {
        ["--content", Repository.starterPack, "--learner", learner, "--progress-dir", directory, "--seed", "3"]
    }

    @Test func twoSessionsOfTheSameLearnerAtOnce() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        // Each session plays the eNPS quiz 40 times: 2 answers and a dialogue end each time.
        let script = Array(repeating: "/kuiz\npromoter\n30\n", count: 40).joined() + "/keluar\n"
        let group = DispatchGroup()
        let results = ResultBox()
        for _ in 0..<2 {
            group.enter()
            DispatchQueue.global().async {
                let result = try? BinaryRunner.run(Self.arguments(directory.path), stdin: script)
                results.append(result?.status ?? -1)
                group.leave()
            }
        }
        group.wait()
        #expect(results.values == [0, 0])
        let (events, warnings) = try Self.events(in: directory.path + "/sama.jsonl")
        #expect(warnings == [])
        #expect(events.count == 2 * (2 + 40 * 3))
        let sessions = Dictionary(grouping: events, by: \.session)
        #expect(sessions.count == 2)
        for (_, sessionEvents) in sessions {
            #expect(sessionEvents.first?.kind == .sessionStart)
            #expect(sessionEvents.last?.kind == .sessionEnd)
            #expect(sessionEvents.count == 122)
        }
    }

    @Test func killedMidQuizKeepsEveryAcknowledgedAnswer() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let process = try PipedProcess(arguments: Self.arguments(directory.path, learner: "kill"))
        var acknowledged = 0
        for round in 1...5 {
            process.send("/kuiz")
            process.send("pasif")
            #expect(process.waitFor("Belum tepat, pasif", count: round))
            acknowledged += 1
            process.send("promoter")
            #expect(process.waitFor("✔ Betul.", count: round))
            acknowledged += 1
            process.send("30")
            #expect(process.waitFor("Betul: 50% − 20% = 30.", count: round))
            acknowledged += 1
        }
        process.send("/kuiz")
        process.send("pasif")
        #expect(process.waitFor("Belum tepat, pasif", count: 6))
        acknowledged += 1
        kill(process.process.processIdentifier, SIGKILL)
        _ = process.waitForExit()
        let (events, warnings) = try Self.events(in: directory.path + "/kill.jsonl")
        #expect(warnings == [])
        let answers = events.filter { if case .answer = $0.kind { return true } else { return false } }
        #expect(answers.count == acknowledged)
        #expect(!events.contains { $0.kind == .sessionEnd })
    }

    @Test func aTornLastLineIsSkippedAndTheNextEventStartsOnANewLine() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path + "/torn.jsonl"
        let earlier = ProgressEvent(at: Date(timeIntervalSince1970: 1_790_000_000), learner: "torn", session: UUID(),
                                    kind: .answer(.init(item: "glossary:enps", correct: true, milliseconds: 900, response: "eNPS")))
        try Data((earlier.jsonLine + "\n" + #"{"v":1,"at":"2026-11-28T10:15:30.123Z","learner":"torn","sess"#).utf8)
            .write(to: URL(fileURLWithPath: path))
        let result = try BinaryRunner.run(Self.arguments(directory.path, learner: "torn"), stdin: "/kuiz\npromoter\n")
        #expect(result.status == 0)
        #expect(result.stdout.replacingOccurrences(of: "\n", with: " ").contains("Baris dilangkau: \(path):2:"))
        let (events, warnings) = try Self.events(in: path)
        #expect(warnings.map(\.line) == [2])
        #expect(events.first == earlier)
        #expect(events.dropFirst().map(\.kind.typeName) == ["session_start", "answer", "session_end"])
        let progress = try BinaryRunner.run(["progress", "--content", Repository.starterPack, "--learner", "torn",
                                             "--progress-dir", directory.path, "--format", "json"])
        #expect(progress.stdout.hasPrefix(#"{"learner":"torn","answers":2,"correct":2,"#))
        #expect(progress.stderr.contains("torn.jsonl:2:"))
    }

    @Test(arguments: ["../x", "a/b", "", "Ali b", ".hidden", String(repeating: "a", count: 65), "ali\u{1B}[31m"])
    func hostileLearnerNamesAreRefused(name: String) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let result = try BinaryRunner.run(["--content", Repository.starterPack, "--learner", name,
                                           "--progress-dir", directory.path], stdin: "hai\n")
        #expect(result.status == 2)
        #expect(result.stderr.contains("tidak sah"))
        #expect(!result.stderr.contains("\u{1B}"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == [])
    }

    @Test func unwritableStoreIsAnnouncedAndTheChatStillWorks() throws {
        let result = try BinaryRunner.run(["--content", Repository.starterPack, "--learner", "ro",
                                           "--progress-dir", "/proc/runding-cannot-exist", "--lang", "en"],
                                          stdin: "apa itu eNPS?\n")
        #expect(result.status == 0)
        let joined = result.stdout.replacingOccurrences(of: "\n", with: " ")
        #expect(joined.hasPrefix("! Progress will NOT be saved: cannot create directory '/proc/runding-cannot-exist'"))
        #expect(result.stdout.contains("One question that measures"))
    }

    @Test func logFilesAreCreatedGroupReadable() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        _ = try BinaryRunner.run(Self.arguments(directory.path, learner: "mode"), stdin: "hai\n")
        let attributes = try FileManager.default.attributesOfItem(atPath: directory.path + "/mode.jsonl")
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o640)
    }
}

final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [Int32] = []
    func append(_ value: Int32) { lock.lock(); stored.append(value); lock.unlock() }
    var values: [Int32] { lock.lock(); defer { lock.unlock() }; return stored }
}
