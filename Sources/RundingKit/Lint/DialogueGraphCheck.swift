/// Checks the shape of one dialogue: start, gotos, reachability and endings.
struct DialogueGraphCheck {
    let dialogue: Dialogue

    func run() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let ids = Set(dialogue.nodes.map(\.id))
        var nodeNames = Suggestion(dialogue.nodes.map(\.id))
        let id = dialogue.id
        if !dialogue.start.isEmpty && !ids.contains(dialogue.start) {
            let suggestion = nodeNames.closest(to: dialogue.start)
            diagnostics.append(Diagnostic(
                "D001", .error, at: dialogue.location,
                ms: "'start' menamakan nod yang tidak wujud '\(dialogue.start)'" + hintMS(suggestion),
                en: "'start' names an unknown node '\(dialogue.start)'" + hintEN(suggestion)))
        }
        for node in dialogue.nodes {
            if node.ending == nil && node.choices.isEmpty {
                diagnostics.append(Diagnostic(
                    "D002", .error, at: node.location,
                    ms: "nod '\(node.id)' bukan penamat dan tiada pilihan",
                    en: "node '\(node.id)' is neither an ending nor has choices"))
            } else if node.ending != nil && !node.choices.isEmpty {
                diagnostics.append(Diagnostic(
                    "D002", .error, at: node.location,
                    ms: "nod '\(node.id)' ada 'outcome' dan juga pilihan",
                    en: "node '\(node.id)' has both an 'outcome' and choices"))
            }
            for choice in node.choices where !choice.goto.isEmpty && !ids.contains(choice.goto) {
                let suggestion = nodeNames.closest(to: choice.goto)
                diagnostics.append(Diagnostic(
                    "D003", .error, at: choice.gotoLocation,
                    ms: "pilihan menuju ke nod yang tidak wujud '\(choice.goto)'" + hintMS(suggestion),
                    en: "choice goes to unknown node '\(choice.goto)'" + hintEN(suggestion)))
            }
        }
        guard ids.contains(dialogue.start) else { return diagnostics }
        let graph = DialogueGraph(dialogue)
        let reachable = graph.reachable(from: dialogue.start)
        for node in dialogue.nodes where !reachable.contains(node.id) {
            diagnostics.append(Diagnostic(
                "D004", .warning, at: node.location,
                ms: "nod '\(node.id)' tidak boleh dicapai dari '\(dialogue.start)'",
                en: "node '\(node.id)' cannot be reached from '\(dialogue.start)'"))
        }
        let canEnd = graph.nodesThatReachAnEnding()
        if !canEnd.contains(dialogue.start) {
            diagnostics.append(Diagnostic(
                "D005", .error, at: dialogue.location,
                ms: "dialog '\(id)' tiada penamat yang boleh dicapai dari '\(dialogue.start)'",
                en: "dialogue '\(id)' has no ending reachable from '\(dialogue.start)'"))
        } else {
            for node in dialogue.nodes where reachable.contains(node.id) && !canEnd.contains(node.id) {
                diagnostics.append(Diagnostic(
                    "D006", .error, at: node.location,
                    ms: "dari nod '\(node.id)' tiada penamat yang boleh dicapai (perangkap)",
                    en: "no ending can be reached from node '\(node.id)' (a trap)"))
            }
        }
        return diagnostics
    }

    private func hintMS(_ suggestion: String?) -> String { suggestion.map { " — maksud anda '\($0)'?" } ?? "" }
    private func hintEN(_ suggestion: String?) -> String { suggestion.map { " — did you mean '\($0)'?" } ?? "" }
}
