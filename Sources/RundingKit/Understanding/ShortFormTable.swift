/// Informal and SMS short forms, and English contractions, with what they stand for
/// (`yg` → `yang`, `tak` → `tidak`, `don't` → `do not`): content data a trainer extends in
/// `Glossary/shortforms.yaml`.
public struct ShortFormTable: Sendable, Hashable {
    /// A normalised word → the normalised words it stands for.
    public private(set) var expansions: [String: [String]]

    public init(_ expansions: [String: [String]] = [:]) {
        self.expansions = expansions
    }

    /// Adds (or replaces) the expansion of `short`.
    public mutating func add(_ short: String, meaning words: [String]) {
        expansions[short] = words
    }

    /// Adds every expansion of `other`; `other` wins where both define a word.
    public mutating func merge(_ other: ShortFormTable) {
        expansions.merge(other.expansions) { _, new in new }
    }

    public var count: Int { expansions.count }

    /// `words` with every short form replaced by what it stands for.
    public func expand(_ words: [String]) -> [String] {
        guard !expansions.isEmpty else { return words }
        var result: [String] = []
        result.reserveCapacity(words.count)
        for word in words {
            if let full = expansions[word] { result += full } else { result.append(word) }
        }
        return result
    }
}
