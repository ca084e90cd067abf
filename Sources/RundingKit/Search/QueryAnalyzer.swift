/// Turns a question, or a glossary text, into search tokens: normalised words without question
/// and stop words, stemmed, so that both sides of a search meet.
public struct QueryAnalyzer: Sendable {
    /// Characters of a question looked at; the rest is ignored (a question is a line, not a file).
    public static let maximumInputLength = 1_000
    /// Content words of a question searched for.
    public static let maximumTerms = 24

    /// Roots that settle ambiguous Malay affixes (`berunding`: `runding`, not `unding`).
    let knownRoots: Set<String>
    /// Short forms expanded before anything else (`knp` → `kenapa`): the answer analyser's table.
    let shortForms: ShortFormTable
    private let malay = MalayStemmer()
    private let english = EnglishStemmer()

    public init(knownRoots: Set<String> = [], shortForms: ShortFormTable = ShortFormTable()) {
        self.knownRoots = knownRoots
        self.shortForms = shortForms
    }

    /// Known roots taken from Malay texts: their words, and the stems of words whose affixes
    /// can be read only one way.
    static func knownRoots(fromMalay texts: [String]) -> Set<String> {
        let stemmer = MalayStemmer()
        var words: Set<String> = []
        for text in texts { words.formUnion(TextNormalizer.words(text)) }
        var roots = words
        for word in words {
            if let reading = stemmer.readings(of: word).first, !reading.ambiguous {
                roots.insert(reading.stem)
            }
        }
        return roots
    }

    /// The words and search terms of a question, in either language.
    public func analyze(_ question: String) -> AnalyzedQuery {
        let words = shortForms.expand(TextNormalizer.words(Self.truncated(question)))
        let content = Self.contentWords(words).prefix(Self.maximumTerms)
        let terms = content.map { word in
            var stems = [malay.stem(word, knownRoots: knownRoots)]
            let englishStem = english.stem(word)
            if englishStem != stems[0] { stems.append(englishStem) }
            return QueryTerm(word: word, stems: stems)
        }
        return AnalyzedQuery(words: words, terms: Array(terms))
    }

    /// The search tokens of a glossary text written in `language`.
    func tokens(of text: String, language: Language) -> [String] {
        Self.contentWords(TextNormalizer.words(text)).map { stem($0, language: language) }
    }

    /// `word` stemmed as a word of `language`.
    func stem(_ word: String, language: Language) -> String {
        switch language {
        case .ms: malay.stem(word, knownRoots: knownRoots)
        case .en: english.stem(word)
        }
    }

    /// `words` without stop phrases and stop words.
    static func contentWords(_ words: [String]) -> [String] {
        var content: [String] = []
        var index = 0
        scanning: while index < words.count {
            for phrase in StopWords.phrases
            where index + phrase.count <= words.count
                && words[index..<(index + phrase.count)].elementsEqual(phrase) {
                index += phrase.count
                continue scanning
            }
            if !StopWords.contains(words[index]) { content.append(words[index]) }
            index += 1
        }
        return content
    }

    /// `text` cut to `maximumInputLength` scalars (also the answer analyser's limit).
    static func truncated(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let end = scalars.index(scalars.startIndex, offsetBy: maximumInputLength,
                                      limitedBy: scalars.endIndex),
              end != scalars.endIndex else { return text }
        return String(scalars[..<end])
    }
}

/// A question taken apart for searching.
public struct AnalyzedQuery: Sendable, Equatable {
    /// Every normalised word, stop words included.
    public var words: [String]
    /// The content words with their stems, in order.
    public var terms: [QueryTerm]
}

/// One content word of a question and the stems it may stand for (Malay first, then English).
public struct QueryTerm: Sendable, Equatable {
    public var word: String
    public var stems: [String]
}
