import Foundation
import Testing
@testable import RundingKit

/// Issue 16, item 5, the reading side: the report warns about a log someone else could have
/// written, and still reads it.
@Suite struct LogOwnershipReportTests {
    typealias F = ReportFixtures

    @Test func writableAndHardLinkedLogsAreWarnedAboutAndRead() throws {
        let folder = try TeamFolder(["carol.jsonl": F.log(F.steady("carol")), "dina.jsonl": F.log(F.steady("dina")),
                                     "eve.jsonl": F.log(F.steady("eve"))])
        #expect(chmod(folder.directory.file("carol.jsonl"), 0o666) == 0)
        #expect(chmod(folder.directory.file("eve.jsonl"), 0o640) == 0)
        #expect(link(folder.directory.file("dina.jsonl"), folder.path + "/.dina-copy") == 0)
        let report = try folder.report()
        #expect(Set(report.learners.map(\.learner)) == ["carol", "dina", "eve"])
        #expect(report.learners.allSatisfy { $0.answersInLog > 0 })
        let english = report.warnings.map { $0.text(.en, relative: true) }
        #expect(english.contains("carol.jsonl: can be written by other users (mode 666): anyone could have changed it; read all the same (fix with: chmod go-w FILE)"))
        #expect(english.contains("dina.jsonl: has 2 hard links (other names for the same file); read all the same"))
        #expect(!english.contains { $0.hasPrefix("eve.jsonl") })
        let malay = report.warnings.map { $0.text(.ms, relative: true) }
        #expect(malay.contains("carol.jsonl: boleh ditulis oleh pengguna lain (mod 666): sesiapa mungkin telah mengubahnya; tetap dibaca (betulkan dengan: chmod go-w FAIL)"))
        #expect(malay.contains("dina.jsonl: ada 2 pautan keras (nama lain bagi fail yang sama); tetap dibaca"))
    }

    @Test func theOwnerIsCheckedOnlyForALearnerWhoIsAUserHere() throws {
        var status = stat()
        status.st_nlink = 1
        status.st_mode = S_IFREG | 0o640
        status.st_uid = 12_345
        #expect(LogOwnership.warnings(status, learner: "no-such-user-runding").isEmpty)
        // root is a user everywhere: a log named after it and owned by uid 12345 is suspect.
        #expect(LogOwnership.warnings(status, learner: "root").map(\.en)
            == ["owned by another user (uid 12345), not root: someone else may have written or cut this log; read all the same"])
        status.st_uid = 0
        #expect(LogOwnership.warnings(status, learner: "root").isEmpty)
    }
}
