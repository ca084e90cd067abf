/// Makes untrusted text safe to print on a terminal: no control characters, no escape sequences.
public enum TerminalSafeText {
    /// `text` with every control character (C0, DEL, C1, bidi overrides) shown as `\u{…}`-free
    /// visible placeholders: tabs become a space, other controls `�`.
    public static func clean(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09: result.append(" ")
            case 0x00..<0x20, 0x7F..<0xA0, 0x202A...0x202E, 0x2066...0x2069:
                result.append("\u{FFFD}")
            default:
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Whether `text` holds anything `clean` would replace.
    public static func isClean(_ text: String) -> Bool {
        !text.unicodeScalars.contains { scalar in
            switch scalar.value {
            case 0x00..<0x20, 0x7F..<0xA0, 0x202A...0x202E, 0x2066...0x2069: return true
            default: return false
            }
        }
    }

    /// Like `clean`, but keeps the SGR colour sequences this program writes itself when `allowEscapes`.
    public static func cleanKeepingEscapes(_ text: String, allowEscapes: Bool) -> String {
        guard allowEscapes else { return clean(text) }
        var result = ""
        var rest = Substring(text)
        while let escape = rest.firstIndex(of: "\u{1B}") {
            result += clean(String(rest[..<escape]))
            let after = rest[escape...].dropFirst()
            if after.first == "[", let end = after.firstIndex(where: { $0 == "m" }),
               after[after.index(after: after.startIndex)..<end].allSatisfy({ $0.isNumber || $0 == ";" }) {
                result += String(rest[escape...end])
                rest = rest[rest.index(after: end)...]
            } else {
                result += "\u{FFFD}"
                rest = after
            }
        }
        return result + clean(String(rest))
    }
}
