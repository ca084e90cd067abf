/// Groups of words and phrases that mean the same, across Malay and English (`diskaun`,
/// `potongan harga`, `discount`): content data authors extend in `Glossary/synonyms.yaml`.
///
/// Each group becomes one concept; an answer and an example that use different members of a
/// group then share a feature.
public struct SynonymTable: Sendable, Hashable {
    /// A member's normalised words → its group's number.
    private var phrases: [[String]: Int] = [:]
    /// The longest member, in words, so that matching can stop looking.
    private(set) var longestPhrase = 0
    /// The groups as written (normalised), in order.
    public private(set) var groups: [[[String]]] = []

    public init() {}

    /// Adds a group of members, each a list of normalised words; members already in another group
    /// are left there (the linter reports them).
    public mutating func add(group members: [[String]]) {
        let number = groups.count
        var kept: [[String]] = []
        for member in members where !member.isEmpty && phrases[member] == nil {
            phrases[member] = number
            longestPhrase = max(longestPhrase, member.count)
            kept.append(member)
        }
        if !kept.isEmpty { groups.append(kept) }
    }

    /// Adds every group of `other`.
    public mutating func merge(_ other: SynonymTable) {
        for group in other.groups { add(group: group) }
    }

    /// The group of a member phrase, if it is one.
    public func group(of phrase: [String]) -> Int? { phrases[phrase] }

    /// The longest member that starts at `words[start]`: its group and length in words.
    func longestMatch(in words: ArraySlice<String>) -> (group: Int, length: Int)? {
        guard !phrases.isEmpty, !words.isEmpty else { return nil }
        var length = min(longestPhrase, words.count)
        while length >= 1 {
            let candidate = Array(words[words.startIndex..<(words.startIndex + length)])
            if let group = phrases[candidate] { return (group, length) }
            length -= 1
        }
        return nil
    }
}
