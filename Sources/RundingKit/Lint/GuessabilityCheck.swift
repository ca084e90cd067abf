import Foundation

/// Warnings for a dialogue whose right answers can be found without reading: by length (A001,
/// A002) or, in a remediation node, by copying the text printed just before (A003).
///
/// Once options are shuffled, positions say nothing; lengths and repeated words still do.
/// Only `choose` nodes with at least one right and one other option are looked at; texts are
/// compared in characters, in each language.
public struct GuessabilityCheck: Sendable {
    public let dialogue: Dialogue

    /// A001: the right option is the longest in more than this share of the scored nodes.
    public static let longestShare = 0.5
    /// A002: a right option longer than this many times the median length of the others.
    public static let lengthRatio = 1.5
    /// …and longer than that median by at least this many characters (one short word longer
    /// than another is no give-away).
    public static let lengthMargin = 12
    /// A003: the share of a right option's words found in the text just before it, and how far
    /// above every other option's share it must be.
    public static let copiedShare = 0.6
    public static let copiedMargin = 0.2

    public init(dialogue: Dialogue) {
        self.dialogue = dialogue
    }

    public func run() -> [Diagnostic] {
        longestRightOptions() + longRightOptions() + copiedRemediationAnswers()
    }

    /// Nodes whose options a learner sees and picks from, with at least one right option and one other.
    var scoredNodes: [DialogueNode] {
        dialogue.nodes.filter { node in
            guard node.ending == nil, node.mode == .choose else { return false }
            let options = node.choices.filter { !$0.isFallback }
            return options.contains { $0.isCorrect == true } && options.contains { $0.isCorrect != true }
        }
    }

    // MARK: A001

    private func longestRightOptions() -> [Diagnostic] {
        let nodes = scoredNodes
        guard !nodes.isEmpty else { return [] }
        for language in Language.allCases {
            let longest = nodes.filter { Self.rightOptionIsLongest($0, language: language) }
            guard Double(longest.count) > Self.longestShare * Double(nodes.count) else { continue }
            let list = longest.map(\.id).prefix(8).joined(separator: ", ") + (longest.count > 8 ? ", …" : "")
            return [Diagnostic(
                "A001", .warning, at: dialogue.location,
                ms: "pilihan yang betul ialah teks terpanjang dalam \(longest.count) daripada \(nodes.count) nod "
                    + "(\(language.rawValue): \(list)); pelajar boleh meneka dengan memilih yang paling panjang",
                en: "the right option is the longest text in \(longest.count) of \(nodes.count) nodes "
                    + "(\(language.rawValue): \(list)); a learner can guess by picking the longest")]
        }
        return []
    }

    /// Whether the single longest option of `node` (strictly longer than every other) is right.
    static func rightOptionIsLongest(_ node: DialogueNode, language: Language) -> Bool {
        let options = node.choices.filter { !$0.isFallback }
        let lengths = options.map { $0.text[language].count }
        guard let longest = lengths.max(), lengths.filter({ $0 == longest }).count == 1,
              let index = lengths.firstIndex(of: longest) else { return false }
        return options[index].isCorrect == true
    }

    // MARK: A002

    private func longRightOptions() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for node in scoredNodes {
            let options = node.choices.filter { !$0.isFallback }
            for (number, choice) in options.enumerated() where choice.isCorrect == true {
                for language in Language.allCases {
                    let others = options.filter { $0.isCorrect != true }.map { $0.text[language].count }
                    let median = Self.median(others)
                    let length = choice.text[language].count
                    guard median > 0, Double(length) > Self.lengthRatio * median,
                          Double(length) - median >= Double(Self.lengthMargin) else { continue }
                    let ratio = (Double(length) / median * 10).rounded() / 10
                    diagnostics.append(Diagnostic(
                        "A002", .warning, at: choice.location,
                        ms: "pilihan betul \(number + 1) nod '\(node.id)' (\(language.rawValue)) \(ratio)× panjang median "
                            + "pilihan lain (\(length) lawan \(Int(median)) aksara); ia menonjol",
                        en: "right option \(number + 1) of node '\(node.id)' (\(language.rawValue)) is \(ratio)× the median "
                            + "length of the others (\(length) against \(Int(median)) characters); it stands out"))
                    break
                }
            }
        }
        return diagnostics
    }

    static func median(_ values: [Int]) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? Double(sorted[middle]) : Double(sorted[middle - 1] + sorted[middle]) / 2
    }

    // MARK: A003

    private func copiedRemediationAnswers() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for node in scoredNodes where node.isRemediation {
            // What the learner read just before the options: the feedback of each choice that
            // leads here, then the remediation's own text.
            let incoming = dialogue.nodes.flatMap { $0.choices.filter { $0.goto == node.id && !$0.feedback.ms.isEmpty } }
            let options = node.choices.filter { !$0.isFallback }
            for language in Language.allCases {
                var before = Set(Self.contentWords(node.say[language], language: language))
                for choice in incoming { before.formUnion(Self.contentWords(choice.feedback[language], language: language)) }
                let shares = options.map { Self.share(of: $0.text[language], in: before, language: language) }
                let otherBest = zip(options, shares).filter { $0.0.isCorrect != true }.map(\.1).max() ?? 0
                guard let (choice, share) = zip(options, shares).first(where: { choice, share in
                    choice.isCorrect == true && share >= Self.copiedShare && share >= otherBest + Self.copiedMargin
                }) else { continue }
                let number = (options.firstIndex(of: choice) ?? 0) + 1
                let percent = Int((share * 100).rounded())
                diagnostics.append(Diagnostic(
                    "A003", .warning, at: choice.location,
                    ms: "nod pemulihan '\(node.id)' (\(language.rawValue)): \(percent)% perkataan pilihan betul \(number) "
                        + "ada dalam teks yang dipaparkan sejurus sebelumnya; pelajar boleh menyalin jawapan tanpa "
                        + "memahami prinsipnya. Tanya satu kes baharu",
                    en: "remediation node '\(node.id)' (\(language.rawValue)): \(percent)% of the words of right option "
                        + "\(number) are in the text shown just before it; a learner can copy the answer without "
                        + "understanding the principle. Ask about a new case"))
                break
            }
        }
        return diagnostics
    }

    /// The share of `text`'s content words (stemmed, not stop words) that are in `words`.
    static func share(of text: String, in words: Set<String>, language: Language) -> Double {
        let own = contentWords(text, language: language)
        guard !own.isEmpty else { return 0 }
        return Double(own.filter(words.contains).count) / Double(own.count)
    }

    /// Normalised, stemmed words of `text`, without stop words, one-letter words and numbers (a
    /// figure in the explanation is rarely the answer to the new case).
    static func contentWords(_ text: String, language: Language) -> [String] {
        TextNormalizer.words(text).filter { word in
            word.count > 1 && !StopWords.contains(word) && !TextNormalizer.isNumber(word)
                && !word.unicodeScalars.contains { CharacterSet.decimalDigits.contains($0) }
        }.map { word in
            language == .ms ? MalayStemmer().stem(word) : EnglishStemmer().stem(word)
        }
    }
}
