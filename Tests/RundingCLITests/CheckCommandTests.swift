import Foundation
import Testing

@Suite struct CheckCommandTests {
    @Test func shippedContentIsClean() throws {
        let result = try BinaryRunner.run(["check", "--lang", "en"])
        #expect(result.status == 0)
        #expect(result.stdout.contains(": 0 errors, "))
        // The confusable-choice warnings (U003) are left to the content rewrite (#13), which
        // rewrites those examples. Every other warning is a defect of the shipped pack.
        let others = result.stdout.split(separator: "\n").filter { $0.contains(": warning[") && !$0.contains(": warning[U003]") }
        #expect(others.isEmpty, "\(others)")
        #expect(result.stderr == "")
    }

    @Test func errorsExitOneAndPrintTheLocation() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("Glossary/topics.yaml", "topics:\n  - id: basics\n    name: {ms: Asas}\n")
        try directory.write("Dialogues/.keep", "")
        let result = try BinaryRunner.run(["check", "--content", directory.path, "--lang", "en"],
                                          directory: directory.path)
        #expect(result.status == 1)
        #expect(result.stdout == """
            Glossary/topics.yaml:3:11: error[F011]: topic 'basics' name has no English text ('en')
                name: {ms: Asas}
                      ^

            Glossary/topics.yaml:3:11: topic 'basics' name

            Texts without English ('en') by file:
              Glossary/topics.yaml  1
            1 text without English, in 1 of 1 files.
            1 files, 0 skills, 0 entries, 0 dialogues: 1 error, 0 warnings

            """)
    }

    @Test func warningsAloneExitZero() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("Glossary/topics.yaml", "topics:\n  - id: basics\n    nama: x\n    name: {ms: Asas, en: Basics}\n")
        try directory.write("Dialogues/.keep", "")
        let result = try BinaryRunner.run(["check", "--content", directory.path], directory: directory.path)
        #expect(result.status == 0)
        #expect(result.stdout.contains("warning[F008]: kunci 'nama' tidak dikenali dalam topic — maksud anda 'name'?"))
    }

    @Test func missingContentExits66() throws {
        let result = try BinaryRunner.run(["check", "--content", "/nonexistent/runding", "--lang", "en"])
        #expect(result.status == 66)
        #expect(result.stdout == "")
        #expect(result.stderr.contains("was not found. Looked in:\n  - /nonexistent/runding\n"))
        let upward = try BinaryRunner.run(["check"], directory: "/")
        #expect(upward.status == 66)
        #expect(upward.stderr.contains("Kandungan Runding"))
    }

    @Test func jsonShape() throws {
        let result = try BinaryRunner.run(["check", "--content", Repository.starterPack, "--format", "json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["diagnostics", "skills", "glossary", "dialogues"])
        #expect((object["diagnostics"] as? [Any])?.isEmpty == true)
        #expect(object["skills"] as? [String] == ["active-listening", "employee-feedback"])
        #expect(object["glossary"] as? [String] == ["active-listening", "enps", "pulse-survey"])
        let dialogues = try #require(object["dialogues"] as? [[String: Any]])
        #expect(dialogues.count == 2)
        #expect(dialogues[0]["id"] as? String == "quiz-enps")
        #expect(dialogues[0]["kind"] as? String == "quiz")
        #expect(dialogues[0]["nodes"] as? Int == 5)
        #expect(dialogues[0]["endings"] as? Int == 2)
        #expect(dialogues[0]["skills"] as? [String] == ["employee-feedback"])
    }

    @Test func jsonDiagnosticFields() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try directory.write("Glossary/topics.yaml", "topics:\n  - id: Bad\n    name: {ms: A, en: B}\n")
        try directory.write("Dialogues/.keep", "")
        let result = try BinaryRunner.run(["check", "--format", "json", "--lang", "en"], directory: directory.path)
        #expect(result.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let diagnostic = try #require((object["diagnostics"] as? [[String: Any]])?.first)
        #expect(diagnostic["path"] as? String == "Glossary/topics.yaml")
        #expect(diagnostic["line"] as? Int == 2)
        #expect(diagnostic["column"] as? Int == 9)
        #expect(diagnostic["severity"] as? String == "error")
        #expect(diagnostic["code"] as? String == "F010")
        #expect(diagnostic["message"] as? String == "invalid id 'Bad': use lower-case letters, digits and '-'")
    }

    @Test func usageErrorsAndHelp() throws {
        let unknown = try BinaryRunner.run(["check", "--verbose"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("Unknown option '--verbose'"))
        let badLanguage = try BinaryRunner.run(["check", "--lang", "fr"])
        #expect(badLanguage.status == 64)
        let help = try BinaryRunner.run(["check", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("Exit status: 0 no errors"))
        let rootHelp = try BinaryRunner.run(["--help"])
        #expect(rootHelp.stdout.contains("66  no content found"))
    }
}

@Suite struct GlossaryCommandTests {
    @Test func listAndLookUp() throws {
        let list = try BinaryRunner.run(["glossary", "--content", Repository.starterPack, "--lang", "en"])
        #expect(list.status == 0)
        #expect(list.stdout.split(separator: "\n").count == 3)
        let entry = try BinaryRunner.run(["glossary", "--content", Repository.starterPack, "Employee", "Net", "Promoter", "Score"])
        #expect(entry.status == 0)
        #expect(entry.stdout.hasPrefix("eNPS\n\nSatu soalan"))
        let missing = try BinaryRunner.run(["glossary", "--content", Repository.starterPack, "--lang", "en", "zzz"])
        #expect(missing.status == 1)
        #expect(missing.stderr == "No glossary entry for 'zzz'.\n")
        let question = try BinaryRunner.run(["glossary", "--content", Repository.starterPack, "--lang", "en",
                                             "what", "is", "active", "listening?"])
        #expect(question.status == 0)
        #expect(question.stdout.hasPrefix("Active listening\n"))
    }

    @Test func jsonShape() throws {
        let result = try BinaryRunner.run(["glossary", "--content", Repository.starterPack, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let entries = try #require(object["entries"] as? [[String: Any]])
        #expect(entries.count == 3)
        #expect(Set(entries[0].keys) == ["id", "term", "definition", "aliases", "points", "skills", "related", "topic"])
        #expect((entries[1]["term"] as? [String: String])?["en"] == "eNPS")
        #expect((entries[1]["aliases"] as? [String: [String]])?["ms"] == ["skor promoter bersih pekerja"])
    }
}
