import Yams

extension ContentFileParser {
    func parseDialogue(_ root: Node) -> Dialogue? {
        guard let values = reader.mapping(
            root, what: "dialogue",
            required: ["id", "kind", "title", "skills", "start", "nodes"],
            optional: ["intro", "character", "topic", "pass_mark", "input", "source_note"]),
            let id = values["id"].flatMap({ reader.id($0, what: "id") }) else { return nil }
        let what = "dialogue '\(id)'"
        let kind = values["kind"].flatMap { reader.enumeration($0, what: "kind", as: Dialogue.Kind.self) } ?? .quiz
        var nodes: [DialogueNode] = []
        if let nodesNode = values["nodes"] {
            if case .mapping(let mapping) = nodesNode {
                for (keyNode, value) in mapping {
                    guard let nodeID = reader.id(keyNode, what: "node id") else { continue }
                    if let node = parseNode(value, id: nodeID, location: reader.location(of: keyNode)) {
                        nodes.append(node)
                    }
                }
            } else {
                reader.wrongType(nodesNode, expected: ("pemetaan id nod → nod", "a mapping of node id → node"),
                                 what: "nodes")
            }
        }
        let empty = LocalizedText(ms: "", en: "")
        var passMark = Dialogue.defaultPassMark
        if let markNode = values["pass_mark"], let mark = reader.double(markNode, what: "pass_mark") {
            if mark > 0 && mark <= 1 {
                passMark = mark
            } else {
                reader.report("F012", at: markNode,
                              ms: "pass_mark mestilah lebih daripada 0 dan paling banyak 1, bukan \(mark)",
                              en: "pass_mark must be more than 0 and at most 1, not \(mark)")
            }
        }
        return Dialogue(
            id: id, kind: kind,
            title: values["title"].flatMap { reader.text($0, what: "\(what) title") } ?? empty,
            intro: values["intro"].flatMap { reader.text($0, what: "\(what) intro") },
            character: values["character"].flatMap { reader.text($0, what: "\(what) character") },
            skills: values["skills"].map { referencedIDs($0, .skill, what: "\(what) skills") } ?? [],
            topic: values["topic"].flatMap { referencedID($0, .topic, what: "\(what) topic") },
            start: values["start"].flatMap { reader.id($0, what: "start") } ?? "",
            nodes: nodes,
            passMark: passMark,
            input: values["input"].flatMap { reader.enumeration($0, what: "input", as: Dialogue.InputMode.self) },
            sourceNote: values["source_note"].flatMap { reader.string($0, what: "source_note") },
            location: reader.location(of: values["start"] ?? root))
    }

    private func parseNode(_ node: Node, id: String, location: SourceLocation) -> DialogueNode? {
        guard let values = reader.mapping(
            node, what: "node '\(id)'", required: ["say"],
            optional: ["choices", "ask", "hint", "remediation", "outcome", "success", "summary",
                       "source_note"]) else { return nil }
        let what = "node '\(id)'"
        let mode = values["ask"].flatMap { reader.enumeration($0, what: "ask", as: DialogueNode.AnswerMode.self) }
            ?? .choose
        var ending: Ending?
        if let outcomeNode = values["outcome"] {
            let outcome = reader.id(outcomeNode, what: "\(what) outcome") ?? "end"
            let success = values["success"].flatMap { reader.bool($0, what: "success") } ?? true
            let summary = values["summary"].flatMap { reader.text($0, what: "\(what) summary") }
            if values["summary"] == nil {
                reader.report("F007", at: node,
                              ms: "\(what) ialah penamat tetapi tiada 'summary'",
                              en: "\(what) is an ending but has no 'summary'")
            }
            ending = Ending(outcome: outcome, success: success, summary: summary ?? LocalizedText(ms: "", en: ""))
        }
        let choices = values["choices"].flatMap { reader.sequence($0, what: "choices") }?
            .compactMap { parseChoice($0, nodeID: id) } ?? []
        return DialogueNode(
            id: id,
            say: values["say"].flatMap { reader.text($0, what: "\(what) say") } ?? LocalizedText(ms: "", en: ""),
            mode: mode,
            hint: values["hint"].flatMap { reader.text($0, what: "\(what) hint") },
            isRemediation: values["remediation"].flatMap { reader.bool($0, what: "remediation") } ?? false,
            choices: choices,
            ending: ending,
            sourceNote: values["source_note"].flatMap { reader.string($0, what: "source_note") },
            location: location)
    }

    private func parseChoice(_ node: Node, nodeID: String) -> Choice? {
        let what = "choice in node '\(nodeID)'"
        guard let values = reader.mapping(
            node, what: what, required: ["feedback", "goto"],
            optional: ["id", "fixed", "text", "patterns", "samples", "examples", "evidence", "correct", "fallback",
                       "source_note"]) else { return nil }
        let isFallback = values["fallback"].flatMap { reader.bool($0, what: "fallback") } ?? false
        let empty = LocalizedText(ms: "", en: "")
        var text = empty
        if let textNode = values["text"] {
            text = reader.text(textNode, what: "\(what) text") ?? empty
        } else if !isFallback {
            reader.report("F007", at: node, ms: "\(what) tiada kunci wajib 'text'",
                          en: "\(what) is missing the required key 'text'")
        }
        var evidence: [(String, Bool)] = []
        if let evidenceNode = values["evidence"] {
            if case .mapping(let mapping) = evidenceNode {
                for (skillNode, valueNode) in mapping {
                    guard let skill = referencedID(skillNode, .skill, what: "evidence"),
                          let value = reader.bool(valueNode, what: "evidence '\(skill)'") else { continue }
                    evidence.append((skill, value))
                }
            } else if !reader.isNull(evidenceNode) {
                reader.wrongType(evidenceNode, expected: ("pemetaan kemahiran → true/false",
                                                          "a mapping of skill → true/false"), what: "evidence")
            }
        }
        let gotoNode = values["goto"]
        return Choice(
            id: values["id"].flatMap { reader.id($0, what: "\(what) id") },
            isFixed: values["fixed"].flatMap { reader.bool($0, what: "fixed") } ?? false,
            text: text,
            patterns: values["patterns"].flatMap { reader.list($0, what: "\(what) patterns", requireBoth: false) }
                ?? LocalizedList(),
            samples: values["samples"].map { reader.strings($0, what: "samples") } ?? [],
            examples: values["examples"].flatMap { reader.list($0, what: "\(what) examples", requireBoth: false) }
                ?? LocalizedList(),
            sourceNote: values["source_note"].flatMap { reader.string($0, what: "source_note") },
            feedback: values["feedback"].flatMap { reader.text($0, what: "\(what) feedback") } ?? empty,
            evidence: evidence,
            correct: values["correct"].flatMap { reader.bool($0, what: "correct") },
            goto: gotoNode.flatMap { reader.id($0, what: "goto") } ?? "",
            isFallback: isFallback,
            location: reader.location(of: node),
            gotoLocation: gotoNode.map { reader.location(of: $0) })
    }
}
