import Foundation
import Testing
@testable import RundingKit

/// CSV a manager opens in a spreadsheet: names in the report's language, guarded names that
/// still match their file, a learner's detail.
@Suite struct ReportCSVTests {
    typealias F = ReportFixtures

    @Test func skillNamesFollowTheLanguage() throws {
        let report = try TeamFolder(["aisyah.jsonl": F.log(F.steady("aisyah"))]).report()
        let malay = ReportCSVWriter(rows: .skill, language: .ms).render(report)
        let english = ReportCSVWriter(rows: .skill, language: .en).render(report)
        let skill = try #require(F.pack.skills.first { $0.id == "active-listening" })
        #expect(skill.name.ms != skill.name.en)
        #expect(malay.contains(",active-listening,\(skill.name.ms),"))
        #expect(english.contains(",active-listening,\(skill.name.en),"))
    }

    @Test func aGuardedNameSaysSoAndJSONKeepsItRaw() throws {
        let report = try TeamFolder(["-rina.jsonl": F.log(F.steady("-rina")), "aisyah.jsonl": F.log(F.steady("aisyah"))])
            .report(sort: .name)
        let lines = ReportCSVWriter().render(report).components(separatedBy: "\r\n")
        #expect(lines[1].hasPrefix("'-rina,") && lines[1].hasSuffix(",true,,"))
        #expect(lines[2].hasPrefix("aisyah,") && lines[2].hasSuffix(",false,,"))
        #expect(ReportJSONWriter(language: .en).render(report).contains(#""learner":"-rina""#))
    }

    @Test func aLearnerViewWritesTheDetail() throws {
        let folder = try TeamFolder(["badrul.jsonl": F.log(F.struggling("badrul"))])
        let text = ReportCSVWriter(language: .en).render(try folder.report(learner: "badrul"))
        let lines = text.components(separatedBy: "\r\n").dropLast()
        #expect(lines.first == "learner,section,id,name,value,detail,count")
        #expect(lines.contains("badrul,summary,answers,,12,,"))
        #expect(lines.contains("badrul,summary,accuracy,,0.25,,"))
        #expect(lines.contains { $0.hasPrefix("badrul,skill,employee-feedback,Employee feedback,0.5186,") })
        #expect(lines.contains { $0.hasPrefix("badrul,dialogue,rp-quiet-buyer,") && $0.hasSuffix(",0.6,deal,2") })
        #expect(lines.contains("badrul,leech,quiz-enps/q2,,,,5"))
        #expect(lines.filter { $0.hasPrefix("badrul,activity,") }.count == 56)
        #expect(lines.contains("badrul,activity,2026-11-10,,,,12"))
    }
}
