import Testing
@testable import RundingKit

@Suite struct JSONStringTests {
    @Test(arguments: [
        ("plain", #""plain""#),
        ("quote \" back\\slash", #""quote \" back\\slash""#),
        ("line\nfeed\r\ttab", #""line\nfeed\r\ttab""#),
        ("esc\u{1B}[31m bell\u{07} del\u{7F}", #""esc\u001b[31m bell\u0007 del\u007f""#),
        ("c1 \u{9B}31m", #""c1 \u009b31m""#),
        ("sep \u{2028} \u{2029}", #""sep \u2028 \u2029""#),
        ("Malay é – “ok” 🤝", "\"Malay é – “ok” 🤝\""),
    ])
    func escapes(input: String, expected: String) {
        var bytes: [UInt8] = []
        JSONString.append(input, to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == expected)
        #expect(JSONValue.string(input).serialized() == expected)
    }
}
