import Foundation
import Testing
@testable import RundingKit

/// Where the table's width comes from, and what the JSON says of leeches and warnings.
@Suite struct ReportWidthAndJSONTests {
    typealias F = ReportFixtures

    @Test(arguments: [
        (Int?.some(120), Int?.some(100), String?.some("90"), 120),  // --width wins
        (nil, 100, "90", 100),                                       // then the terminal
        (nil, nil, "132", 132),                                      // then COLUMNS
        (nil, nil, " 132 ", 132),
        (nil, nil, "20", 40),                                        // clamped
        (nil, nil, "5000", 1000),
        (nil, nil, "wide", 80),                                      // not a number: ignored
        (nil, nil, "", 80),
        (nil, nil, nil, 80),
    ])
    func widthComesFromTheOptionTheTerminalThenColumns(option: Int?, terminal: Int?, columns: String?, expected: Int) {
        #expect(ReportWidth.resolve(option: option, terminalWidth: terminal, columns: columns) == expected)
    }

    @Test(arguments: [Language.en, .ms])
    func jsonLeechesCarryTheTitleAndTheQuestion(language: Language) throws {
        let folder = try TeamFolder(["badrul.jsonl": F.log(F.struggling("badrul"))])
        let text = ReportJSONWriter(language: language).render(try folder.report())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let learner = try #require((object["learners"] as? [[String: Any]])?.first)
        let leeches = try #require(learner["leeches"] as? [[String: Any]])
        let quiz = try #require(F.pack.dialogues.first { $0.id == "quiz-enps" })
        let node = try #require(quiz.nodes.first { $0.id == "q2" })
        let q2 = try #require(leeches.first { $0["item"] as? String == "quiz-enps/q2" })
        #expect(q2["title"] as? String == quiz.title[language])
        let question = try #require(q2["question"] as? String)
        #expect(question.hasPrefix(String(node.say[language].split(whereSeparator: \.isNewline).joined(separator: " ").prefix(40))))
        #expect(!question.contains("\n"))
        let glossary = try #require(leeches.first { $0["item"] as? String == "glossary:enps" })
        #expect(glossary["title"] as? String == F.pack.entries.first { $0.id == "enps" }?.term[language])
        #expect(glossary["question"] is NSNull)
    }

    @Test func jsonWarningsNameTheFileNotTheFullPath() throws {
        let folder = try TeamFolder(["badrul.jsonl": F.log(F.struggling("badrul")) + Array("not json\n".utf8)])
        let text = ReportJSONWriter(language: .en).render(try folder.report())
        #expect(!text.contains(folder.path))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let warning = try #require((object["warnings"] as? [[String: Any]])?.first)
        #expect(warning["path"] as? String == "badrul.jsonl")
        #expect(warning["line"] as? Int == 15)
    }
}
