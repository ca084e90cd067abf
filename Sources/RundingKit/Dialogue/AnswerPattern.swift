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
        /// Brackets nested deeper than `maximumNesting`.
        case tooDeep(Int)
    }

    /// The deepest nesting of brackets a pattern may have. Real patterns use two or three levels;
    /// the parser and the automaton recurse once per level, so 30,000 levels overflowed the stack.
    public static let maximumNesting = 32

    public let source: String
    let elements: [Element]
    /// `elements` as an automaton, so that matching is one pass over the answer.
    let automaton: Automaton

    public init(_ source: String) throws(ParseError) {
        self.source = source
        var parser = Parser(characters: Array(source))
        let elements = try parser.parseSequence(closing: nil)
        guard elements.contains(where: \.hasRequiredWord) else { throw .noWords }
        self.elements = elements
        automaton = Automaton(elements)
    }

    /// How well `words` (already normalised) match: nil when not at all, else the number of typos
    /// needed (0 for an exact match). Only the first `maximumWords` words are looked at.
    ///
    /// One pass over the words, keeping the fewest typos that reach each state of the automaton
    /// (a match may start at any word): time grows with words × states, never with the number of
    /// ways the alternatives can be combined (`[a] [a] [a] …` against "a a a …" once took minutes).
    public func match(_ words: [String]) -> Int? {
        let words = words.count > Self.maximumWords ? Array(words.prefix(Self.maximumWords)) : words
        let unreached = Int.max
        var typos = [Int](repeating: unreached, count: automaton.stateCount)
        var best: Int?
        for position in 0...words.count {
            typos[Automaton.start] = 0
            // Free steps only lead to later states, so one pass in state order follows them all.
            for state in typos.indices where typos[state] != unreached {
                for target in automaton.freeSteps[state] where typos[state] < typos[target] {
                    typos[target] = typos[state]
                }
            }
            if typos[automaton.final] != unreached {
                best = min(best ?? .max, typos[automaton.final])
                if best == 0 { return 0 }
            }
            guard position < words.count else { break }
            var next = [Int](repeating: unreached, count: automaton.stateCount)
            for state in typos.indices where typos[state] != unreached {
                for step in automaton.wordSteps[state] {
                    guard let distance = Self.wordDistance(step.word, words[position]) else { continue }
                    next[step.target] = min(next[step.target], typos[state] + distance)
                }
            }
            typos = next
        }
        return best
    }

    /// Answers longer than this are matched on their first words only.
    public static let maximumWords = 200

    /// States joined by word steps (taking one answer word) and free steps (taking none). Every
    /// free step leads to a state with a higher number.
    struct Automaton: Sendable, Hashable {
        struct WordStep: Sendable, Hashable {
            var word: String
            var target: Int
        }

        static let start = 0
        private(set) var wordSteps: [[WordStep]] = [[]]
        private(set) var freeSteps: [[Int]] = [[]]
        private(set) var final = 0

        var stateCount: Int { wordSteps.count }

        init(_ elements: [Element]) {
            final = add(elements[...], from: Self.start)
        }

        /// Adds the states of `sequence` after `state`; returns the state where it ends.
        private mutating func add(_ sequence: ArraySlice<Element>, from state: Int) -> Int {
            var current = state
            for element in sequence {
                switch element {
                case .word(let word):
                    let next = newState()
                    wordSteps[current].append(WordStep(word: word, target: next))
                    current = next
                case .alternatives(let options, let optional):
                    var ends: [Int] = []
                    for option in options {
                        let optionStart = newState()
                        freeSteps[current].append(optionStart)
                        ends.append(add(option[...], from: optionStart))
                    }
                    let exit = newState()
                    for end in ends { freeSteps[end].append(exit) }
                    if optional { freeSteps[current].append(exit) }
                    current = exit
                }
            }
            return current
        }

        private mutating func newState() -> Int {
            wordSteps.append([])
            freeSteps.append([])
            return wordSteps.count - 1
        }
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
        var depth = 0

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
                    guard depth < AnswerPattern.maximumNesting else { throw .tooDeep(AnswerPattern.maximumNesting) }
                    index += 1
                    let close: Character = character == "(" ? ")" : "]"
                    depth += 1
                    let options = try parseAlternatives(closing: close)
                    depth -= 1
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
    /// Whether every way of matching this element takes at least one word: `([a])` does not.
    var hasRequiredWord: Bool {
        switch self {
        case .word: return true
        case .alternatives(let options, let optional):
            return !optional && options.allSatisfy { option in option.contains(where: \.hasRequiredWord) }
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
        case .tooDeep(let limit):
            return LocalizedText(
                ms: "kurungan bersarang lebih daripada \(limit) aras", en: "brackets nested more than \(limit) levels deep")
        }
    }
}
