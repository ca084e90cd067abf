/// The order in which a node's options are shown: shuffled each time they are shown, so that a
/// position says nothing about which option is right, with `fixed: true` options kept in their
/// authored place (e.g. "Semua di atas" last).
public struct OptionOrder: Sendable, Hashable {
    /// For each position shown (0-based), the authored index of the option there.
    public let authoredIndices: [Int]

    /// The authored order of `node`'s options, as `runding play` shows them.
    public static func authored(_ node: DialogueNode) -> OptionOrder {
        OptionOrder(authoredIndices: shownIndices(node))
    }

    /// A fresh order for `node`: the options that are not fixed shuffled among the positions
    /// that are not fixed (Fisher–Yates with `random`, so a seed gives the same order).
    public static func shuffled<Random: RandomNumberGenerator>(_ node: DialogueNode, using random: inout Random) -> OptionOrder {
        let shown = shownIndices(node)
        let movable = shown.indices.filter { !node.choices[shown[$0]].isFixed }
        var order = shown
        var pool = movable.map { shown[$0] }
        if pool.count > 1 {
            for index in stride(from: pool.count - 1, to: 0, by: -1) {
                let other = Int.random(in: 0...index, using: &random)
                pool.swapAt(index, other)
            }
        }
        for (position, authored) in zip(movable, pool) {
            order[position] = authored
        }
        return OptionOrder(authoredIndices: order)
    }

    public init(authoredIndices: [Int]) {
        self.authoredIndices = authoredIndices
    }

    /// The options a learner can pick by number: every choice except a typed node's fallback.
    static func shownIndices(_ node: DialogueNode) -> [Int] {
        node.choices.indices.filter { !node.choices[$0].isFallback }
    }

    /// How many options are shown.
    public var count: Int { authoredIndices.count }

    /// The authored index of the option shown as number `number` (1-based), if there is one.
    public func authoredIndex(ofNumber number: Int) -> Int? {
        authoredIndices.indices.contains(number - 1) ? authoredIndices[number - 1] : nil
    }

    /// The number (1-based) under which the option of authored index `index` is shown.
    public func number(ofAuthoredIndex index: Int) -> Int? {
        authoredIndices.firstIndex(of: index).map { $0 + 1 }
    }

    /// `node`'s options in this order, as (authored index, choice).
    public func options(of node: DialogueNode) -> [(index: Int, choice: Choice)] {
        authoredIndices.compactMap { index in node.choices.indices.contains(index) ? (index, node.choices[index]) : nil }
    }
}
