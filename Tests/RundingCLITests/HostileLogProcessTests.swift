import Foundation
import Testing

/// The built binary's outputs of data read from hostile logs (hardening, second pass).
@Suite struct HostileLogProcessTests {
    /// Format characters (Cf), the bidi controls among them, as a hostile log may hold them.
    static let formatCharacters = ["\u{202E}", "\u{2066}", "\u{200F}", "\u{200E}", "\u{061C}", "\u{FEFF}",
                                   "\u{200B}", "\u{2069}", "\u{E0041}"]

    static func hostileLine(learner: String) -> String {
        let evil = formatCharacters.joined()
        let escaped = evil.unicodeScalars.map { scalar -> String in
            scalar.value > 0xFFFF ? String(scalar) : String(format: "\\u%04x", scalar.value)
        }.joined()
        return #"{"v":1,"at":"2026-11-28T10:15:30.123Z","learner":"\#(learner)\#(escaped)","session":"3f2a1c9e-7b4d-4e8a-9c1f-0d2e3b4a5c6d","type":"answer","item":"glossary:enps\#(evil)x","correct":true,"evidence":{"active-listening\#(evil)":true,"\#(escaped)k":false},"rating":3,"ms":5400,"response":"r\#(evil)\#(escaped)","choice":"c\#(evil)"}"#
            + "\n" + #"{"v":1,"at":"2026-11-28T10:16:30.123Z","learner":"\#(learner)","session":"3f2a1c9e-7b4d-4e8a-9c1f-0d2e3b4a5c6d","type":"dialogue_end","dialogue":"quiz-\#(evil)enps","outcome":"passed\#(escaped)","score":1}"#
            + "\n"
    }

    static func unsafeScalars(_ text: String) -> [String] {
        text.unicodeScalars.filter { scalar in
            scalar.properties.generalCategory == .format || (0x7F..<0xA0).contains(scalar.value)
        }.map { String(format: "U+%04X", $0.value) }
    }

    /// Issue 16, item 8: `progress --format json` printed raw U+202E and U+2066 from item and
    /// evidence keys, and U+200F was filtered nowhere.
    @Test func noFormatCharacterReachesAnyOutput() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("progress/bob.jsonl", Self.hostileLine(learner: "bob"))
        let progress = directory.path + "/progress"
        let common = ["--content", Repository.starterPack, "--lang", "en", "--progress-dir", progress]
        let commands: [[String]] = [
            ["progress", "--learner", "bob"], ["progress", "--learner", "bob", "--format", "json"],
            ["report"], ["report", "--format", "json"], ["report", "--format", "csv"],
            ["report", "--format", "csv", "--by", "skill"], ["report", "--format", "html"],
            ["report", "--learner", "bob"], ["report", "--learner", "bob", "--format", "json"],
            ["report", "--learner", "bob", "--format", "html"],
            ["export", "xapi"],
        ]
        for command in commands {
            let result = try BinaryRunner.run(command + common)
            HostileInputTests.expectSurvived(result)
            #expect(Self.unsafeScalars(result.stdout) == [], "\(command)")
            #expect(Self.unsafeScalars(result.stderr) == [], "\(command)")
            #expect(result.stdout.count > 100, "\(command): \(result.stdout.prefix(200))")
        }
        // The JSON keeps the data: the format characters are escaped, not dropped.
        let json = try BinaryRunner.run(["progress", "--learner", "bob", "--format", "json"] + common)
        #expect(json.stdout.contains(#"\u202e"#) && json.stdout.contains(#"\u200f"#))
    }
}
