import Foundation
import Testing
@testable import RundingKit

/// Issue 16, item 5: in a shared folder, a log planted by another user (mode 0666) or a hard link
/// to another file (`ln ~/.profile D/a.jsonl`) was written to without a word.
@Suite struct LogOwnershipTests {
    static let learner = try! LearnerName("carol")

    @Test func aLogOthersMayWriteIsRefused() throws {
        let directory = try TemporaryDirectory()
        let store = ProgressStore(directory: directory.path)
        try directory.write([], to: "carol.jsonl")
        #expect(chmod(directory.file("carol.jsonl"), 0o666) == 0)
        #expect(throws: ProgressFileError(path: directory.file("carol.jsonl"), operation: .write,
                                          reason: .writableByOthers(mode: 0o666))) {
            try store.append(SampleEvents.answer(learner: "carol"), for: Self.learner)
        }
        #expect(try directory.read("carol.jsonl") == [])
        let message = ProgressFileError(path: "carol.jsonl", operation: .write, reason: .writableByOthers(mode: 0o666)).message
        #expect(message.en == "cannot write 'carol.jsonl': can be written by other users (mode 666); fix it with: chmod go-w FILE")
        #expect(message.ms == "tidak dapat menulis 'carol.jsonl': boleh ditulis oleh pengguna lain (mod 666); betulkan dengan: chmod go-w FAIL")
    }

    @Test func aHardLinkIsRefused() throws {
        let directory = try TemporaryDirectory()
        let store = ProgressStore(directory: directory.path)
        try directory.write(Array("# profile\n".utf8), to: "profile")
        #expect(chmod(directory.file("profile"), 0o644) == 0)
        #expect(link(directory.file("profile"), directory.file("carol.jsonl")) == 0)
        #expect(throws: ProgressFileError(path: directory.file("carol.jsonl"), operation: .write,
                                          reason: .hardLinked(count: 2))) {
            try store.append(SampleEvents.answer(learner: "carol"), for: Self.learner)
        }
        #expect(try directory.read("profile") == Array("# profile\n".utf8))
    }

    @Test func anotherUsersLogIsRefused() throws {
        guard geteuid() == 0 else {
            print("anotherUsersLogIsRefused: skipped (needs root to give a file to another user)")
            return
        }
        let directory = try TemporaryDirectory()
        let store = ProgressStore(directory: directory.path)
        try directory.write([], to: "carol.jsonl")
        #expect(chmod(directory.file("carol.jsonl"), 0o640) == 0)
        #expect(chown(directory.file("carol.jsonl"), 65534, 65534) == 0)
        #expect(throws: ProgressFileError(path: directory.file("carol.jsonl"), operation: .write,
                                          reason: .ownedByAnotherUser(uid: 65534))) {
            try store.append(SampleEvents.answer(learner: "carol"), for: Self.learner)
        }
        #expect(try directory.read("carol.jsonl") == [])
    }

    @Test func aLogOfOurOwnIsWritten() throws {
        let directory = try TemporaryDirectory()
        let store = ProgressStore(directory: directory.path)
        try store.append(SampleEvents.answer(learner: "carol"), for: Self.learner)
        try store.append(SampleEvents.answer(learner: "carol"), for: Self.learner)
        #expect(try directory.read("carol.jsonl").filter { $0 == 0x0A }.count == 2)
    }
}
