import Foundation
import Testing
@testable import RundingKit

@Suite struct ProgressStoreTests {
    static let aisyah = try! LearnerName("aisyah")

    static func mode(_ path: String) -> mode_t {
        var status = stat()
        guard lstat(path, &status) == 0 else { return 0 }
        return status.st_mode & 0o777
    }

    @Test func createsTheFileWithMode0640AndAppends() throws {
        let directory = try TemporaryDirectory()
        let store = ProgressStore(directory: directory.path)
        let first = SampleEvents.answer(item: "glossary:enps")
        let second = SampleEvents.answer(item: "glossary:pulse-survey")
        try store.record(first)
        try store.record(second)
        let path = store.logPath(for: Self.aisyah)
        #expect(path == directory.file("aisyah.jsonl"))
        #expect(Self.mode(path) == 0o640)
        #expect(try directory.read("aisyah.jsonl") == Array((first.jsonLine + "\n" + second.jsonLine + "\n").utf8))
        #expect(try ProgressLogReader.readAll(path: path).events == [first, second])
    }

    @Test func repairsATornLastLineBeforeAppending() throws {
        let directory = try TemporaryDirectory()
        let torn = Array(SampleEvents.answer().jsonLine.utf8.prefix(30))
        try directory.write(torn, to: "aisyah.jsonl")
        let event = SampleEvents.answer(item: "glossary:enps")
        try ProgressStore(directory: directory.path).record(event)
        #expect(try directory.read("aisyah.jsonl") == torn + [0x0A] + Array((event.jsonLine + "\n").utf8))
        let (events, warnings) = try ProgressLogReader.readAll(path: directory.file("aisyah.jsonl"))
        #expect(events == [event])
        #expect(warnings.map(\.line) == [1])
    }

    @Test func neverTruncatesExistingLines() throws {
        let directory = try TemporaryDirectory()
        let existing = Array("# written by hand\n".utf8)
        try directory.write(existing, to: "aisyah.jsonl")
        try ProgressStore(directory: directory.path).record(SampleEvents.answer())
        #expect(try directory.read("aisyah.jsonl").starts(with: existing))
    }

    @Test func refusesASymbolicLink() throws {
        let directory = try TemporaryDirectory()
        try directory.write([], to: "elsewhere.jsonl")
        #expect(symlink(directory.file("elsewhere.jsonl"), directory.file("aisyah.jsonl")) == 0)
        #expect(throws: ProgressFileError(path: directory.file("aisyah.jsonl"), operation: .write, reason: .isASymbolicLink)) {
            try ProgressStore(directory: directory.path).record(SampleEvents.answer())
        }
        #expect(try directory.read("elsewhere.jsonl").isEmpty)
    }

    /// Hardening finding: the store refused to write through a symbolic link but the history
    /// was read through it, so a session showed another file's progress and then saved nothing.
    @Test func theHistoryRefusesASymbolicLinkAsTheStoreDoes() throws {
        let directory = try TemporaryDirectory()
        try directory.write(Array((SampleEvents.answer().jsonLine + "\n").utf8), to: "elsewhere.jsonl")
        #expect(symlink(directory.file("elsewhere.jsonl"), directory.file("aisyah.jsonl")) == 0)
        #expect(throws: ProgressFileError(path: directory.file("aisyah.jsonl"), operation: .read, reason: .isASymbolicLink)) {
            _ = try LearnerHistory.load(Self.aisyah, store: ProgressStore(directory: directory.path),
                                        pack: ContentPack(root: ""), timeZone: TimeZone(identifier: "UTC")!)
        }
    }

    @Test func refusesADirectoryInPlaceOfTheLog() throws {
        let directory = try TemporaryDirectory()
        #expect(mkdir(directory.file("aisyah.jsonl"), 0o700) == 0)
        #expect(throws: ProgressFileError(path: directory.file("aisyah.jsonl"), operation: .write, reason: .isADirectory)) {
            try ProgressStore(directory: directory.path).record(SampleEvents.answer())
        }
    }

    @Test func directoryThatIsAFileIsATypedError() throws {
        let directory = try TemporaryDirectory()
        try directory.write([], to: "not-a-dir")
        let store = ProgressStore(directory: directory.file("not-a-dir"))
        let expected = ProgressFileError(path: directory.file("not-a-dir/aisyah.jsonl"), operation: .write, reason: .notADirectory)
        #expect(throws: expected) { try store.record(SampleEvents.answer()) }
        #expect(expected.description == "cannot write '\(directory.file("not-a-dir/aisyah.jsonl"))': a part of the path is not a directory")
    }

    /// A folder this process cannot create files in: a read-only temporary folder, or, for
    /// root (who may write anywhere), sysfs, which refuses new files to everyone.
    static func unwritableDirectory(_ temporary: TemporaryDirectory) -> String {
        if geteuid() == 0 { return "/sys" }
        _ = chmod(temporary.path, 0o500)
        return temporary.path
    }

    @Test func unwritableDirectoryIsATypedErrorNamingThePath() throws {
        let temporary = try TemporaryDirectory()
        let directory = Self.unwritableDirectory(temporary)
        let expected = ProgressFileError(path: directory + "/aisyah.jsonl", operation: .write, reason: .permissionDenied)
        #expect(throws: expected) { try ProgressStore(directory: directory).record(SampleEvents.answer()) }
        #expect(expected.description == "cannot write '\(directory)/aisyah.jsonl': permission denied")
    }

    @Test func invalidLearnerInTheEventIsRefused() throws {
        let directory = try TemporaryDirectory()
        #expect(throws: InvalidLearnerName.self) {
            try ProgressStore(directory: directory.path).record(SampleEvents.answer(learner: "../x"))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }

    @Test func concurrentAppendsKeepEveryLineIntact() throws {
        let directory = try TemporaryDirectory()
        let store = ProgressStore(directory: directory.path)
        let threads = 8
        let perThread = 200
        let failures = InMemoryProgressRecorder()
        DispatchQueue.concurrentPerform(iterations: threads) { thread in
            for index in 0..<perThread {
                let event = SampleEvents.answer(item: "glossary:t\(thread)-\(index)")
                do { try store.record(event) } catch { try? failures.record(event) }
            }
        }
        #expect(failures.events.isEmpty)
        let (events, warnings) = try ProgressLogReader.readAll(path: store.logPath(for: Self.aisyah))
        #expect(warnings.isEmpty)
        #expect(events.count == threads * perThread)
        let items = Set(events.compactMap { event -> String? in
            if case let .answer(answer) = event.kind { return answer.item }
            return nil
        })
        #expect(items.count == threads * perThread)
    }

    @Test func listsLearnersWithLogs() throws {
        let directory = try TemporaryDirectory()
        let store = ProgressStore(directory: directory.path)
        try store.record(SampleEvents.answer(learner: "zul"))
        try store.record(SampleEvents.answer(learner: "aisyah"))
        try directory.write([], to: "Not A Learner.jsonl")
        try directory.write([], to: "notes.txt")
        #expect(try store.learners().map(\.rawValue) == ["aisyah", "zul"])
    }

    @Test func inMemoryRecorderKeepsOrFails() throws {
        let recorder = InMemoryProgressRecorder()
        try recorder.record(SampleEvents.answer())
        #expect(recorder.events == [SampleEvents.answer()])
        let failing = InMemoryProgressRecorder(failingWith: ProgressFileError(path: "x", operation: .write, reason: .noSpace))
        #expect(throws: ProgressFileError.self) { try failing.record(SampleEvents.answer()) }
    }
}

@Suite struct LearnerNameTests {
    @Test(arguments: ["aisyah", "ali.baba", "nur_aini-2", "a", "0", String(repeating: "x", count: 64), "a.", "-x"])
    func goodNames(name: String) throws {
        #expect(try LearnerName(name).rawValue == name)
    }

    @Test(arguments: [
        ("", InvalidLearnerName.Problem.empty),
        ("../x", .invalidCharacter("/")),
        ("a/b", .invalidCharacter("/")),
        ("Ali", .invalidCharacter("A")),
        (".hidden", .startsWithDot),
        (String(repeating: "x", count: 65), .tooLong(count: 65)),
        ("siti nur", .invalidCharacter(" ")),
        ("zürich", .invalidCharacter("ü")),
        ("a\u{0}b", .invalidCharacter("\u{0}")),
        ("a\nb", .invalidCharacter("\n")),
    ])
    func badNames(name: String, problem: InvalidLearnerName.Problem) {
        #expect(throws: InvalidLearnerName(name: name, problem: problem)) { try LearnerName(name) }
    }

    @Test func messagesQuoteTheName() {
        #expect(InvalidLearnerName(name: "Ali", problem: .invalidCharacter("A")).description
            == #"invalid learner name "Ali": 'A' is not allowed (use a-z, 0-9, '.', '_', '-')"#)
        #expect(InvalidLearnerName(name: "a\nb", problem: .invalidCharacter("\n")).description
            == #"invalid learner name "a\nb": '\n' is not allowed (use a-z, 0-9, '.', '_', '-')"#)
    }
}

@Suite struct ProgressDirectoryTests {
    @Test(arguments: [
        ("/opt/x", ["RUNDING_PROGRESS_DIR": "/env", "XDG_DATA_HOME": "/xdg", "HOME": "/home/a"], "/opt/x", ProgressDirectory.Source.option),
        (nil, ["RUNDING_PROGRESS_DIR": "/env", "XDG_DATA_HOME": "/xdg", "HOME": "/home/a"], "/env", .environment),
        (nil, ["RUNDING_PROGRESS_DIR": "", "XDG_DATA_HOME": "/xdg/", "HOME": "/home/a"], "/xdg/runding/progress", .xdgDataHome),
        (nil, ["XDG_DATA_HOME": "relative", "HOME": "/home/a"], "/home/a/.local/share/runding/progress", .home),
        ("", ["HOME": "/home/a"], "/home/a/.local/share/runding/progress", .home),
    ] as [(String?, [String: String], String, ProgressDirectory.Source)])
    func resolution(option: String?, environment: [String: String], path: String, source: ProgressDirectory.Source) throws {
        #expect(try ProgressDirectory.resolve(option: option, environment: environment) == ProgressDirectory(path: path, source: source))
    }

    @Test func noHomeIsATypedError() {
        #expect(throws: ProgressFileError.self) { try ProgressDirectory.resolve(option: nil, environment: [:]) }
    }

    @Test func createsTheDefaultDirectoryWithMode0700() throws {
        let temporary = try TemporaryDirectory()
        let directory = try ProgressDirectory.resolve(option: nil, environment: ["HOME": temporary.path])
        try directory.prepare()
        #expect(ProgressStoreTests.mode(directory.path) == 0o700)
        #expect(ProgressStoreTests.mode(temporary.file(".local")) == 0o700)
        try directory.prepare()  // a second time is fine
        try ProgressStore(directory: directory).record(SampleEvents.answer())
    }

    @Test func aChosenDirectoryIsCreatedWithItsParents() throws {
        let temporary = try TemporaryDirectory()
        let directory = ProgressDirectory(path: temporary.file("new/p"), source: .option)
        try directory.prepare()
        #expect(ProgressStoreTests.mode(temporary.file("new")) == 0o700)
        #expect(ProgressStoreTests.mode(temporary.file("new/p")) == 0o700)
        try ProgressStore(directory: directory).record(SampleEvents.answer())
    }

    @Test func aChosenPathThatIsAFileIsRefused() throws {
        let temporary = try TemporaryDirectory()
        try temporary.write(Array("x".utf8), to: "file")
        let directory = ProgressDirectory(path: temporary.file("file/p"), source: .option)
        #expect(throws: ProgressFileError(path: temporary.file("file/p"), operation: .createDirectory, reason: .notADirectory)) {
            try directory.prepare()
        }
    }
}
