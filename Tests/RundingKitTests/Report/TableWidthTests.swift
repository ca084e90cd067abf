import Foundation
import Testing
@testable import RundingKit

/// The team table at the widths of real terminals, in both languages.
@Suite struct TableWidthTests {
    typealias F = ReportFixtures

    static func report() throws -> TeamReport {
        var files: [String: [UInt8]] = ["carmen.jsonl": [], "a-very-long-learner-name.jsonl": F.log(F.steady("a-very-long-learner-name"))]
        for name in ["aisyah", "farid"] { files["\(name).jsonl"] = F.log(F.steady(name)) }
        for name in ["badrul", "dina", "ezra"] { files["\(name).jsonl"] = F.log(F.struggling(name)) }
        return try TeamFolder(files).report()
    }

    @Test(arguments: [(80, Language.en), (100, .en), (160, .en), (80, .ms), (100, .ms), (160, .ms)])
    func noLineWiderThanTheWidthAndNoBrokenWord(width: Int, language: Language) throws {
        let report = try Self.report()
        let text = ReportTableWriter(language: language, width: width).render(report)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for line in lines { #expect(line.count <= width, "\(line.count): \(line)") }
        // Every word printed is a whole word of a cell, a header or a fixed text.
        let table = ReportTableWriter(language: language).table(report)
        var words = Set((table.headers + ReportTableWriter.columns(language).map(\.shortHeader) + table.rows.flatMap { $0 })
            .flatMap { $0.split(separator: " ").map(String.init) })
        for fixed in [ReportStrings.columnsLeftOut(table.headers, width: width)[language],
                      ReportStrings.heatmapLegendDigits[language], ReportStrings.heatmapTitle[language],
                      ReportStrings.teamTitle[language], ReportStrings.generated[language]] {
            words.formUnion(fixed.split(separator: " ").map(String.init))
        }
        let tableLines = lines.prefix { !$0.hasPrefix(ReportStrings.heatmapTitle[language]) }.dropFirst(3)
        for line in tableLines where !line.hasPrefix("─") {
            for word in line.split(separator: " ") {
                let trimmed = String(word).trimmingCharacters(in: CharacterSet(charactersIn: ",.:()"))
                #expect(words.contains(String(word)) || words.contains(trimmed) || words.contains(where: { $0.contains(trimmed) }),
                        "'\(word)' in: \(line)")
            }
        }
        #expect(!text.contains("o\nverdue"))
        // Attention is never dropped.
        #expect(text.contains(language == .en ? "overdue" : "tertunggak"))
    }

    @Test func narrowTerminalsDropColumnsAndSaySo() throws {
        let report = try Self.report()
        let narrow = ReportTableWriter(language: .en, width: 80).render(report)
        #expect(narrow.contains("Columns left out to fit 80 characters: "))
        let header = try #require(narrow.split(separator: "\n").first { $0.hasPrefix("Learner") })
        #expect(!header.contains("Streak") && !header.contains("Strk"))
        #expect(header.contains("Attention"))
        let malay = ReportTableWriter(language: .ms, width: 80).render(report)
        #expect(malay.contains("Lajur ditinggalkan supaya muat 80 aksara: "))
        let wide = ReportTableWriter(language: .en, width: 300).render(report)
        #expect(!wide.contains("Columns left out"))
        #expect(wide.contains("Role-plays passed (best)"))
    }

    /// The shipped content's 15 skills: the heatmap key wraps within the width too.
    @Test(arguments: [(80, Language.en), (80, .ms), (100, .ms), (160, .ms)])
    func theShippedSkillsFit(width: Int, language: Language) throws {
        let pack = ContentLoader().load(root: Repository.root).pack
        let configuration = ReportConfiguration(pack: pack, now: F.now, timeZone: F.kualaLumpur)
        let folder = try TeamFolder(["badrul.jsonl": F.log(F.struggling("badrul"))])
        let report = try TeamReportBuilder(configuration: configuration).build(directory: folder.path)
        #expect(report.skills.count >= 10)
        let text = ReportTableWriter(language: language, width: width).render(report)
        for line in text.split(separator: "\n") { #expect(line.count <= width, "\(line.count): \(line)") }
    }

    @Test func wrapsAtSpacesOnly() {
        #expect(TableFitter.wrap("inactive 7+ days, overdue reviews", width: 17) == ["inactive 7+ days,", "overdue reviews"])
        #expect(TableFitter.wrap("unbreakable", width: 4) == ["unbreakable"])
        #expect(TableFitter.wrap("short", width: 10) == ["short"])
    }
}
