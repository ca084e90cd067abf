/// Makes untrusted text safe to print on a terminal: no control characters, no escape sequences,
/// nothing that reorders or hides text.
public enum TerminalSafeText {
    /// `text` with every control character (C0, DEL, C1) and every format character (Cf: the bidi
    /// controls, U+200B–U+200F, U+FEFF, …) shown as visible placeholders: tabs become a space,
    /// the others `�`.
    public static func clean(_ text: String) -> String {
        guard !isClean(text) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.value == 0x09 {
                result.append(" ")
            } else if isUnsafe(scalar) {
                result.append("\u{FFFD}")
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Whether `text` holds anything `clean` would replace.
    public static func isClean(_ text: String) -> Bool {
        !text.unicodeScalars.contains(where: isUnsafe)
    }

    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00..<0x20, 0x7F..<0xA0: return true
        case 0x20..<0x7F: return false
        default: return isFormatCharacter(scalar)
        }
    }

    /// Unicode general category Cf, which holds every bidi control (U+061C, U+200E, U+200F,
    /// U+202A–U+202E, U+2066–U+2069) and the invisible characters (U+200B, U+2060, U+FEFF, tags).
    static func isFormatCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0xAD && scalar.properties.generalCategory == .format
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
