import Foundation
import Testing
@testable import RundingKit

@Suite struct LearnerPreferencesFileTests {
    @Test func savesAndLoadsTheLanguageWithMode0600() throws {
        let directory = try TemporaryDirectory()
        let file = LearnerPreferencesFile(directory: directory.path, learner: try LearnerName("aina"))
        try file.save(LearnerPreferences(language: .en))
        #expect(file.load().language == .en)
        #expect(try String(contentsOfFile: file.path, encoding: .utf8) == "{\"lang\":\"en\"}\n")
        let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        try file.save(LearnerPreferences(language: .ms))
        #expect(file.load().language == .ms)
        // Nothing is left behind but the file itself.
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["aina.prefs.json"])
    }

    @Test(arguments: [
        "", "not json", "[\"en\"]", "{\"lang\":\"xx\"}", "{\"lang\":7}", "{\"lang\":\"en\"", "\u{0}\u{1}",
    ])
    func anUnreadableFileGivesNoPreferences(_ text: String) throws {
        let directory = try TemporaryDirectory()
        let file = LearnerPreferencesFile(directory: directory.path, learner: try LearnerName("aina"))
        try text.write(toFile: file.path, atomically: true, encoding: .utf8)
        #expect(file.load() == LearnerPreferences())
    }

    @Test func aHugeFileOrALinkIsNotRead() throws {
        let directory = try TemporaryDirectory()
        let file = LearnerPreferencesFile(directory: directory.path, learner: try LearnerName("aina"))
        let huge = "{\"lang\":\"en\",\"x\":\"" + String(repeating: "a", count: 10_000) + "\"}"
        try huge.write(toFile: file.path, atomically: true, encoding: .utf8)
        #expect(file.load() == LearnerPreferences())
        try FileManager.default.removeItem(atPath: file.path)
        let target = directory.path + "/elsewhere.json"
        try "{\"lang\":\"en\"}".write(toFile: target, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: file.path, withDestinationPath: target)
        #expect(file.load() == LearnerPreferences())
    }

    @Test func aFolderThatCannotBeWrittenIsAnError() throws {
        let file = LearnerPreferencesFile(directory: "/nonexistent-runding-folder", learner: try LearnerName("aina"))
        #expect(throws: ProgressFileError.self) { try file.save(LearnerPreferences(language: .en)) }
    }
}
