import Foundation

/// The glossary prepared for learners' questions, in both languages whatever the session's:
/// tokens with field-weighted BM25 weights computed up front, every term and alias as a whole
/// phrase, and a vocabulary for typos. Built once; each search only reads it.
public struct GlossaryIndex: Sendable {
    /// Weights and thresholds of the ranking.
    public struct Configuration: Sendable, Equatable {
        public var bm25 = BM25()
        /// Multiplies the BM25 score of each field.
        public var fieldWeights: [GlossaryField: Double] = [
            .term: 3.0, .alias: 2.5, .definition: 1.0, .points: 0.6,
        ]
        /// Added when the question is exactly a term or alias: it wins outright.
        public var exactPhraseBonus = 100.0
        /// Added, in proportion to its share of the question, when the question contains a
        /// whole term or alias of two words or more.
        public var containedPhraseBonus = 4.0
        /// How much a word read through a typo counts, by edit distance (1, 2).
        public var typoWeights: [Double] = [0.8, 0.6]
        /// Below this confidence the best hit is only a suggestion.
        public var minimumConfidence = 0.5
        /// From this confidence up to `minimumConfidence`, a best hit that scores at least
        /// `likelyScore` and is clearly ahead of the next (`likelyLead` times its score) is offered
        /// as a likely answer ("Mungkin maksud anda…"). Off-topic questions, which meet the
        /// glossary in one common word at most, stay under `likelyScore`.
        public var likelyConfidence = 0.2
        public var likelyScore = 4.0
        public var likelyLead = 1.5
        /// How much a word counts when read as a synonym from `Glossary/synonyms.yaml`.
        public var synonymWeight = 0.8

        public init() {}

        func weight(of field: GlossaryField) -> Double { fieldWeights[field] ?? 0 }

        func typoWeight(distance: Int) -> Double {
            guard distance > 0 else { return 1 }
            return typoWeights.indices.contains(distance - 1) ? typoWeights[distance - 1] : 0
        }
    }

    /// A token's weight in one field of one entry: field weight × idf × saturated frequency.
    private struct Posting: Sendable {
        var entry: Int
        var field: GlossaryField
        var weight: Double
    }

    /// A term or alias as a sequence of tokens.
    private struct Phrase: Sendable {
        var tokens: [Int]
        var entry: Int
        var field: GlossaryField
        var language: Language
        var text: String
        /// A part in brackets, such as "(eNPS)" in "Promoter (eNPS)": it names the context, so it
        /// counts as the whole question only when no entry's own name does.
        var isQualifier: Bool
    }

    /// A glossary token a question word may stand for.
    private struct Alternative {
        var token: Int
        var weight: Double
        var distance: Int
    }

    private struct ResolvedTerm {
        var term: QueryTerm
        var alternatives: [Alternative]
        var idf: Double
    }

    /// The entries, ordered by id (ties in score go to the smaller id).
    public let entries: [GlossaryEntry]
    public let configuration: Configuration
    /// The analyzer the glossary was indexed with; questions go through it too.
    public let analyzer: QueryAnalyzer

    private let tokenIDs: [String: Int]
    private let tokens: [String]
    private let postings: [[Posting]]
    /// Per token, its idf over whole entries: how much finding it says (for the confidence).
    private let entryIDFs: [Double]
    private let unknownIDF: Double
    private let phrases: [Phrase]
    private let phrasesByFirstToken: [Int: [Int]]
    private let phrasesByCompactKey: [String: [Int]]
    private let typos: TypoMatcher
    /// Per normalised query word, the glossary tokens of its synonyms (single words only).
    private let synonymTokens: [String: [Int]]

    /// - Parameter lexicon: short forms and synonyms (`Glossary/shortforms.yaml`,
    ///   `Glossary/synonyms.yaml`), the same the answer understander uses.
    public init(entries: [GlossaryEntry], lexicon: Lexicon = .empty, configuration: Configuration = Configuration()) {
        let entries = entries.sorted { $0.id < $1.id }
        self.entries = entries
        self.configuration = configuration
        let analyzer = QueryAnalyzer(knownRoots: QueryAnalyzer.knownRoots(fromMalay: entries.flatMap {
            [$0.term.ms, $0.definition.ms] + $0.aliases.ms + $0.points.ms
        }), shortForms: lexicon.shortForms)
        self.analyzer = analyzer

        var tokenIDs: [String: Int] = [:]
        var tokens: [String] = []
        func ids(_ text: String, _ language: Language) -> [Int] {
            analyzer.tokens(of: text, language: language).map { token in
                if let id = tokenIDs[token] { return id }
                tokenIDs[token] = tokens.count
                tokens.append(token)
                return tokens.count - 1
            }
        }

        // The tokens of each field of each entry: fieldTokens[field][entry].
        var fieldTokens = [[[Int]]](repeating: [], count: GlossaryField.allCases.count)
        for entry in entries {
            fieldTokens[GlossaryField.term.rawValue].append(
                ids(entry.term.ms, .ms) + ids(entry.term.en, .en))
            fieldTokens[GlossaryField.alias.rawValue].append(
                entry.aliases.ms.flatMap { ids($0, .ms) } + entry.aliases.en.flatMap { ids($0, .en) })
            fieldTokens[GlossaryField.definition.rawValue].append(
                ids(entry.definition.ms, .ms) + ids(entry.definition.en, .en))
            fieldTokens[GlossaryField.points.rawValue].append(
                entry.points.ms.flatMap { ids($0, .ms) } + entry.points.en.flatMap { ids($0, .en) })
        }

        // Terms and aliases as whole phrases (before the statistics, so that every token they
        // use has its place in the tables below).
        var phrases: [Phrase] = []
        var phrasesByFirstToken: [Int: [Int]] = [:]
        var phrasesByCompactKey: [String: [Int]] = [:]
        for (index, entry) in entries.enumerated() {
            var sources: [(String, GlossaryField, Language)] = [
                (entry.term.ms, .term, .ms), (entry.term.en, .term, .en),
            ]
            sources += entry.aliases.ms.map { ($0, .alias, .ms) }
            sources += entry.aliases.en.map { ($0, .alias, .en) }
            var seen: Set<[Int]> = []
            for (text, field, language) in sources {
                for (variant, isQualifier) in Self.phraseVariants(of: text) {
                    let phraseTokens = ids(variant, language)
                    guard !phraseTokens.isEmpty, seen.insert(phraseTokens).inserted else { continue }
                    let id = phrases.count
                    phrases.append(Phrase(tokens: phraseTokens, entry: index, field: field,
                                          language: language, text: variant, isQualifier: isQualifier))
                    phrasesByFirstToken[phraseTokens[0], default: []].append(id)
                    let key = QueryAnalyzer.contentWords(TextNormalizer.words(variant)).joined()
                    if !key.isEmpty { phrasesByCompactKey[key, default: []].append(id) }
                }
            }
        }

        // A token's rarity is a property of the glossary, not of a field: its idf counts the
        // entries that hold it anywhere, while lengths are normalised field by field.
        var entriesWithToken = [Set<Int>](repeating: [], count: tokens.count)
        for documents in fieldTokens {
            for (entry, document) in documents.enumerated() {
                for token in document { entriesWithToken[token].insert(entry) }
            }
        }
        var frequencies: [String: Int] = [:]
        for (token, holders) in entriesWithToken.enumerated() where !holders.isEmpty {
            frequencies[tokens[token]] = holders.count
        }
        let idfs = configuration.bm25.idfs(documentFrequencies: frequencies, documentCount: entries.count)

        var postings = [[Posting]](repeating: [], count: tokens.count)
        for field in GlossaryField.allCases {
            let documents = fieldTokens[field.rawValue]
            let total = documents.reduce(0) { $0 + $1.count }
            guard total > 0 else { continue }
            let average = Double(total) / Double(documents.count)
            for (entry, document) in documents.enumerated() {
                let counts = document.reduce(into: [Int: Int]()) { $0[$1, default: 0] += 1 }
                for (token, count) in counts {
                    let weight = configuration.weight(of: field) * (idfs[tokens[token]] ?? 0)
                        * configuration.bm25.termWeight(frequency: Double(count),
                                                        documentLength: Double(document.count),
                                                        averageLength: average)
                    postings[token].append(Posting(entry: entry, field: field, weight: weight))
                }
            }
        }
        for token in postings.indices {
            postings[token].sort { ($0.entry, $0.field.rawValue) < ($1.entry, $1.field.rawValue) }
        }
        let count = Double(entries.count)
        func entryIDF(_ frequency: Int) -> Double {
            log(1 + (count - Double(frequency) + 0.5) / (Double(frequency) + 0.5))
        }

        self.tokenIDs = tokenIDs
        self.tokens = tokens
        self.postings = postings
        entryIDFs = entriesWithToken.map { entryIDF($0.count) }
        unknownIDF = entryIDF(0)
        self.phrases = phrases
        self.phrasesByFirstToken = phrasesByFirstToken
        self.phrasesByCompactKey = phrasesByCompactKey
        typos = TypoMatcher(tokens: tokens)
        var synonymTokens: [String: [Int]] = [:]
        for group in lexicon.synonyms.groups {
            let words = group.filter { $0.count == 1 }.map { $0[0] }
            let ids = Set(words.flatMap { word in
                [analyzer.stem(word, language: .ms), analyzer.stem(word, language: .en)].compactMap { tokenIDs[$0] }
            })
            guard !ids.isEmpty else { continue }
            for word in words { synonymTokens[word] = ids.sorted() }
        }
        self.synonymTokens = synonymTokens
    }

    /// Answers `question`: a greeting, nothing to search, the entries that answer it (at most
    /// `limit`, best first), or up to three suggestions when none answers well enough.
    public func search(_ question: String, limit: Int = 5) -> SearchResult {
        let query = analyzer.analyze(question)
        if query.words.isEmpty { return .empty }
        if let greeting = Greeting.detect(in: query.words) { return .greeting(greeting) }
        if query.terms.isEmpty { return .empty }

        let terms = query.terms.map(resolve)
        let entryCount = entries.count
        let fieldCount = GlossaryField.allCases.count
        var scores = [Double](repeating: 0, count: entryCount)
        var fieldScores = [Double](repeating: 0, count: entryCount * fieldCount)
        var coverage = [Double](repeating: 0, count: entryCount)
        var corrections = [[Correction]](repeating: [], count: entryCount)

        // Each query word adds, per entry, its best-scoring reading.
        var termBest = [Double](repeating: 0, count: entryCount)
        var termAlternative = [Int](repeating: 0, count: entryCount)
        var termFields = [Double](repeating: 0, count: entryCount * fieldCount)
        var touched: [Int] = []
        for term in terms {
            touched.removeAll(keepingCapacity: true)
            for (index, alternative) in term.alternatives.enumerated() {
                let list = postings[alternative.token]
                var start = 0
                while start < list.count {
                    let entry = list[start].entry
                    var end = start
                    var sum = 0.0
                    while end < list.count && list[end].entry == entry {
                        sum += list[end].weight * alternative.weight
                        end += 1
                    }
                    if sum > termBest[entry] {
                        if termBest[entry] == 0 { touched.append(entry) }
                        termBest[entry] = sum
                        termAlternative[entry] = index
                        for field in 0..<fieldCount { termFields[entry * fieldCount + field] = 0 }
                        for posting in list[start..<end] {
                            termFields[entry * fieldCount + posting.field.rawValue] +=
                                posting.weight * alternative.weight
                        }
                    }
                    start = end
                }
            }
            for entry in touched {
                let alternative = term.alternatives[termAlternative[entry]]
                scores[entry] += termBest[entry]
                coverage[entry] += term.idf * alternative.weight
                if alternative.distance > 0 {
                    corrections[entry].append(Correction(typed: term.term.word,
                                                         token: tokens[alternative.token],
                                                         distance: alternative.distance))
                }
                for field in 0..<fieldCount {
                    fieldScores[entry * fieldCount + field] += termFields[entry * fieldCount + field]
                    termFields[entry * fieldCount + field] = 0
                }
                termBest[entry] = 0
            }
        }

        // Entries that answer only part of the question fall behind those that answer all of
        // it (Lucene's old coordination factor, by idf rather than by word count).
        let totalIDF = terms.reduce(0) { $0 + $1.idf }
        for entry in scores.indices where totalIDF > 0 {
            scores[entry] *= coverage[entry] / totalIDF
        }

        // Whole terms and aliases.
        let (exact, contained) = matchPhrases(terms, compactKey: query.terms.map(\.word).joined())
        for entry in exact.keys { scores[entry] += configuration.exactPhraseBonus }
        for (entry, phrase) in contained {
            scores[entry] += configuration.containedPhraseBonus
                * Double(phrases[phrase].tokens.count) / Double(terms.count)
        }

        let ranked = scores.indices.filter { scores[$0] > 0 }.sorted {
            scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1
        }
        let hits = ranked.prefix(max(limit, 3)).map { entry -> SearchHit in
            func fieldScore(_ field: GlossaryField) -> Double {
                fieldScores[entry * fieldCount + field.rawValue]
            }
            var strongest = GlossaryField.term
            for field in GlossaryField.allCases where fieldScore(field) > fieldScore(strongest) {
                strongest = field
            }
            let firstMatched = GlossaryField.allCases.first { fieldScore($0) > 0 }
            var confidence = totalIDF > 0 ? coverage[entry] / totalIDF : 0
            confidence *= Self.confidenceFactor(firstMatched ?? .points)
            var phraseMatch: PhraseMatch?
            if let phrase = exact[entry] ?? contained[entry] {
                let isExact = exact[entry] != nil
                phraseMatch = PhraseMatch(kind: isExact ? .exact : .contained,
                                          field: phrases[phrase].field,
                                          language: phrases[phrase].language,
                                          text: phrases[phrase].text)
                if isExact {
                    confidence = corrections[entry].isEmpty ? 1 : 0.9
                } else {
                    // A whole alias inside the question is strong evidence even among other words.
                    let share = Double(phrases[phrase].tokens.count) / Double(terms.count)
                    confidence = max(confidence, 0.5 + 0.5 * share)
                }
            }
            return SearchHit(entry: entries[entry], score: scores[entry],
                             confidence: min(1, max(0, confidence)),
                             field: phraseMatch?.field ?? strongest, phrase: phraseMatch,
                             corrections: corrections[entry])
        }
        guard let top = hits.first, top.confidence >= configuration.minimumConfidence else {
            if let top = hits.first, top.confidence >= configuration.likelyConfidence,
               top.score >= configuration.likelyScore,
               hits.count == 1 || top.score >= configuration.likelyLead * hits[1].score {
                return .likely(top)
            }
            return .noGoodMatch(suggestions: Array(hits.prefix(3)))
        }
        return .found(Array(hits.prefix(max(1, limit))))
    }

    /// How far a confidence built from word coverage is trusted, by the best field that matched.
    private static func confidenceFactor(_ field: GlossaryField) -> Double {
        switch field {
        case .term, .alias: 1
        case .definition: 0.85
        case .points: 0.7
        }
    }

    /// The glossary tokens a query word may stand for: its stems when the glossary has them,
    /// else the nearest tokens within typo tolerance.
    private func resolve(_ term: QueryTerm) -> ResolvedTerm {
        var alternatives: [Alternative] = []
        for stem in term.stems {
            if let id = tokenIDs[stem], !alternatives.contains(where: { $0.token == id }) {
                alternatives.append(Alternative(token: id, weight: 1, distance: 0))
            }
        }
        if alternatives.isEmpty {
            // The nearest tokens to any reading of the word: "listning" is near "listening"
            // (a Malay text's loanword) and its English stem "listn" near "listen".
            var nearest: (ids: [Int], distance: Int)?
            for candidate in term.stems + [term.word] {
                guard let match = typos.closest(to: candidate) else { continue }
                if match.distance < (nearest?.distance ?? .max) {
                    nearest = match
                } else if var current = nearest, match.distance == current.distance {
                    current.ids += match.ids.filter { !current.ids.contains($0) }
                    nearest = current
                }
            }
            if let nearest {
                let weight = configuration.typoWeight(distance: nearest.distance)
                alternatives = nearest.ids.map {
                    Alternative(token: $0, weight: weight, distance: nearest.distance)
                }
            }
        }
        // Its synonyms' tokens, for less ("customer" meets "pelanggan"); the idf stays the word's
        // own when the glossary has it, so a synonym does not make a word rarer than it is.
        let ownIDF = alternatives.map { entryIDFs[$0.token] }.max()
        for token in synonymTokens[term.word] ?? [] where !alternatives.contains(where: { $0.token == token }) {
            alternatives.append(Alternative(token: token, weight: configuration.synonymWeight, distance: 0))
        }
        let idf = ownIDF ?? alternatives.map { entryIDFs[$0.token] }.max() ?? unknownIDF
        return ResolvedTerm(term: term, alternatives: alternatives, idf: idf)
    }

    /// Per entry, the first phrase that is the whole question, and the longest phrase of two
    /// tokens or more found inside it.
    private func matchPhrases(_ terms: [ResolvedTerm], compactKey: String)
        -> (exact: [Int: Int], contained: [Int: Int]) {
        var exact: [Int: Int] = [:]
        var contained: [Int: Int] = [:]
        func matches(_ phrase: Phrase, at start: Int) -> Bool {
            guard start + phrase.tokens.count <= terms.count else { return false }
            for (offset, token) in phrase.tokens.enumerated()
            where !terms[start + offset].alternatives.contains(where: { $0.token == token }) {
                return false
            }
            return true
        }
        for id in phrasesByCompactKey[compactKey] ?? [] where exact[phrases[id].entry] == nil {
            exact[phrases[id].entry] = id
        }
        for start in terms.indices {
            for alternative in terms[start].alternatives {
                for id in phrasesByFirstToken[alternative.token] ?? [] {
                    let phrase = phrases[id]
                    guard matches(phrase, at: start) else { continue }
                    if start == 0 && phrase.tokens.count == terms.count {
                        if id < exact[phrase.entry] ?? .max { exact[phrase.entry] = id }
                    } else if phrase.tokens.count >= 2 {
                        let current = contained[phrase.entry].map { phrases[$0].tokens.count } ?? 0
                        if phrase.tokens.count > current { contained[phrase.entry] = id }
                    }
                }
            }
        }
        // "eNPS" is the name of one entry and only the qualifier of "Promoter (eNPS)": when some
        // entry's own name is the whole question, qualifiers fall back to contained matches.
        if exact.values.contains(where: { !phrases[$0].isQualifier }) {
            for (entry, id) in exact where phrases[id].isQualifier {
                exact[entry] = nil
                contained[entry] = id
            }
        }
        return (exact, contained)
    }

    /// A text and, when it has brackets, the part outside them and each part inside (marked as
    /// qualifiers): "eNPS (employee Net Promoter Score)" → itself, "eNPS", and
    /// "employee Net Promoter Score" (a qualifier).
    static func phraseVariants(of text: String) -> [(text: String, isQualifier: Bool)] {
        var outside = ""
        var inside: [String] = []
        var current = ""
        var depth = 0
        for character in text {
            switch character {
            case "(", "[":
                if depth == 0 { current = "" } else { current.append(character) }
                depth += 1
            case ")", "]":
                guard depth > 0 else { outside.append(character); continue }
                depth -= 1
                if depth == 0 { inside.append(current) } else { current.append(character) }
            default:
                if depth == 0 { outside.append(character) } else { current.append(character) }
            }
        }
        if depth > 0 { inside.append(current) }
        var variants: [(text: String, isQualifier: Bool)] = [(text, false)]
        for (variant, isQualifier) in [(outside, false)] + inside.map({ ($0, true) }) {
            let trimmed = variant.trimmingCharacters(in: .whitespacesAndNewlines)
            if !trimmed.isEmpty && !variants.contains(where: { $0.text == trimmed }) {
                variants.append((trimmed, isQualifier))
            }
        }
        return variants
    }
}
