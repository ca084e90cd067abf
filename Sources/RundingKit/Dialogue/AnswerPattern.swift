/// A typed-answer pattern such as `(dengar|mendengar) [secara] aktif`.
///
/// `(a|b)` is one of the alternatives, `[a]` or `[a|b]` optional words, anything else literal
/// words, normalised like the learner's answer. A pattern matches when its words appear in
/// order, next to each other, anywhere in the answer; long words tolerate typos
/// (`EditDistance.tolerance`).
public struct AnswerPattern: Sendable, Hashable {
    indirect enum Element: Sendable, Hashable {
        case word(String)
        case alternatives([[Element]], optional: Bool)
    }

    /// Why a pattern cannot be parsed.
    public enum ParseError: Error, Sendable, Equatable {
        case unbalanced(Character)
        case unexpected(Character)
        case emptyAlternative
        case noWords
    }

    public let source: String
    let elements: [Element]

    public init(_ source: String) throws(ParseError) {
        self.source = source
        var parser = Parser(characters: Array(source))
        let elements = try parser.parseSequence(closing: nil)
        guard elements.contains(where: \.hasRequiredWord) else { throw .noWords }
        self.elements = elements
    }

    /// How well `words` (already normalised) match: nil when not at all, else the number of typos
    /// needed (0 for an exact match). Only the first `maximumWords` words are looked at.
    public func match(_ words: [String]) -> Int? {
        let words = words.count > Self.maximumWords ? Array(words.prefix(Self.maximumWords)) : words
        var best: Int?
        for start in 0...words.count {
            for (_, typos) in Self.match(elements[...], words, start) {
                if best == nil || typos < best! { best = typos }
                if best == 0 { return 0 }
            }
        }
        return best
    }

    /// Answers longer than this are matched on their first words only.
    public static let maximumWords = 200

    /// All ways `elements` can match `words` from `position`: (end position, typos used).
    private static func match(_ elements: ArraySlice<Element>, _ words: [String], _ position: Int) -> [(Int, Int)] {
        guard let first = elements.first else { return [(position, 0)] }
        let rest = elements.dropFirst()
        var results: [(Int, Int)] = []
        switch first {
        case .word(let word):
            guard position < words.count, let typos = wordDistance(word, words[position]) else { return [] }
            for (end, more) in match(rest, words, position + 1) { results.append((end, typos + more)) }
        case .alternatives(let options, let optional):
            if optional {
                results += match(rest, words, position)
            }
            for option in options {
                for (middle, typos) in match(option[...], words, position) {
                    for (end, more) in match(rest, words, middle) { results.append((end, typos + more)) }
                }
            }
        }
        return results
    }

    /// 0 when equal, the distance when within the word's tolerance, else nil.
    static func wordDistance(_ patternWord: String, _ answerWord: String) -> Int? {
        if patternWord == answerWord { return 0 }
        let tolerance = EditDistance.tolerance(for: patternWord)
        guard tolerance > 0, !TextNormalizer.isNumber(answerWord) else { return nil }
        return EditDistance.distance(patternWord, answerWord, limit: tolerance)
    }

    private struct Parser {
        let characters: [Character]
        var index = 0

        mutating func parseSequence(closing: Character?) throws(ParseError) -> [Element] {
            var elements: [Element] = []
            var literal = ""
            func flushLiteral() {
                elements += TextNormalizer.words(literal).map(Element.word)
                literal = ""
            }
            while index < characters.count {
                let character = characters[index]
                switch character {
                case "(", "[":
                    flushLiteral()
                    index += 1
                    let close: Character = character == "(" ? ")" : "]"
                    let options = try parseAlternatives(closing: close)
                    elements.append(.alternatives(options, optional: character == "["))
                case ")", "]", "|":
                    flushLiteral()
                    if closing == nil {
                        throw character == "|" ? .unexpected("|") : .unbalanced(character)
                    }
                    return elements
                default:
                    literal.append(character)
                    index += 1
                }
            }
            flushLiteral()
            if let closing { throw .unbalanced(closing) }
            return elements
        }

        mutating func parseAlternatives(closing: Character) throws(ParseError) -> [[Element]] {
            var options: [[Element]] = []
            while true {
                let option = try parseSequence(closing: closing)
                if option.isEmpty { throw .emptyAlternative }
                options.append(option)
                guard index < characters.count else { throw .unbalanced(closing) }
                let character = characters[index]
                index += 1
                if character == "|" { continue }
                if character == closing { return options }
                throw .unbalanced(closing)
            }
        }
    }
}

extension AnswerPattern.Element {
    var hasRequiredWord: Bool {
        switch self {
        case .word: return true
        case .alternatives(_, let optional): return !optional
        }
    }
}

extension AnswerPattern.ParseError {
    /// The reason in both languages, for diagnostics.
    public var message: LocalizedText {
        switch self {
        case .unbalanced(let character):
            return LocalizedText(ms: "kurungan tidak seimbang: '\(character)'", en: "unbalanced bracket: '\(character)'")
        case .unexpected(let character):
            return LocalizedText(ms: "'\(character)' di luar kurungan", en: "'\(character)' outside brackets")
        case .emptyAlternative:
            return LocalizedText(ms: "pilihan kosong dalam kurungan", en: "empty alternative in brackets")
        case .noWords:
            return LocalizedText(ms: "corak tiada perkataan", en: "pattern has no words")
        }
    }
}
