/// Every way through one dialogue (`runding check --coverage`): which nodes and choices a
/// learner can reach, which endings, the shortest and longest routes, and which choices can
/// never be taken.
///
/// A choice can be taken when its node is reached and, in a `type` node, when at least one of
/// its samples (or its text) is taken as it by `AnswerUnderstander`, the matcher the chat uses; in
/// a `choose` node every choice can be taken by its number. Paths are counted in choices; two
/// choices with the same target are two paths. Longest and path counts are exact on the graph
/// of the reachable nodes from which an ending can be reached when it has no cycle; with a
/// cycle they are unbounded, and the simple paths (no node twice) are enumerated instead, up to
/// `maximumSteps` steps of the search.
public struct DialogueCoverage: Sendable {
    /// Why a choice can never be taken.
    public enum Reason: Sendable, Equatable {
        /// Its node is never reached.
        case nodeNeverReached
        /// A `type` node's choice whose samples and text are all taken by these other choices (1-based).
        case shadowed(by: [Int])
        /// It goes to a node that does not exist (D003).
        case unknownTarget
    }

    public struct NeverTaken: Sendable, Equatable {
        public var node: String
        /// 1-based, as shown to the learner.
        public var choice: Int
        public var reason: Reason
        public var location: SourceLocation
    }

    /// An ending that can be reached, and the fewest choices that reach it.
    public struct ReachedEnding: Sendable, Equatable {
        public var node: String
        public var outcome: String
        public var success: Bool
        public var shortest: Int
    }

    /// A count or length that a loop makes unbounded; `simple` is the value over simple paths.
    public enum Measure: Sendable, Equatable {
        case exactly(Int)
        case unbounded(simple: Int)
    }

    /// Steps of the simple-path search before it stops (then the numbers are lower bounds).
    public static let maximumSteps = 200_000

    public let dialogue: Dialogue
    /// Reached node ids, in file order.
    public let reachedNodes: [String]
    public let choiceCount: Int
    public let takeableChoiceCount: Int
    public let endings: [ReachedEnding]
    /// Ending node ids never reached, in file order.
    public let unreachedEndings: [String]
    /// Fewest choices to any ending; nil when none is reached.
    public let shortest: Int?
    /// Most choices to an ending; nil when none is reached.
    public let longest: Measure?
    /// Distinct ways (choice sequences) to an ending.
    public let paths: Measure
    /// False when the simple-path search stopped at `maximumSteps`.
    public let isComplete: Bool
    public let neverTaken: [NeverTaken]

    public init(_ dialogue: Dialogue, maximumSteps: Int = DialogueCoverage.maximumSteps,
                understander: AnswerUnderstander = AnswerUnderstander()) {
        self.dialogue = dialogue
        var neverTaken: [NeverTaken] = []
        // Edges a learner can follow: node → (choice number, target), and the shadowed choices.
        var edges: [String: [(choice: Int, target: String)]] = [:]
        var dead: [String: [NeverTaken]] = [:]
        for node in dialogue.nodes {
            for (index, choice) in node.choices.enumerated() {
                let number = index + 1
                if dialogue.node(choice.goto) == nil {
                    dead[node.id, default: []].append(NeverTaken(node: node.id, choice: number, reason: .unknownTarget,
                                                                 location: choice.gotoLocation))
                    continue
                }
                if node.mode == .type && !choice.isFallback {
                    let answers = choice.allExamples + choice.text.all.filter { !$0.isEmpty }
                    var takenBy: [Int] = []
                    var reachable = false
                    for answer in answers {
                        switch understander.understand(answer, in: node, of: dialogue.id) {
                        case .take(let picked, _) where picked == index: reachable = true
                        case .take(let picked, _), .confirm(let picked, _): takenBy.append(picked + 1)
                        case .askAgain: break
                        }
                        if reachable { break }
                    }
                    if !reachable {
                        dead[node.id, default: []].append(NeverTaken(
                            node: node.id, choice: number, reason: .shadowed(by: Array(Set(takenBy)).sorted()),
                            location: choice.location))
                        continue
                    }
                }
                edges[node.id, default: []].append((number, choice.goto))
            }
        }

        // Breadth first from the start: reached nodes and fewest choices to each.
        var distance: [String: Int] = [:]
        if dialogue.node(dialogue.start) != nil {
            distance[dialogue.start] = 0
            var queue = [dialogue.start]
            var head = 0
            while head < queue.count {
                let id = queue[head]
                head += 1
                for edge in edges[id] ?? [] where distance[edge.target] == nil {
                    distance[edge.target] = distance[id]! + 1
                    queue.append(edge.target)
                }
            }
        }
        reachedNodes = dialogue.nodes.map(\.id).filter { distance[$0] != nil }
        choiceCount = dialogue.nodes.reduce(0) { $0 + $1.choices.count }
        for node in dialogue.nodes {
            if distance[node.id] == nil {
                for (index, choice) in node.choices.enumerated() {
                    neverTaken.append(NeverTaken(node: node.id, choice: index + 1, reason: .nodeNeverReached,
                                                 location: choice.location))
                }
            } else {
                neverTaken += dead[node.id] ?? []
            }
        }
        takeableChoiceCount = reachedNodes.reduce(0) { $0 + (edges[$1]?.count ?? 0) }
        self.neverTaken = neverTaken

        var endings: [ReachedEnding] = []
        var unreached: [String] = []
        for node in dialogue.nodes {
            guard let ending = node.ending else { continue }
            if let steps = distance[node.id] {
                endings.append(ReachedEnding(node: node.id, outcome: ending.outcome, success: ending.success,
                                             shortest: steps))
            } else {
                unreached.append(node.id)
            }
        }
        self.endings = endings
        unreachedEndings = unreached
        shortest = endings.map(\.shortest).min()

        // The part of the graph that matters: reached nodes from which an ending can be reached.
        let live = Self.nodesReachingAnEnding(dialogue, edges: edges).intersection(distance.keys)
        let search = PathSearch(dialogue: dialogue, edges: edges, live: live, maximumSteps: maximumSteps)
        if endings.isEmpty {
            longest = nil
            paths = .exactly(0)
            isComplete = true
        } else if let acyclic = search.acyclicMeasures() {
            longest = .exactly(acyclic.longest)
            paths = .exactly(acyclic.paths)
            isComplete = true
        } else {
            let simple = search.simplePaths()
            longest = .unbounded(simple: simple.longest)
            paths = .unbounded(simple: simple.paths)
            isComplete = simple.complete
        }
    }

    /// Nodes from which an ending can be reached along `edges`.
    static func nodesReachingAnEnding(_ dialogue: Dialogue,
                                      edges: [String: [(choice: Int, target: String)]]) -> Set<String> {
        var predecessors: [String: [String]] = [:]
        for (from, targets) in edges {
            for edge in targets { predecessors[edge.target, default: []].append(from) }
        }
        var result = Set(dialogue.nodes.filter { $0.ending != nil }.map(\.id))
        var stack = Array(result)
        while let id = stack.popLast() {
            for previous in predecessors[id] ?? [] where result.insert(previous).inserted {
                stack.append(previous)
            }
        }
        return result
    }

    /// Longest route and number of routes on the live graph when it has no cycle; nil with one.
    private struct PathSearch {
        let dialogue: Dialogue
        let edges: [String: [(choice: Int, target: String)]]
        let live: Set<String>
        let maximumSteps: Int

        func liveEdges(_ id: String) -> [(choice: Int, target: String)] {
            (edges[id] ?? []).filter { live.contains($0.target) }
        }

        func acyclicMeasures() -> (longest: Int, paths: Int)? {
            guard live.contains(dialogue.start) else { return (0, 0) }
            // Depth-first post-order with colours: grey on the stack means a cycle.
            var colour: [String: Int] = [:]
            var longest: [String: Int] = [:]
            var count: [String: Int] = [:]
            var stack: [(id: String, next: Int)] = [(dialogue.start, 0)]
            colour[dialogue.start] = 1
            while var top = stack.popLast() {
                let outgoing = liveEdges(top.id)
                if top.next < outgoing.count {
                    let target = outgoing[top.next].target
                    top.next += 1
                    stack.append(top)
                    switch colour[target] {
                    case 1: return nil
                    case 2: break
                    default:
                        colour[target] = 1
                        stack.append((target, 0))
                    }
                    continue
                }
                colour[top.id] = 2
                if dialogue.node(top.id)?.ending != nil {
                    longest[top.id] = 0
                    count[top.id] = 1
                } else {
                    longest[top.id] = (outgoing.map { 1 + (longest[$0.target] ?? 0) }.max() ?? 0)
                    count[top.id] = outgoing.reduce(0) { Self.saturatingAdd($0, count[$1.target] ?? 0) }
                }
            }
            return (longest[dialogue.start] ?? 0, count[dialogue.start] ?? 0)
        }

        /// Simple paths (no node twice) from the start to an ending, depth first, within the bound.
        func simplePaths() -> (longest: Int, paths: Int, complete: Bool) {
            var longest = 0
            var paths = 0
            var steps = 0
            var onPath: Set<String> = [dialogue.start]
            var stack: [(id: String, next: Int)] = [(dialogue.start, 0)]
            while var top = stack.popLast() {
                steps += 1
                if steps > maximumSteps { return (longest, paths, false) }
                let outgoing = liveEdges(top.id)
                guard top.next < outgoing.count else {
                    onPath.remove(top.id)
                    continue
                }
                let target = outgoing[top.next].target
                top.next += 1
                stack.append(top)
                guard !onPath.contains(target) else { continue }
                if dialogue.node(target)?.ending != nil {
                    paths = Self.saturatingAdd(paths, 1)
                    longest = max(longest, stack.count)
                } else {
                    onPath.insert(target)
                    stack.append((target, 0))
                }
            }
            return (longest, paths, true)
        }

        static func saturatingAdd(_ a: Int, _ b: Int) -> Int {
            let (sum, overflow) = a.addingReportingOverflow(b)
            return overflow ? Int.max : sum
        }
    }
}
