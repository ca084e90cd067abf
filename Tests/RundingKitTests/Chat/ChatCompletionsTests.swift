import Testing
@testable import RundingKit

@Suite struct ChatCompletionsTests {
    let completions = ChatCompletions(pack: ContentCheck(root: Repository.starterPack).pack)

    @Test func theFirstWordCompletesCommandsTermsAndIds() {
        #expect(completions.words.contains("/ulangkaji"))
        #expect(completions.words.contains("rp-quiet-buyer"))
        #expect(completions.words.contains("Pulse survey"))
    }

    @Test(arguments: ["/kuiz", "/quiz"])
    func aQuizArgumentIsAQuizATopicOrASkill(command: String) throws {
        let words = try #require(completions.arguments[command])
        #expect(words.contains("quiz-enps"))
        #expect(words.contains("enps"))
        #expect(words.contains("employee-feedback"))
        #expect(!words.contains("rp-quiet-buyer"))
        #expect(!words.contains(where: { $0.hasPrefix("/") }))
    }

    @Test func aRolePlayArgumentIsARolePlay() throws {
        let words = try #require(completions.arguments["/lakonan"])
        #expect(words.contains("rp-quiet-buyer"))
        #expect(words.contains("quiet-buyer"))
        #expect(!words.contains("quiz-enps"))
        #expect(completions.arguments["/bahasa"] == ["ms", "en"])
    }
}
