import Foundation
import Testing

/// Issue 16, item 2: with the learner's log locked by another process (`flock -x bob.jsonl
/// sleep 30 &` by any group member), the chat waited forever, deaf to SIGTERM, SIGINT, SIGHUP
/// and the end of input. Now it says what it waits for, and each of them ends the wait at once
/// with exit 75. The test process holds the lock itself, on its own open file description.
@Suite(.serialized) struct LockWaitProcessTests {
    /// A log locked by this process until `release()`.
    final class LockedLog {
        let directory: TemporaryDirectory
        let descriptor: Int32

        init() throws {
            directory = try TemporaryDirectory()
            try directory.write("bob.jsonl", "")
            _ = chmod(directory.path + "/bob.jsonl", 0o640)
            descriptor = open(directory.path + "/bob.jsonl", O_RDONLY)
            #expect(descriptor >= 0 && flock(descriptor, LOCK_EX) == 0)
        }

        func release() {
            _ = flock(descriptor, LOCK_UN)
        }

        deinit {
            close(descriptor)
            directory.remove()
        }
    }

    static func chat(_ log: LockedLog, language: String) throws -> PipedProcess {
        try PipedProcess(arguments: ["--content", Repository.starterPack, "--lang", language, "--learner", "bob",
                                     "--progress-dir", log.directory.path, "--seed", "1"])
    }

    @Test(arguments: [("TERM", SIGTERM), ("INT", SIGINT), ("HUP", SIGHUP), ("EOF", 0)])
    func aSignalOrTheEndOfInputEndsTheWait(name: String, signal: Int32) throws {
        let log = try LockedLog()
        let chat = try Self.chat(log, language: "en")
        #expect(chat.waitFor("runding: waiting for the lock on the log held by another process… (Ctrl-C to stop)"),
                "\(name): \(chat.text)")
        let clock = ContinuousClock()
        let start = clock.now
        if signal == 0 { chat.closeInput() } else { kill(chat.process.processIdentifier, signal) }
        let status = chat.waitForExit(timeout: 10)
        #expect(clock.now - start < .seconds(5), "\(name)")
        #expect(status == 75, "\(name): \(chat.text)")
        #expect(chat.text.contains("runding: stopped waiting for the lock on '\(log.directory.path)/bob.jsonl' held by another process; no session was started."),
                "\(name): \(chat.text)")
        #expect(!chat.text.contains("Program crashed"))
        // Nothing was written to the locked log.
        #expect(try String(contentsOfFile: log.directory.path + "/bob.jsonl", encoding: .utf8).isEmpty)
    }

    @Test func theNoticeIsInMalayToo() throws {
        let log = try LockedLog()
        let chat = try Self.chat(log, language: "ms")
        #expect(chat.waitFor("runding: menunggu kunci log yang dipegang oleh proses lain… (Ctrl-C untuk berhenti)"), "\(chat.text)")
        kill(chat.process.processIdentifier, SIGTERM)
        #expect(chat.waitForExit(timeout: 10) == 75)
        #expect(chat.text.contains("yang dipegang oleh proses lain; sesi tidak dimulakan."), "\(chat.text)")
    }

    @Test func theChatStartsOnceTheLockIsLetGo() throws {
        let log = try LockedLog()
        let chat = try Self.chat(log, language: "en")
        #expect(chat.waitFor("waiting for the lock"), "\(chat.text)")
        log.release()
        chat.send("/quit")
        chat.closeInput()
        #expect(chat.waitForExit(timeout: 20) == 0, "\(chat.text)")
        let saved = try String(contentsOfFile: log.directory.path + "/bob.jsonl", encoding: .utf8)
        #expect(saved.contains(#""type":"session_start""#) && saved.contains(#""type":"session_end""#))
    }
}
