import Testing
@testable import RundingKit
@Test func languageParses() { #expect(Language(code: "EN") == .en) }
