/// Writes a JSON string literal as UTF-8: the one escaper every JSON writer here uses.
///
/// Besides what JSON requires, it escapes DEL, the C1 controls, U+2028/U+2029 and every format
/// character (Cf: the bidi controls U+202A–U+202E, U+2066–U+2069, U+200E/U+200F, U+061C, …), so
/// that text from an untrusted file cannot steer or reorder a terminal that shows the JSON.
enum JSONString {
    private static let hexDigits = Array("0123456789abcdef".utf8)

    static func append(_ string: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        var string = string
        // Most strings are printable ASCII with nothing to escape: copied in one go.
        let copied = string.withUTF8 { utf8 -> Bool in
            guard utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != 0x22 && $0 != 0x5C }) else { return false }
            bytes.append(contentsOf: utf8)
            return true
        }
        if !copied { appendScalars(of: string, to: &bytes) }
        bytes.append(UInt8(ascii: "\""))
    }

    private static func appendScalars(of string: String, to bytes: inout [UInt8]) {
        for scalar in string.unicodeScalars {
            let value = scalar.value
            switch value {
            case 0x22: bytes += [0x5C, 0x22]
            case 0x5C: bytes += [0x5C, 0x5C]
            case 0x0A: bytes += [0x5C, UInt8(ascii: "n")]
            case 0x0D: bytes += [0x5C, UInt8(ascii: "r")]
            case 0x09: bytes += [0x5C, UInt8(ascii: "t")]
            case 0..<0x20, 0x7F..<0xA0, 0x2028, 0x2029:
                appendEscape(Int(value), to: &bytes)
            case 0x20..<0x7F:
                bytes.append(UInt8(value))
            default:
                if TerminalSafeText.isFormatCharacter(scalar) {
                    if value > 0xFFFF {
                        let offset = Int(value) - 0x10000
                        appendEscape(0xD800 + (offset >> 10), to: &bytes)
                        appendEscape(0xDC00 + (offset & 0x3FF), to: &bytes)
                    } else {
                        appendEscape(Int(value), to: &bytes)
                    }
                } else {
                    bytes += Array(String(scalar).utf8)
                }
            }
        }
    }

    private static func appendEscape(_ value: Int, to bytes: inout [UInt8]) {
        bytes += [0x5C, UInt8(ascii: "u"), hexDigits[(value >> 12) & 0xF], hexDigits[(value >> 8) & 0xF],
                  hexDigits[(value >> 4) & 0xF], hexDigits[value & 0xF]]
    }
}
