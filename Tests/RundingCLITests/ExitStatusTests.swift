import Foundation
import Testing

/// The exit statuses `--help` lists and the README's table are the same set.
@Suite struct ExitStatusTests {
    @Test func helpAndReadmeListTheSameStatuses() throws {
        let help = try BinaryRunner.run(["--help"])
        #expect(help.status == 0)
        let fromHelp = help.stdout.split(separator: "\n").compactMap { line -> Int? in
            let words = line.split(separator: " ")
            guard line.hasPrefix("  "), words.count > 1, let code = Int(words[0]) else { return nil }
            return code
        }
        let readme = try String(contentsOfFile: Repository.root + "/README.md", encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "## Exit status").dropFirst().first)
        let fromReadme = section.components(separatedBy: "\n## ").first!.split(separator: "\n").compactMap { line in
            line.hasPrefix("| ") ? Int(line.dropFirst(2).prefix { $0.isNumber }) : nil
        }
        #expect(fromHelp == [0, 1, 2, 64, 66, 73, 74, 75])
        #expect(fromReadme == fromHelp)
    }
}
