import Foundation
import Synchronization
import Testing
@testable import RundingKit

/// Issue 16, item 2, in the library: an append waits for a lock another holder has without
/// blocking, says so once, and stops when asked to or when it has waited long enough.
@Suite struct LockWaitTests {
    /// A store whose log for `bob` is locked through another open file description.
    static func lockedStore(_ lockWait: LockWait) throws -> (ProgressStore, Int32, TemporaryDirectory) {
        let directory = try TemporaryDirectory()
        let store = ProgressStore(directory: directory.path, lockWait: lockWait)
        try store.record(SampleEvents.answer(learner: "bob"))
        let holder = open(directory.file("bob.jsonl"), O_RDONLY)
        #expect(holder >= 0 && flock(holder, LOCK_EX) == 0)
        return (store, holder, directory)
    }

    @Test func aStopRequestEndsTheWaitAndNothingIsWritten() throws {
        let notices = Atomic<Int>(0)
        let asks = Atomic<Int>(0)
        let wait = LockWait(pollInterval: .milliseconds(5), noticeAfter: .milliseconds(20), giveUpAfter: .seconds(60),
                            notice: { notices.add(1, ordering: .relaxed) },
                            shouldStop: { asks.add(1, ordering: .relaxed).newValue > 30 })
        let (store, holder, directory) = try Self.lockedStore(wait)
        defer { close(holder) }
        let before = try directory.read("bob.jsonl")
        #expect(throws: ProgressFileError(path: directory.file("bob.jsonl"), operation: .write, reason: .lockWaitStopped)) {
            try store.record(SampleEvents.answer(learner: "bob"))
        }
        #expect(notices.load(ordering: .relaxed) == 1)
        #expect(try directory.read("bob.jsonl") == before)
    }

    @Test func theWaitGivesUpAfterItsLimit() throws {
        let wait = LockWait(pollInterval: .milliseconds(5), noticeAfter: .seconds(10), giveUpAfter: .milliseconds(100))
        let (store, holder, directory) = try Self.lockedStore(wait)
        defer { close(holder) }
        let error = #expect(throws: ProgressFileError.self) { try store.record(SampleEvents.answer(learner: "bob")) }
        #expect(error?.reason == .lockedByAnotherProcess(seconds: 0))
        #expect(error?.message.ms.contains("proses lain telah memegang kuncinya") == true)
        #expect(throws: ProgressFileError.self) { try store.waitUntilUnlocked(LearnerName("bob")) }
    }

    @Test func theAppendGoesThroughOnceTheLockIsLetGo() throws {
        let (store, holder, directory) = try Self.lockedStore(LockWait(pollInterval: .milliseconds(5)))
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.2) {
            _ = flock(holder, LOCK_UN)
            close(holder)
        }
        try store.record(SampleEvents.answer(learner: "bob"))
        #expect(ProgressLogReader(bytes: try directory.read("bob.jsonl"), path: "bob.jsonl").reduce(0) { n, _ in n + 1 } == 2)
        try store.waitUntilUnlocked(LearnerName("bob"))
        try store.waitUntilUnlocked(LearnerName("nobody"))
    }
}
