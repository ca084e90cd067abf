/// The coverage of every dialogue of a pack, as `runding check --coverage` prints it, and the
/// problems it finds as diagnostics (C001–C004).
public struct CoverageReport: Sendable {
    public let dialogues: [DialogueCoverage]

    public init(_ pack: ContentPack, maximumSteps: Int = DialogueCoverage.maximumSteps) {
        dialogues = pack.dialogues.map { DialogueCoverage($0, maximumSteps: maximumSteps) }
    }

    // MARK: Diagnostics

    public var diagnostics: [Diagnostic] { dialogues.flatMap(Self.diagnostics(for:)) }

    static func diagnostics(for coverage: DialogueCoverage) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for never in coverage.neverTaken {
            switch never.reason {
            case .shadowed(let others):
                let list = others.map(String.init).joined(separator: ", ")
                let byMS = others.isEmpty ? "tiada pilihan menerimanya" : "semuanya diambil oleh pilihan \(list)"
                let byEN = others.isEmpty ? "no choice accepts them" : "all are taken by choice \(list)"
                diagnostics.append(Diagnostic(
                    "C001", .error, at: never.location,
                    ms: "pilihan \(never.choice) nod '\(never.node)' tidak mungkin diambil: contoh dan teksnya, \(byMS)",
                    en: "choice \(never.choice) of node '\(never.node)' can never be taken: of its samples and text, \(byEN)"))
            case .nodeNeverReached:
                diagnostics.append(Diagnostic(
                    "C002", .warning, at: never.location,
                    ms: "pilihan \(never.choice) nod '\(never.node)' tidak mungkin diambil: nod itu tidak pernah dicapai",
                    en: "choice \(never.choice) of node '\(never.node)' can never be taken: the node is never reached"))
            case .unknownTarget:
                break  // D003 says it.
            }
        }
        for id in coverage.unreachedEndings {
            guard let node = coverage.dialogue.node(id), let ending = node.ending else { continue }
            diagnostics.append(Diagnostic(
                "C003", .warning, at: node.location,
                ms: "penamat '\(id)' (\(ending.outcome)) tidak mungkin dicapai",
                en: "ending '\(id)' (\(ending.outcome)) can never be reached"))
        }
        if !coverage.isComplete {
            diagnostics.append(Diagnostic(
                "C004", .warning, at: coverage.dialogue.location,
                ms: "penerokaan laluan '\(coverage.dialogue.id)' berhenti selepas \(DialogueCoverage.maximumSteps) langkah: laluan terpanjang dan bilangan laluan ialah had bawah",
                en: "path search of '\(coverage.dialogue.id)' stopped after \(DialogueCoverage.maximumSteps) steps: the longest path and the path count are lower bounds"))
        }
        return diagnostics
    }

    // MARK: Text

    public func text(language: Language) -> String {
        dialogues.map { Self.text($0, language: language) }.joined(separator: "\n")
    }

    static func text(_ coverage: DialogueCoverage, language: Language) -> String {
        func t(_ ms: String, _ en: String) -> String { language == .ms ? ms : en }
        let dialogue = coverage.dialogue
        let kind = dialogue.kind == .quiz ? t("kuiz", "quiz") : t("lakonan peranan", "role-play")
        var lines = ["\(dialogue.id) (\(kind))"]
        lines.append("  " + t("nod: \(coverage.reachedNodes.count)/\(dialogue.nodes.count) dicapai; pilihan: \(coverage.takeableChoiceCount)/\(coverage.choiceCount) boleh diambil",
                              "nodes: \(coverage.reachedNodes.count)/\(dialogue.nodes.count) reached; choices: \(coverage.takeableChoiceCount)/\(coverage.choiceCount) can be taken"))
        let endings = coverage.endings.map { ending in
            "\(ending.outcome) \(ending.success ? "✔" : "✘") '\(ending.node)' (" + t("\(ending.shortest) pilihan", "\(ending.shortest) choice\(ending.shortest == 1 ? "" : "s")") + ")"
        }
        lines.append("  " + t("penamat: ", "endings: ") + (endings.isEmpty ? t("tiada", "none") : endings.joined(separator: ", ")))
        if !coverage.unreachedEndings.isEmpty {
            lines.append("  " + t("penamat tidak dicapai: ", "endings never reached: ")
                + coverage.unreachedEndings.map { "'\($0)'" }.joined(separator: ", "))
        }
        if let shortest = coverage.shortest, let longest = coverage.longest {
            let lowerBound = coverage.isComplete ? "" : "≥"
            let longestText: String
            switch longest {
            case .exactly(let value): longestText = t("\(value) pilihan", "\(value) choices")
            case .unbounded(let simple):
                longestText = t("tanpa had (gelung; tanpa mengulang nod: \(lowerBound)\(simple))",
                                "unbounded (a loop; without repeating a node: \(lowerBound)\(simple))")
            }
            let pathsText: String
            switch coverage.paths {
            case .exactly(let value): pathsText = "\(value)"
            case .unbounded(let simple):
                pathsText = t("tanpa had (tanpa mengulang nod: \(lowerBound)\(simple))",
                              "unbounded (without repeating a node: \(lowerBound)\(simple))")
            }
            lines.append("  " + t("laluan ke penamat: \(pathsText); terpendek \(shortest) pilihan; terpanjang \(longestText)",
                                  "paths to an ending: \(pathsText); shortest \(shortest) choices; longest \(longestText)"))
        }
        if !coverage.neverTaken.isEmpty {
            let items = coverage.neverTaken.map { never -> String in
                let reason: String
                switch never.reason {
                case .nodeNeverReached: reason = t("nod tidak dicapai", "node never reached")
                case .shadowed(let others):
                    reason = others.isEmpty ? t("tiada contoh diterima", "no sample accepted")
                        : t("dibayangi oleh ", "shadowed by ") + others.map(String.init).joined(separator: ", ")
                case .unknownTarget: reason = t("nod sasaran tidak wujud", "unknown target node")
                }
                return "\(never.node)#\(never.choice) (\(reason))"
            }
            lines.append("  " + t("tidak mungkin diambil: ", "never taken: ") + items.joined(separator: ", "))
        }
        return lines.map(TerminalSafeText.clean).joined(separator: "\n")
    }

    // MARK: JSON

    public var json: JSONValue {
        .array(dialogues.map(Self.json))
    }

    static func json(_ coverage: DialogueCoverage) -> JSONValue {
        func measure(_ value: DialogueCoverage.Measure?) -> JSONValue {
            switch value {
            case .exactly(let number)?: return .int(number)
            case .unbounded?: return .string("unbounded")
            case nil: return .null
            }
        }
        func simple(_ value: DialogueCoverage.Measure?) -> JSONValue {
            switch value {
            case .exactly(let number)?: return .int(number)
            case .unbounded(let simple)?: return .int(simple)
            case nil: return .null
            }
        }
        return .object([
            ("id", .string(coverage.dialogue.id)),
            ("nodes", .object([("reached", .int(coverage.reachedNodes.count)), ("total", .int(coverage.dialogue.nodes.count))])),
            ("choices", .object([("takeable", .int(coverage.takeableChoiceCount)), ("total", .int(coverage.choiceCount))])),
            ("endings", .array(coverage.endings.map { ending in
                .object([("node", .string(ending.node)), ("outcome", .string(ending.outcome)),
                         ("success", .bool(ending.success)), ("shortest", .int(ending.shortest))])
            })),
            ("unreached_endings", JSONValue(coverage.unreachedEndings)),
            ("shortest", coverage.shortest.map(JSONValue.int) ?? .null),
            ("longest", measure(coverage.longest)),
            ("longest_simple", simple(coverage.longest)),
            ("paths", measure(coverage.paths)),
            ("paths_simple", simple(coverage.paths)),
            ("complete", .bool(coverage.isComplete)),
            ("never_taken", .array(coverage.neverTaken.map { never in
                let reason: String
                var fields: [(String, JSONValue)] = [("node", .string(never.node)), ("choice", .int(never.choice))]
                switch never.reason {
                case .nodeNeverReached: reason = "node_never_reached"
                case .shadowed(let others):
                    reason = "shadowed"
                    fields.append(("by", .array(others.map(JSONValue.int))))
                case .unknownTarget: reason = "unknown_target"
                }
                fields.insert(("reason", .string(reason)), at: 2)
                return .object(fields)
            })),
        ])
    }
}
