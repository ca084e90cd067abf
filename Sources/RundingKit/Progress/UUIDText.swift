import Foundation

/// Reads UUIDs written as 36 characters (`3f2a1c9e-7b4d-4e8a-9c1f-0d2e3b4a5c6d`, any case).
///
/// Same result as `UUID(uuidString:)`, without the `sscanf` that Foundation on Linux uses for
/// it: that was a tenth of the time of a manager report over millions of events.
enum UUIDText {
    static func parse(_ text: String) -> UUID? {
        var text = text
        return text.withUTF8 { bytes -> UUID? in
            guard bytes.count == 36 else { return nil }
            var uuid: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
            let valid = withUnsafeMutableBytes(of: &uuid) { result -> Bool in
                var index = 0
                for target in 0..<16 {
                    if target == 4 || target == 6 || target == 8 || target == 10 {
                        guard bytes[index] == UInt8(ascii: "-") else { return false }
                        index += 1
                    }
                    guard let high = hexValue(bytes[index]), let low = hexValue(bytes[index + 1]) else { return false }
                    result[target] = high << 4 | low
                    index += 2
                }
                return true
            }
            return valid ? UUID(uuid: uuid) : nil
        }
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
