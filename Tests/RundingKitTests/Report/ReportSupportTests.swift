import Foundation
import Testing
@testable import RundingKit

@Suite struct ReportSupportTests {
    typealias F = ReportFixtures

    @Test(arguments: [
        ("2026-11-01", "2026-10-31T16:00:00.000Z"),          // local midnight in Kuala Lumpur
        ("2026-11-01T08:00:00Z", "2026-11-01T08:00:00.000Z"),
        ("7d", "2026-11-23T16:00:00.000Z"),                  // 24 November local midnight
        ("4w", "2026-11-02T16:00:00.000Z"),
        ("0d", "2026-11-30T16:00:00.000Z"),
    ])
    func sinceValues(text: String, expected: String) {
        let start = ReportPeriod.start(text, now: F.now, timeZone: F.kualaLumpur)
        #expect(start.map { RFC3339Timestamp.string(from: $0) } == expected)
    }

    @Test(arguments: ["", "yesterday", "2026-13-01", "2026-02-30", "26-11-01", "-3d", "7x", "2026-11-01T25:00:00Z"])
    func invalidSinceValues(text: String) {
        #expect(ReportPeriod.start(text, now: F.now, timeZone: F.kualaLumpur) == nil)
    }

    @Test(arguments: ["3f2a1c9e-7b4d-4e8a-9c1f-0d2e3b4a5c6d", "3F2A1C9E-7B4D-4E8A-9C1F-0D2E3B4A5C6D",
                      "3f2a1c9e7b4d-4e8a-9c1f-0d2e3b4a5c6d-", "3f2a1c9e-7b4d-4e8a-9c1f-0d2e3b4a5c6", "zf2a1c9e-7b4d-4e8a-9c1f-0d2e3b4a5c6d",
                      "", "3f2a1c9e-7b4d-4e8a-9c1f-0d2e3b4a5c6dd"])
    func uuidParsingMatchesFoundation(text: String) {
        #expect(UUIDText.parse(text) == UUID(uuidString: text))
    }

    @Test func atomicWriterReplacesTheFileOnlyOnCommit() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("report.html")
        try directory.write(Array("old".utf8), to: "report.html")
        let writer = try AtomicFileWriter(path: path)
        try writer.write("new")
        #expect(try directory.read("report.html") == Array("old".utf8))
        try writer.commit()
        #expect(try directory.read("report.html") == Array("new".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["report.html"])

        let dropped = try AtomicFileWriter(path: path)
        try dropped.write("half")
        dropped.discard()
        #expect(try directory.read("report.html") == Array("new".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["report.html"])
    }

    @Test func atomicWriterFailsForAMissingFolderOrADirectory() throws {
        let directory = try TemporaryDirectory()
        #expect(throws: ProgressFileError.self) { try AtomicFileWriter(path: directory.file("missing/report.csv")) }
        #expect(throws: ProgressFileError.self) { try AtomicFileWriter(path: directory.path) }
    }

    @Test(arguments: [(0.73125, "73%"), (nil, "—"), (1.5, "100%"), (-1, "0%")] as [(Double?, String)])
    func percentages(value: Double?, expected: String) {
        #expect(ReportFigures.percent(value) == expected)
    }

    @Test(arguments: [(59.0, "0 min"), (3_900.0, "1 h 05 min"), (-5.0, "0 min"), (Double.infinity, "0 min")])
    func durations(seconds: Double, expected: String) {
        #expect(ReportFigures.duration(seconds, language: .en) == expected)
    }
}
