import Testing
@testable import RundingKit

@Suite struct TextNormalizerTests {
    @Test(arguments: [
        ("Apa itu eNPS?", ["apa", "itu", "enps"]),
        ("menang-menang", ["menang", "menang"]),
        ("Élan, naïve café", ["elan", "naive", "cafe"]),
        ("eNPS = +30", ["enps", "30"]),
        ("eNPS ialah -20%", ["enps", "ialah", "-20"]),
        ("skor 3.5 atau 3,5.", ["skor", "3.5", "atau", "3.5"]),
        ("1:1", ["1", "1"]),
        ("  ", []),
        ("\u{1B}[31mmerah\u{07}", ["31mmerah"]),
        ("−10", ["-10"]),
        ("win-win", ["win", "win"]),
    ])
    func words(input: String, expected: [String]) {
        #expect(TextNormalizer.words(input) == expected)
    }

    @Test func numbers() {
        #expect(TextNormalizer.isNumber("30"))
        #expect(TextNormalizer.isNumber("-20"))
        #expect(TextNormalizer.isNumber("3.5"))
        #expect(!TextNormalizer.isNumber("enps"))
        #expect(!TextNormalizer.isNumber("-"))
    }
}

@Suite struct EditDistanceTests {
    @Test(arguments: [
        ("aktif", "aktf", 1, 1 as Int?),
        ("mendengar", "mendengra", 2, 1),
        ("kitten", "sitting", 3, 3),
        ("kitten", "sitting", 2, nil),
        ("", "abc", 3, 3),
        ("abc", "abc", 0, 0),
        ("ca", "abc", 3, 3),
    ])
    func distance(a: String, b: String, limit: Int, expected: Int?) {
        #expect(EditDistance.distance(a, b, limit: limit) == expected)
    }

    @Test func tolerance() {
        #expect(EditDistance.tolerance(for: "aktif") == 1)
        #expect(EditDistance.tolerance(for: "enps") == 0)
        #expect(EditDistance.tolerance(for: "mendengar") == 2)
        #expect(EditDistance.tolerance(for: "12345") == 0)
    }
}
