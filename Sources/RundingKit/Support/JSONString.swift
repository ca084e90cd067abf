/// Writes a JSON string literal as UTF-8: the one escaper every JSON writer here uses.
///
/// Besides what JSON requires, it escapes DEL, the C1 controls and U+2028/U+2029, so that text
/// from an untrusted file cannot steer a terminal that shows the JSON.
enum JSONString {
    private static let hexDigits = Array("0123456789abcdef".utf8)

    static func append(_ string: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        let utf8 = Array(string.utf8)
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            switch byte {
            case 0x22: bytes += [0x5C, 0x22]
            case 0x5C: bytes += [0x5C, 0x5C]
            case 0x0A: bytes += [0x5C, UInt8(ascii: "n")]
            case 0x0D: bytes += [0x5C, UInt8(ascii: "r")]
            case 0x09: bytes += [0x5C, UInt8(ascii: "t")]
            case 0..<0x20, 0x7F:
                appendEscape(Int(byte), to: &bytes)
            case 0xC2 where index + 1 < utf8.count && (0x80..<0xA0).contains(utf8[index + 1]):
                appendEscape(Int(utf8[index + 1]), to: &bytes)
                index += 1
            case 0xE2 where index + 2 < utf8.count && utf8[index + 1] == 0x80
                && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9):
                appendEscape(0x2000 + Int(utf8[index + 2]) - 0x80, to: &bytes)
                index += 2
            default:
                bytes.append(byte)
            }
            index += 1
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static func appendEscape(_ value: Int, to bytes: inout [UInt8]) {
        bytes += [0x5C, UInt8(ascii: "u"), hexDigits[(value >> 12) & 0xF], hexDigits[(value >> 8) & 0xF],
                  hexDigits[(value >> 4) & 0xF], hexDigits[value & 0xF]]
    }
}
