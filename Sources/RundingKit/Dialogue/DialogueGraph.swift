/// The node graph of a dialogue: edges from each node to the nodes its choices go to.
public struct DialogueGraph: Sendable {
    public let dialogue: Dialogue
    /// Node id → the ids its choices go to (existing nodes only), in choice order.
    public let successors: [String: [String]]

    public init(_ dialogue: Dialogue) {
        self.dialogue = dialogue
        let ids = Set(dialogue.nodes.map(\.id))
        var successors: [String: [String]] = [:]
        for node in dialogue.nodes {
            successors[node.id, default: []] += node.choices.map(\.goto).filter(ids.contains)
        }
        self.successors = successors
    }

    /// Every node reachable from `start`, itself included.
    public func reachable(from start: String) -> Set<String> {
        var seen: Set<String> = [start]
        var stack = [start]
        while let id = stack.popLast() {
            for next in successors[id] ?? [] where !seen.contains(next) {
                seen.insert(next)
                stack.append(next)
            }
        }
        return seen
    }

    /// Every node from which some ending can be reached.
    public func nodesThatReachAnEnding() -> Set<String> {
        var predecessors: [String: [String]] = [:]
        for (from, targets) in successors {
            for target in targets { predecessors[target, default: []].append(from) }
        }
        var result = Set(dialogue.nodes.filter { $0.ending != nil }.map(\.id))
        var stack = Array(result)
        while let id = stack.popLast() {
            for previous in predecessors[id] ?? [] where !result.contains(previous) {
                result.insert(previous)
                stack.append(previous)
            }
        }
        return result
    }
}
