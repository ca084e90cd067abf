import Foundation
import Testing
@testable import RundingKit

/// Item statistics against `scripts/item-statistics.py`'s output on the checked-in fixture, and
/// flags on hand-made teams.
@Suite struct ItemStatisticsTests {
    typealias F = ReportFixtures
    static let fixture = Repository.root + "/Tests/RundingKitTests/Fixtures/items"

    static func report(_ directory: String) throws -> TeamReport {
        var configuration = F.configuration()
        configuration.collectsItems = true
        return try TeamReportBuilder(configuration: configuration).build(directory: directory)
    }

    @Test func matchesThePythonReference() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Self.fixture + "/expected.json"))
        let expected = try #require(try JSONSerialization.jsonObject(with: data) as? [String: [String: Any]])
        let statistics = ItemStatistics.compute(try Self.report(Self.fixture + "/team"))
        #expect(Set(statistics.map(\.item)) == Set(expected.keys))
        #expect(statistics.map(\.item) == ["quiz-enps/q1", "quiz-enps/q1-remedy", "quiz-enps/q2"])  // content order
        for item in statistics {
            let reference = try #require(expected[item.item])
            #expect(item.learners == reference["learners"] as? Int, "\(item.item)")
            #expect(item.attempts == reference["attempts"] as? Int, "\(item.item)")
            #expect(abs(item.facility - (reference["facility"] as? Double ?? -1)) < 1e-12, "\(item.item)")
            if let discrimination = reference["discrimination"] as? Double {
                #expect(abs((item.discrimination ?? 99) - discrimination) < 1e-12, "\(item.item)")
            } else {
                #expect(item.discrimination == nil, "\(item.item)")
            }
            let choices = try #require(reference["choices"] as? [String: Int])
            #expect(Dictionary(uniqueKeysWithValues: item.choices.filter { $0.count > 0 }.map { ($0.id, $0.count) }) == choices)
            #expect(abs(item.meanMilliseconds - (reference["mean_response_ms"] as? Double ?? -1)) < 1e-9)
            #expect(abs(item.hintShare - (reference["hint_share"] as? Double ?? -1)) < 1e-12)
        }
        // By hand: q1 was first right for a, b, e, g (4 of 7); with 7 learners no flag applies.
        let q1 = try #require(statistics.first)
        #expect(q1.facility == 4.0 / 7.0 && q1.flags.isEmpty)
        #expect(q1.choices.map(\.id) == ["1", "2"])
    }

    static func answer(_ learner: String, _ item: String, _ correct: Bool, choice: String?, minute: Int) -> ProgressEvent {
        ProgressEvent(at: F.time("2026-11-30T02:\(minute < 10 ? "0" : "")\(minute):00.000Z"), learner: learner, session: F.session,
                      kind: .answer(.init(item: item, correct: correct,
                                          evidence: [SkillEvidence(skill: "employee-feedback", shown: correct)],
                                          milliseconds: 1000, response: "x", choice: choice)))
    }

    @Test func flagsFromFiveLearners() throws {
        // q1 always right (too easy, distractor 2 never taken); q2 right only for those who then
        // fail q1-remedy, so it discriminates the wrong way.
        var files: [String: [UInt8]] = [:]
        for (index, learner) in ["a", "b", "c", "d", "e"].enumerated() {
            let strong = index < 2
            files["\(learner).jsonl"] = F.log([
                Self.answer(learner, "quiz-enps/q1", true, choice: "1", minute: 0),
                Self.answer(learner, "quiz-enps/q2", !strong, choice: strong ? nil : "1", minute: 1),
                Self.answer(learner, "quiz-enps/q1-remedy", strong, choice: strong ? "1" : "2", minute: 2),
            ])
        }
        let folder = try TeamFolder(files)
        let statistics = ItemStatistics.compute(try Self.report(folder.path))
        let q1 = try #require(statistics.first { $0.item == "quiz-enps/q1" })
        #expect(q1.flags == [.tooEasy, .unusedDistractor])
        let q2 = try #require(statistics.first { $0.item == "quiz-enps/q2" })
        #expect(q2.flags == [.negativeDiscrimination])
        #expect((q2.discrimination ?? 0) < 0)
        let remedy = try #require(statistics.first { $0.item == "quiz-enps/q1-remedy" })
        // The two who fail q2 get q1-remedy right: negative too.
        #expect(remedy.facility == 0.4 && remedy.flags == [.negativeDiscrimination])
        // Four learners: no flags at all.
        files["e.jsonl"] = nil
        let smaller = try TeamFolder(files)
        let fewer = ItemStatistics.compute(try Self.report(smaller.path))
        #expect(fewer.allSatisfy { $0.flags.isEmpty })
    }

    @Test func itemsAreKeptOnlyWhenAsked() throws {
        let report = try TeamReportBuilder(configuration: F.configuration()).build(directory: Self.fixture + "/team")
        #expect(report.learners.allSatisfy { $0.items.isEmpty })
        #expect(ItemStatistics.compute(report).isEmpty)
    }

    @Test(arguments: [Language.en, .ms])
    func everyFormat(language: Language) throws {
        let report = try Self.report(Self.fixture + "/team")
        let writer = ItemReportWriter(language: language, width: 80)
        let quiz = try #require(F.pack.dialogues.first { $0.id == "quiz-enps" })
        for width in [80, 100, 160] {
            let text = ItemReportWriter(language: language, width: width).text(report)
            for line in text.split(separator: "\n") { #expect(line.count <= width, "\(line)") }
            #expect(text.hasPrefix(ReportStrings.itemsTitle[language] + "\n"))
            #expect(text.contains("▸ quiz-enps " + quiz.title[language]))
            #expect(text.contains(language == .en ? "Facility" : "Kemudahan") || text.contains(language == .en ? "Fac." : "Mudah"))
        }
        let wide = ItemReportWriter(language: language, width: 200).text(report)
        let q1 = try #require(wide.split(separator: "\n").first { $0.hasPrefix("q1: ") })
        #expect(q1.split(separator: " ").suffix(12) == ["7", "7", "57%", "0.19", "1", "57%", "·", "2", "43%", "5.1", "s", "0%"])
        #expect(wide.contains(ReportStrings.itemsNote[language].prefix(30)))

        let json = try #require(try JSONSerialization.jsonObject(with: Data(writer.json(report).utf8)) as? [String: Any])
        let items = try #require(json["items"] as? [[String: Any]])
        #expect(items.map { $0["item"] as? String } == ["quiz-enps/q1", "quiz-enps/q1-remedy", "quiz-enps/q2"])
        #expect(items[0]["facility"] as? Double == 0.5714 && items[0]["discrimination"] as? Double == 0.1857)
        #expect(items[0]["title"] as? String == quiz.title[language])
        #expect((items[0]["question"] as? String)?.hasPrefix(String(quiz.nodes[0].say[language].prefix(20))) == true)
        #expect(items[2]["hint_share"] as? Double == 0.2857 && items[2]["mean_response_ms"] as? Int == 12143)
        #expect(json["discrimination"] as? String == "item-rest point-biserial correlation of first attempts")

        let csv = writer.csv(report).components(separatedBy: "\r\n")
        #expect(csv[0] == "item,dialogue,question,learners,attempts,facility,discrimination,choices,mean_response_ms,hint_share,flags")
        #expect(csv[1].hasPrefix("quiz-enps/q1,quiz-enps,") && csv[1].hasSuffix(",7,7,0.5714,0.1857,1=4 2=3,5071,0,"))

        let html = writer.html(report)
        #expect(html.hasPrefix("<!DOCTYPE html>") && !html.lowercased().contains("<script"))
        #expect(html.contains("<tr id=\"item-quiz-enps-q1\">"))
        #expect(html.contains("<h1>\(ReportStrings.itemsTitle[language])</h1>"))
    }
}
