/// The one normaliser of typed text, shared by the answer understander and the glossary search:
/// case, accents and punctuation (`TextNormalizer`), short forms and contractions, synonyms,
/// negation, and Malay and English stemming.
public struct AnswerAnalyzer: Sendable {
    /// Characters of an answer looked at; the rest is ignored (an answer is a line, not a file).
    public static let maximumInputLength = QueryAnalyzer.maximumInputLength
    /// Tokens after a negation that it governs, at most (within its clause).
    static let negationReach = 3

    /// Words that negate what follows ("tak" and "don't" arrive here expanded by the short forms).
    static let negators: Set<String> = [
        "tidak", "bukan", "jangan", "tiada", "belum", "tanpa", "enggan",
        "not", "no", "never", "without", "nor", "cannot",
    ]
    /// Words that end a negation's reach: a new clause starts.
    static let clauseWords: Set<String> = [
        "tetapi", "tapi", "namun", "sebab", "kerana", "karena", "jadi", "lalu", "kemudian", "dan",
        "but", "because", "so", "then", "and", "however", "instead", "sebaliknya",
    ]
    /// The key every negator shares, so that "tidak" and "not" meet.
    static let negationKey = "=not"

    public let lexicon: Lexicon
    let knownRoots: Set<String>
    private let malay = MalayStemmer()
    private let english = EnglishStemmer()
    /// Stems already worked out, by word: answers and examples repeat their words a lot.
    private let stemCache = StemCache()

    public init(lexicon: Lexicon = .empty, knownRoots: Set<String> = []) {
        self.lexicon = lexicon
        self.knownRoots = knownRoots
    }

    /// The normalised words of `text` with short forms and contractions expanded.
    public func words(_ text: String) -> [String] {
        lexicon.shortForms.expand(TextNormalizer.words(QueryAnalyzer.truncated(text)))
    }

    /// The tokens of `text`, stop words left out (negators are kept, as the negation key).
    public func tokens(_ text: String) -> [AnswerToken] {
        var tokens: [AnswerToken] = []
        for clause in Self.clauses(of: QueryAnalyzer.truncated(text)) {
            let words = Self.signedNumbers(lexicon.shortForms.expand(TextNormalizer.words(String(clause))))
            var reach = 0
            var index = 0
            while index < words.count {
                if let match = lexicon.synonyms.longestMatch(in: words[index...]),
                   match.length > 1 || !Self.negators.contains(words[index]) {
                    let text = words[index..<(index + match.length)].joined(separator: " ")
                    tokens.append(AnswerToken(text: text, keys: ["=\(match.group)"], isNegated: reach > 0,
                                              isSpelt: match.length == 1))
                    if reach > 0 { reach -= 1 }
                    index += match.length
                    continue
                }
                let word = words[index]
                index += 1
                if Self.negators.contains(word) {
                    tokens.append(AnswerToken(text: word, keys: [Self.negationKey], isSpelt: false))
                    reach = reach > 0 ? 0 : Self.negationReach
                    continue
                }
                if Self.clauseWords.contains(word) {
                    reach = 0
                    continue
                }
                if StopWords.contains(word) { continue }
                tokens.append(token(for: word, negated: reach > 0))
                if reach > 0 { reach -= 1 }
            }
        }
        return tokens
    }

    /// A content word as a token: a number as written, a synonym's group when its stem is a
    /// one-word synonym, else its stems.
    private func token(for word: String, negated: Bool) -> AnswerToken {
        if TextNormalizer.isNumber(word) {
            return AnswerToken(text: word, keys: [word], isNegated: negated, isSpelt: false)
        }
        let (malayStem, englishStem) = stemCache.stems(of: word) {
            (malay.stem(word, knownRoots: knownRoots), english.stem(word))
        }
        for stem in [malayStem, englishStem] where stem != word {
            if let group = lexicon.synonyms.group(of: [stem]) {
                return AnswerToken(text: word, keys: ["=\(group)"], isNegated: negated)
            }
        }
        let keys = malayStem == englishStem ? [malayStem] : [malayStem, englishStem]
        return AnswerToken(text: word, keys: keys, isNegated: negated)
    }

    /// `words` with a sign word before a number made the number's sign (`minus 30` → `-30`,
    /// `plus 10` → `10`), except between two numbers, where it is arithmetic (`40 minus 30`).
    static func signedNumbers(_ words: [String]) -> [String] {
        guard words.count > 1 else { return words }
        var result: [String] = []
        var index = 0
        while index < words.count {
            let word = words[index]
            if index + 1 < words.count, TextNormalizer.isNumber(words[index + 1]), !words[index + 1].hasPrefix("-"),
               !(result.last.map(TextNormalizer.isNumber) ?? false) {
                if ["minus", "negatif", "negative", "tolak"].contains(word) {
                    result.append("-" + words[index + 1])
                    index += 2
                    continue
                }
                if ["plus", "positif", "positive", "tambah"].contains(word) {
                    result.append(words[index + 1])
                    index += 2
                    continue
                }
            }
            result.append(word)
            index += 1
        }
        return result
    }

    /// `text` cut at clause punctuation (a comma or full stop inside a number is not one).
    static func clauses(of text: String) -> [Substring] {
        var clauses: [Substring] = []
        var start = text.startIndex
        var previous: Character?
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            var isBoundary = ";!?\n\u{2026}".contains(character)
            if character == "," || character == "." {
                let digitBefore = previous?.isNumber ?? false
                let digitAfter = next < text.endIndex && text[next].isNumber
                isBoundary = !(digitBefore && digitAfter)
            }
            if isBoundary {
                if start < index { clauses.append(text[start..<index]) }
                start = next
            }
            previous = character
            index = next
        }
        if start < text.endIndex { clauses.append(text[start...]) }
        return clauses
    }
}
