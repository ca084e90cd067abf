import Foundation
import Testing
@testable import RundingKit

/// Issue 16, item 7: memory and time bounded on hostile logs. A log is read up to a byte limit,
/// a hole of NUL bytes is jumped over, the state kept per learner is capped by the content, and
/// the xAPI export of a large log is written as it is made.
@Suite struct BoundedCostTests {
    static let line = SampleEvents.answer().jsonLine + "\n"

    @Test func readingStopsAtTheByteLimitWithAWarningInBothLanguages() {
        let bytes = Array((Self.line + Self.line + Self.line).utf8)
        let limit = Int64(Self.line.utf8.count + 10)
        let reader = ProgressLogReader(bytes: bytes, path: "aisyah.jsonl", maximumBytes: limit)
        #expect(Array(reader).count == 1)
        #expect(reader.stoppedAtLimit)
        // The line cut by the limit is not called torn: the limit is the only warning.
        #expect(reader.warnings.map(\.description) == [
            "aisyah.jsonl:2: log larger than \(limit) bytes (--max-log-size): only the first \(limit) bytes read, the rest ignored",
        ])
        #expect(reader.warnings.first?.text(.ms)
            == "aisyah.jsonl:2: log lebih besar daripada \(limit) bytes (--max-log-size): hanya \(limit) bytes pertama dibaca, bakinya diabaikan")
    }

    @Test func aLogExactlyAtTheLimitHasNoWarning() {
        let bytes = Array((Self.line + Self.line).utf8)
        let reader = ProgressLogReader(bytes: bytes, path: "a.jsonl", maximumBytes: Int64(bytes.count))
        #expect(Array(reader).count == 2)
        #expect(!reader.stoppedAtLimit)
        #expect(reader.warnings.isEmpty)
    }

    @Test(arguments: [(Int64(256_000_000), "256 MB"), (1_500_000, "1.5 MB"), (999, "999 bytes")])
    func sizesAreShownAsTheOptionTakesThem(bytes: Int64, text: String) {
        #expect(ByteSize.text(bytes) == text)
    }

    @Test(arguments: [("256MB", Int64(256_000_000)), ("1.5g", 1_500_000_000), ("512MiB", 536_870_912),
                      ("100000", 100_000), ("64 KB", 64_000), ("0", nil), ("12x", nil), ("", nil), (".5M", nil),
                      ("1e9", nil), ("99999999999T", nil)])
    func maxLogSizeValues(text: String, bytes: Int64?) {
        #expect(ByteSize.parse(text) == bytes)
    }

    /// `truncate -s 20G`: 56 s to read zeros before; now the hole is skipped unread.
    @Test func aSparseFileIsSkippedWithoutReadingItsHoles() throws {
        let folder = try TemporaryDirectory()
        let path = folder.file("x.jsonl")
        try folder.write(Array(Self.line.utf8), to: "x.jsonl")
        #expect(truncate(path, 20 << 30) == 0)
        let reader = try ProgressLogReader(path: path)
        #expect(Array(reader).count == 1)
        #expect(reader.skippedNULBytes > (20 << 30) - (1 << 20))
        #expect(!reader.stoppedAtLimit)
        #expect(reader.warnings.map(\.description)
            == ["\(path):2: a run of NUL bytes (a preallocated or damaged file?) skipped"])
    }

    @Test func dataAfterAHoleIsReadUpToTheLimitOnly() throws {
        let folder = try TemporaryDirectory()
        let path = folder.file("x.jsonl")
        let descriptor = open(path, O_WRONLY | O_CREAT, 0o600)
        #expect(descriptor >= 0)
        let bytes = Array(("\n" + Self.line).utf8)
        #expect(pwrite(descriptor, bytes, bytes.count, 0) == bytes.count)
        #expect(pwrite(descriptor, bytes, bytes.count, 300_000_000) == bytes.count)
        close(descriptor)

        let limited = try ProgressLogReader(path: path)
        #expect(Array(limited).count == 1)
        #expect(limited.stoppedAtLimit)
        #expect(limited.warnings.last?.reason.hasPrefix("log larger than 256 MB (--max-log-size)") == true)

        let whole = try ProgressLogReader(path: path, maximumBytes: 1_000_000_000)
        #expect(Array(whole).count == 2)
        #expect(!whole.stoppedAtLimit)
        #expect(whole.skippedNULBytes > 290_000_000)
    }

    @Test func replayKeepsAtMostTheLimitsAndCountsTheRest() {
        let limits = ReplayLimits(items: 100, dialogues: 10, skills: 20)
        var replay = LearnerReplay(learner: "aisyah", timeZone: TimeZone(identifier: "UTC")!, limits: limits)
        for index in 0..<5_000 {
            replay.apply(SampleEvents.answer(item: "glossary:item-\(index)", correct: index % 2 == 0,
                                             evidence: [SkillEvidence(skill: "s\(index % 50)", shown: true)]))
            replay.apply(ProgressEvent(at: SampleEvents.at, learner: "aisyah", session: SampleEvents.session,
                                       kind: .dialogueEnd(.init(dialogue: "d\(index % 30)", outcome: "ok", score: 1))))
        }
        let progress = replay.progress(now: SampleEvents.at)
        #expect(progress.answers == 5_000)
        #expect(progress.correct == 2_500)
        #expect(progress.items.count == 100)
        #expect(progress.failures.count == 50)
        #expect(progress.skills.count == 20)
        #expect(progress.dialogues.count == 10)
        #expect(progress.overflow.itemAnswers == 4_900)
        #expect(progress.overflow.dialogueEnds == 5_000 - 10 * (5_000 / 30 + 1))
        #expect(progress.overflow.skillEvidence == 5_000 - 20 * 100)
        #expect(progress.overflow.messages(limits: limits).map(\.en) == [
            "more than 100 distinct items: 4900 answers to the others counted together, without a review schedule",
            "more than 10 distinct dialogues: \(progress.overflow.dialogueEnds) ends of the others counted together",
            "more than 20 distinct skills: 3000 pieces of evidence for the others ignored",
        ])
    }

    @Test func limitsFollowTheContent() {
        let limits = ReplayLimits(pack: ReportFixtures.pack)
        let nodes = ReportFixtures.pack.dialogues.reduce(0) { $0 + $1.nodes.count }
        #expect(limits.items == max(2_000, 4 * (ReportFixtures.pack.entries.count + nodes)))
        #expect(limits.dialogues >= 4 * ReportFixtures.pack.dialogues.count)
        #expect(ReplayLimits(pack: ContentPack(root: "/")).items == 2_000)
    }

    @Test func reportWarnsAboutTheLimitsInTheLearnersLanguage() throws {
        var events: [ProgressEvent] = []
        for index in 0..<3_000 {
            events.append(ReportFixtures.answer("2026-11-28T10:00:00.000Z", item: "glossary:junk-\(index)", correct: false))
        }
        let folder = try TeamFolder(["aisyah.jsonl": ReportFixtures.log(events)])
        var configuration = ReportFixtures.configuration()
        configuration.limits = ReplayLimits(items: 1_000, dialogues: 10, skills: 10)
        configuration.maximumLogBytes = 100_000
        let report = try TeamReportBuilder(configuration: configuration).build(directory: folder.path)
        let texts = report.warnings.map { $0.text(.ms, relative: true) }
        #expect(texts.contains { $0.hasPrefix("aisyah.jsonl:") && $0.contains("log lebih besar daripada 100000 bytes") })
        #expect(report.learners.first?.answersInLog ?? 0 < 3_000)
        let small = try TeamFolder(["aisyah.jsonl": ReportFixtures.log(events)])
        configuration.maximumLogBytes = ProgressLogReader.defaultMaximumBytes
        let capped = try TeamReportBuilder(configuration: configuration).build(directory: small.path)
        #expect(capped.learners.first?.answersInLog == 3_000)
        #expect(capped.warnings.map { $0.text(.en, relative: true) }
            .contains("aisyah.jsonl: more than 1000 distinct items: 2000 answers to the others counted together, without a review schedule"))
    }

    /// 1.47 GB before for a 190 MB log: its statements were one string.
    @Test func aLargeLogIsExportedInPiecesAsItIsRead() throws {
        var events: [ProgressEvent] = []
        while events.count * 230 < Int(XAPIExporter.bufferedFileLimit) + 200_000 {
            events.append(ReportFixtures.answer("2026-11-28T10:00:00.000Z", item: "glossary:enps"))
        }
        let folder = try TeamFolder(["aisyah.jsonl": ReportFixtures.log(events), "badrul.jsonl": ReportFixtures.log(ReportFixtures.steady("badrul"))])
        let log = try #require(try? folder.directory.read("aisyah.jsonl"))
        #expect(Int64(log.count) > XAPIExporter.bufferedFileLimit)
        let exporter = try #require(XAPIExporter(configuration: ReportFixtures.configuration(), homepage: "https://lms.example.com"))
        let (files, _) = try TeamDirectory.scan(folder.path)
        var pieces: [Int] = []
        var text = ""
        let result = exporter.export(files) { piece in
            pieces.append(piece.utf8.count)
            text += piece
        }
        #expect(result.statements == text.split(separator: "\n").count)
        #expect(pieces.count > 10)
        #expect(pieces.dropLast().allSatisfy { $0 < XAPIExporter.writeChunk + 4_096 })
        let whole = try exporter.statements(for: files[0]).get().text + exporter.statements(for: files[1]).get().text
        #expect(text == whole)
    }
}
