import Foundation
import Testing
@testable import RundingKit

@Suite(.serialized) struct ProgressStoreUmaskTests {
    @Test func newLogsAreGroupReadableWhateverTheUmask() throws {
        let directory = NSTemporaryDirectory() + "runding-umask-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let previous = umask(0o077)
        defer { umask(previous) }
        let store = ProgressStore(directory: directory)
        let event = ProgressEvent(at: Date(timeIntervalSince1970: 1_790_000_000), learner: "ani", session: UUID(),
                                  kind: .sessionStart)
        try store.record(event)
        try store.record(event)
        let attributes = try FileManager.default.attributesOfItem(atPath: directory + "/ani.jsonl")
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o640)
        #expect(try String(contentsOfFile: directory + "/ani.jsonl", encoding: .utf8).split(separator: "\n").count == 2)
    }
}
