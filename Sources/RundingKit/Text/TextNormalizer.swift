import Foundation

/// Turns what a person typed into comparable words: lower case, no accents, no punctuation.
///
/// Signs and decimal points that belong to a number are kept (`-20`, `3.5`); a leading `+`
/// is dropped, so `+30` and `30` are the same word. Hyphens and other punctuation split words:
/// `menang-menang` becomes `menang menang`.
public enum TextNormalizer {
    /// The words of `text`, normalised.
    public static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        // Compatibility decomposition splits accents off letters (é → e + ◌́) and unfolds
        // ligatures; plain ASCII needs none, and is most of what people type.
        let scalars = text.utf8.allSatisfy({ $0 < 0x80 })
            ? Array(text.unicodeScalars)
            : Array(text.decomposedStringWithCompatibilityMapping.unicodeScalars)

        func flush() {
            if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }

        for (index, scalar) in scalars.enumerated() {
            let next = index + 1 < scalars.count ? scalars[index + 1] : nil
            let nextIsDigit = next.map(isDigit) ?? false
            if !scalar.isASCII, scalar.properties.generalCategory == .nonspacingMark
                || scalar.properties.generalCategory == .enclosingMark {
                continue
            }
            if scalar.isASCII {
                switch scalar.value {
                case 0x41...0x5A:
                    current.append(Unicode.Scalar(scalar.value + 0x20)!)
                    continue
                case 0x61...0x7A, 0x30...0x39:
                    current.append(scalar)
                    continue
                default:
                    break
                }
            } else if scalar.properties.isAlphabetic || isDigit(scalar) {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                    current.append(lower)
                }
                continue
            }
            switch scalar {
            case "-", "\u{2212}", "\u{2013}":
                // A minus sign starts a number only at the start of a word.
                if current.isEmpty && nextIsDigit { current.append("-") } else { flush() }
            case "+":
                flush()
            case ".", ",":
                let previousIsDigit = current.last.map(isDigit) ?? false
                if previousIsDigit && nextIsDigit { current.append(".") } else { flush() }
            case "'", "\u{2019}":
                // "jurujual's" stays one word; quotes around words are dropped.
                let previousIsLetter = current.last?.properties.isAlphabetic ?? false
                if !(previousIsLetter && (next?.properties.isAlphabetic ?? false)) { flush() }
            default:
                flush()
            }
        }
        flush()
        return words
    }

    /// `words(text)` joined by single spaces.
    public static func normalize(_ text: String) -> String {
        words(text).joined(separator: " ")
    }

    /// Whether a normalised word is a number (`30`, `-20`, `3.5`).
    public static func isNumber(_ word: String) -> Bool {
        var sawDigit = false
        for (index, scalar) in word.unicodeScalars.enumerated() {
            if isDigit(scalar) { sawDigit = true; continue }
            if scalar == "-" && index == 0 { continue }
            if scalar == "." { continue }
            return false
        }
        return sawDigit
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return (0x30...0x39).contains(scalar.value) }
        return scalar.properties.numericType == .decimal
    }
}
