import Foundation
import Testing
@testable import RundingKit

@Suite struct XAPIExporterTests {
    typealias F = ReportFixtures

    static let uuidPattern = #"^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"#
    static let durationPattern = #"^P(?:\d+Y)?(?:\d+M)?(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d+)?S)?)?$"#
    static let timestampPattern = #"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$"#
    static let verbs: Set<String> = ["answered", "completed", "passed", "failed", "mastered"].map { "http://adlnet.gov/expapi/verbs/\($0)" }
        .reduce(into: []) { $0.insert($1) }

    static func matches(_ text: String?, _ pattern: String) -> Bool {
        guard let text else { return false }
        return text.range(of: pattern, options: .regularExpression) != nil
    }

    static func export(_ files: [String: [UInt8]], homepage: String = "https://lms.example.com/") throws -> (String, [ReportWarning]) {
        let folder = try TeamFolder(files)
        let exporter = try #require(XAPIExporter(configuration: F.configuration(), homepage: homepage))
        let (listed, _) = try TeamDirectory.scan(folder.path)
        var text = ""
        let result = exporter.export(listed) { text += $0 }
        #expect(result.statements == text.split(separator: "\n").count)
        return (text, result.warnings)
    }

    static func statements(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
    }

    static var team: [String: [UInt8]] {
        ["aisyah.jsonl": F.log(F.steady("aisyah")), "badrul.jsonl": F.log(F.struggling("badrul"))]
    }

    @Test func everyStatementHasTheRequiredFieldsAndFormats() throws {
        let (text, warnings) = try Self.export(Self.team)
        #expect(warnings.isEmpty)
        let statements = try Self.statements(text)
        // aisyah: 11 answered, 2 mastered, completed + passed; badrul: 12 answered, 2 × (completed + passed/failed).
        #expect(statements.count == 31)
        var ids: Set<String> = []
        for statement in statements {
            let id = statement["id"] as? String
            #expect(Self.matches(id, Self.uuidPattern), "id \(id ?? "nil")")
            ids.insert(id ?? "")
            let actor = try #require(statement["actor"] as? [String: Any])
            #expect(actor["objectType"] as? String == "Agent")
            let account = try #require(actor["account"] as? [String: Any])
            #expect(account["homePage"] as? String == "https://lms.example.com")
            #expect(["aisyah", "badrul"].contains(account["name"] as? String ?? ""))
            let verb = try #require(statement["verb"] as? [String: Any])
            #expect(Self.verbs.contains(verb["id"] as? String ?? ""))
            #expect((verb["display"] as? [String: String])?["en-US"] != nil)
            let object = try #require(statement["object"] as? [String: Any])
            #expect(object["objectType"] as? String == "Activity")
            #expect((object["id"] as? String)?.hasPrefix("https://lms.example.com/runding/") == true)
            #expect(((object["definition"] as? [String: Any])?["name"] as? [String: String])?["en-US"] != nil)
            let result = try #require(statement["result"] as? [String: Any])
            if let scaled = (result["score"] as? [String: Any])?["scaled"] as? Double {
                #expect(scaled >= -1 && scaled <= 1)
            }
            if let duration = result["duration"] { #expect(Self.matches(duration as? String, Self.durationPattern)) }
            #expect(Self.matches(statement["timestamp"] as? String, Self.timestampPattern))
            #expect(statement["version"] as? String == "1.0.3")
            #expect(Self.matches((statement["context"] as? [String: Any])?["registration"] as? String, Self.uuidPattern))
        }
        #expect(ids.count == statements.count)
    }

    @Test func verbsForAnswersDialoguesAndMastery() throws {
        let (text, _) = try Self.export(["aisyah.jsonl": F.log(F.steady("aisyah"))])
        let statements = try Self.statements(text)
        let verbs = statements.compactMap { ($0["verb"] as? [String: Any])?["id"] as? String }
            .map { $0.replacingOccurrences(of: "http://adlnet.gov/expapi/verbs/", with: "") }
        // Employee feedback (L0 0.1) and active listening are mastered once each, at the same answer:
        // the third answer of 30 November (P(known) 0.99, a third item, a day after the first answer).
        let firstMastered = try #require(verbs.firstIndex(of: "mastered"))
        #expect(firstMastered == 4)
        #expect(verbs.filter { $0 == "mastered" }.count == 2)
        #expect(verbs.filter { $0 == "answered" }.count == 11)
        #expect(verbs.suffix(2) == ["completed", "passed"])
        #expect(verbs[firstMastered - 1] == "answered")
        let answered = statements[0]
        #expect((answered["object"] as? [String: Any])?["id"] as? String == "https://lms.example.com/runding/item/quiz-enps/q1")
        let result = try #require(answered["result"] as? [String: Any])
        #expect(result["success"] as? Bool == true)
        #expect(result["duration"] as? String == "PT5.4S")
        #expect(result["response"] as? String == "promoter")
        #expect(answered["timestamp"] as? String == "2026-11-29T02:00:00.000Z")
        let mastered = statements[firstMastered]
        #expect((mastered["object"] as? [String: Any])?["id"] as? String == "https://lms.example.com/runding/skill/employee-feedback")
        let passed = try #require(statements.last)
        #expect(((passed["result"] as? [String: Any])?["score"] as? [String: Any])?["scaled"] as? Double == 0.9)
        #expect((passed["object"] as? [String: Any])?["id"] as? String == "https://lms.example.com/runding/dialogue/rp-quiet-buyer")
    }

    @Test func passedAndFailedFollowTheContentsEndings() throws {
        let (text, _) = try Self.export(["badrul.jsonl": F.log(F.struggling("badrul"))])
        let verbs = try Self.statements(text).compactMap { ($0["verb"] as? [String: Any])?["id"] as? String }
        // no-deal has `success: false` in the starter pack; deal is a success even at 0.6.
        #expect(verbs.suffix(4).map { $0.replacingOccurrences(of: "http://adlnet.gov/expapi/verbs/", with: "") }
                == ["completed", "failed", "completed", "passed"])
    }

    @Test func exportingTwiceIsByteIdentical() throws {
        let (first, _) = try Self.export(Self.team)
        let (second, _) = try Self.export(Self.team)
        #expect(first == second)
        let (otherHomepage, _) = try Self.export(Self.team, homepage: "https://other.example.org")
        #expect(try Self.statements(first).map { $0["id"] as? String } != (try Self.statements(otherHomepage).map { $0["id"] as? String }))
    }

    @Test(arguments: [(5400, "PT5.4S"), (0, "PT0S"), (1, "PT0.001S"), (60_000, "PT60S"), (12_340, "PT12.34S"), (-5, "PT0S")])
    func durations(milliseconds: Int, expected: String) {
        #expect(XAPIStatementWriter.duration(milliseconds: milliseconds) == expected)
        #expect(Self.matches(expected, Self.durationPattern))
    }

    @Test(arguments: [
        ("quiz-enps/q1", "quiz-enps/q1"), ("glossary:enps", "glossary:enps"), ("a b?c#d", "a%20b%3Fc%23d"),
        ("../../x", "%2E%2E/%2E%2E/x"), ("kuih-é", "kuih-%C3%A9"), ("", "%20"),
        ("a/./b", "a/%2E/b"), ("x/..", "x/%2E%2E"), ("./x", "%2E/x"), ("a/.../b", "a/.../b"), ("//", "//"),
        ("a.b/c.", "a.b/c."), (String(repeating: "a", count: 401), String(repeating: "a", count: 400)),
    ])
    func activityPaths(item: String, expected: String) {
        #expect(XAPIStatementWriter.encodePath(item) == expected)
    }

    @Test(arguments: [
        ("https://lms.example.com/", "https://lms.example.com"), ("http://x", "http://x"),
        ("ftp://x", nil), ("https://", nil), ("https://a b", nil), ("https://x\"><script>", nil), ("lms.example.com", nil),
    ])
    func homepages(input: String, expected: String?) {
        #expect(XAPIExporter.normalizedHomepage(input) == expected)
    }

    @Test func nameBasedUUIDsMatchTheRFC() {
        // RFC 9562 appendix A.4: the version 5 UUID of "www.example.com" in the DNS namespace.
        let dns = UUID(uuidString: "6ba7b810-9dad-11d1-80b4-00c04fd430c8")!
        #expect(NameBasedUUID.make(namespace: dns, name: "www.example.com").uuidString.lowercased()
                == "2ed6657d-e927-568b-95e1-2665a8aea6a2")
    }

    @Test(arguments: [
        ("", "da39a3ee5e6b4b0d3255bfef95601890afd80709"),
        ("abc", "a9993e364706816aba3e25717850c26c9cd0d89d"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "84983e441c3bd26ebaae4aa1f95129e5e54670f1"),
    ])
    func sha1Vectors(message: String, digest: String) {
        #expect(SHA1.digest(Array(message.utf8)).map { String(format: "%02x", $0) }.joined() == digest)
    }
}
