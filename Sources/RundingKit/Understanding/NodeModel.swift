import Foundation

/// What one node knows about its choices: every example (and option text) as a TF-IDF vector,
/// weighted so that the features that tell the node's choices apart count most.
///
/// A feature's weight is `ln((C + 1) / (df + 0.5))`, where C is the number of choices with
/// examples and df the number of them whose examples have the feature: a word every choice uses
/// weighs almost nothing, a word only one choice uses weighs most. A feature no example has
/// weighs as a feature of one choice, so an answer full of words the node has never seen scores low.
struct NodeModel: Sendable {
    /// One text a learner might type, and the choice (authored index) it means.
    struct Document: Sendable, Hashable {
        var choice: Int
        var text: String
    }

    /// How much the closest example counts in a choice's score, against its centroid.
    static let nearestShare = 0.6

    private let analyzer: AnswerAnalyzer
    private let vocabulary: [String: Int]
    /// Each document's features, by vocabulary number, sorted.
    private let documentFeatures: [[(feature: Int, weight: Double)]]
    private let documentChoices: [Int]
    /// The model proper, for the documents not left out: each feature's weight (0 when no kept
    /// document has it), the weight of an unseen feature, the kept documents' unit vectors and
    /// each choice's centroid.
    private let weights: [Double]
    private let unseenWeight: Double
    private let examples: [(choice: Int, vector: SparseVector)]
    private let centroids: [(choice: Int, vector: SparseVector)]
    /// The spelt words of the documents, to correct an answer's misspelt word to the nearest one.
    private let spellings: Spellings

    /// The documents a node learns from: each choice's option texts (not a fallback's), examples
    /// and samples, in both languages.
    static func documents(of node: DialogueNode) -> [Document] {
        var documents: [Document] = []
        for (index, choice) in node.choices.enumerated() {
            let texts = (choice.isFallback ? [] : choice.text.all) + choice.allExamples
            var seen: Set<String> = []
            for text in texts where !text.isEmpty && seen.insert(text).inserted {
                documents.append(Document(choice: index, text: text))
            }
        }
        return documents
    }

    init(node: DialogueNode, analyzer: AnswerAnalyzer) {
        self.init(documents: Self.documents(of: node), analyzer: analyzer)
    }

    init(documents: [Document], analyzer: AnswerAnalyzer) {
        var vocabulary: [String: Int] = [:]
        let tokenised = documents.map { analyzer.tokens($0.text) }
        let interned = tokenised.map { tokens in
            AnswerFeatures(tokens).weights.map { feature, weight in
                let id = vocabulary[feature] ?? {
                    vocabulary[feature] = vocabulary.count
                    return vocabulary.count - 1
                }()
                return (feature: id, weight: weight)
            }.sorted { $0.feature < $1.feature }
        }
        self.init(analyzer: analyzer, vocabulary: vocabulary, features: interned,
                  choices: documents.map(\.choice), leftOut: nil, spellings: Spellings(tokenised.flatMap { $0 }))
    }

    private init(analyzer: AnswerAnalyzer, vocabulary: [String: Int], features: [[(feature: Int, weight: Double)]],
                 choices: [Int], leftOut: Int?, spellings: Spellings) {
        self.analyzer = analyzer
        self.spellings = spellings
        self.vocabulary = vocabulary
        documentFeatures = features
        documentChoices = choices
        // The choices (by rank) whose kept documents use each feature, as bits.
        let choiceList = Array(Set(choices.indices.filter { $0 != leftOut }.map { choices[$0] })).sorted()
        var rank = [Int: Int]()
        for (position, choice) in choiceList.enumerated() { rank[choice] = position }
        var masks = [UInt64](repeating: 0, count: vocabulary.count)
        for index in features.indices where index != leftOut {
            let bit = UInt64(1) << UInt64(min(63, rank[choices[index]]!))
            for entry in features[index] { masks[entry.feature] |= bit }
        }
        let choiceCount = Double(choiceList.count)
        let idf = masks.map { $0 == 0 ? 0 : log((choiceCount + 1) / (Double($0.nonzeroBitCount) + 0.5)) }
        weights = idf
        unseenWeight = log((choiceCount + 1) / 1.5)
        var examples: [(choice: Int, vector: SparseVector)] = []
        // Each choice's examples' entries, summed per feature: sparse, as a node's vocabulary is
        // large and each example uses little of it (and leave-one-out rebuilds this per example).
        var members = [[Int]](repeating: [], count: choiceList.count)
        for index in features.indices where index != leftOut {
            let vector = SparseVector(sorted: features[index].map { ($0.feature, $0.weight * idf[$0.feature]) })
            members[rank[choices[index]]!].append(examples.count)
            examples.append((choices[index], vector))
        }
        self.examples = examples
        var sum = [Double](repeating: 0, count: vocabulary.count)
        centroids = choiceList.enumerated().map { position, choice in
            var touched: [Int] = []
            for member in members[position] {
                for entry in examples[member].vector.entries {
                    if sum[entry.feature] == 0 { touched.append(entry.feature) }
                    sum[entry.feature] += entry.weight
                }
            }
            touched.sort()
            let centroid = SparseVector(sorted: touched.map { ($0, sum[$0]) })
            for feature in touched { sum[feature] = 0 }
            return (choice, centroid)
        }
    }

    /// The number of documents the model was built from, the left-out one included.
    var documentCount: Int { documentFeatures.count }

    /// The choice document `index` means.
    func choice(ofDocument index: Int) -> Int { documentChoices[index] }

    /// The same node's model built without document `index`, and that document's scores by it.
    func leavingOut(_ index: Int) -> [ChoiceScore] {
        let model = NodeModel(analyzer: analyzer, vocabulary: vocabulary, features: documentFeatures,
                              choices: documentChoices, leftOut: index, spellings: spellings)
        return model.scores(known: documentFeatures[index], unseen: [])
    }

    /// Every choice with examples, scored against `answer` in [0, 1], best first (ties by
    /// authored order). A spelt word the examples never use, within typo distance of one they do
    /// ("promotrs", "diskon"), counts as that word.
    func scores(_ answer: String) -> [ChoiceScore] {
        let tokens = analyzer.tokens(answer).map { token in
            guard token.isSpelt, !token.keys.contains(where: isKnown), let word = spellings.nearest(to: token.text) else {
                return token
            }
            return AnswerToken(text: word.text, keys: word.keys, isNegated: token.isNegated, isSpelt: true)
        }
        var known: [(feature: Int, weight: Double)] = []
        var unseen: [Double] = []
        for (feature, weight) in AnswerFeatures(tokens).weights {
            if let id = vocabulary[feature] { known.append((id, weight)) } else { unseen.append(weight) }
        }
        return scores(known: known, unseen: unseen)
    }

    /// Whether an example has word key `key`, negated or not.
    private func isKnown(_ key: String) -> Bool {
        vocabulary["w" + key] != nil || vocabulary["w¬" + key] != nil
    }

    /// Scores for an answer's features: those in the vocabulary by number, the rest by weight
    /// only (they count in its length).
    private func scores(known: [(feature: Int, weight: Double)], unseen: [Double]) -> [ChoiceScore] {
        var squaredLength = 0.0
        var weighted: [(Int, Double)] = []
        for entry in known {
            // A feature only the left-out document had is, to this model, unseen.
            let value = entry.weight * (weights[entry.feature] > 0 ? weights[entry.feature] : unseenWeight)
            if weights[entry.feature] > 0 { weighted.append((entry.feature, value)) }
            squaredLength += value * value
        }
        for weight in unseen { squaredLength += (weight * unseenWeight) * (weight * unseenWeight) }
        let vector = SparseVector(weighted, norm: squaredLength.squareRoot())
        guard !vector.isZero else { return centroids.map { ChoiceScore(choice: $0.choice, score: 0) } }
        var nearest: [Int: Double] = [:]
        for example in examples {
            nearest[example.choice] = max(nearest[example.choice] ?? 0, vector.dot(example.vector))
        }
        return centroids.map { centroid in
            let score = Self.nearestShare * (nearest[centroid.choice] ?? 0)
                + (1 - Self.nearestShare) * vector.dot(centroid.vector)
            return ChoiceScore(choice: centroid.choice, score: min(1, max(0, score)))
        }.sorted { $0.score > $1.score || ($0.score == $1.score && $0.choice < $1.choice) }
    }
}

/// How well an answer fits one choice.
public struct ChoiceScore: Sendable, Equatable {
    /// The choice's authored index.
    public var choice: Int
    /// In [0, 1]: 1 is an answer that is exactly one of its examples.
    public var score: Double
}
