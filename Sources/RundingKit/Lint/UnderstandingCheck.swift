/// Checks that a dialogue's choices can be told apart from what learners type:
/// - D007: an example (or sample) that is not understood as its own choice;
/// - D008: an example taken as another choice;
/// - U003 (warning): two choices are confusable — an example, scored by a model built without
///   it, is so much closer to another choice of its node than to its own that a learner typing
///   it would be taken to that choice without being asked.
struct UnderstandingCheck {
    let dialogue: Dialogue
    let understander: AnswerUnderstander

    func run() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for node in dialogue.nodes where node.ending == nil && !node.choices.isEmpty {
            diagnostics += ownExamples(node)
            diagnostics += confusableChoices(node)
        }
        return diagnostics
    }

    /// D007 and D008: every example must be taken as its own choice by the model that holds it.
    private func ownExamples(_ node: DialogueNode) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for (index, choice) in node.choices.enumerated() {
            let number = index + 1
            for example in choice.allExamples {
                switch understander.understand(example, in: node, of: dialogue.id) {
                case .take(let taken, _) where taken == index:
                    continue
                case .take(let taken, _):
                    diagnostics.append(Diagnostic(
                        "D008", .error, at: choice.location,
                        ms: "contoh '\(example)' pilihan \(number) nod '\(node.id)' diambil sebagai pilihan \(taken + 1)",
                        en: "example '\(example)' of choice \(number) of node '\(node.id)' is taken as choice \(taken + 1)"))
                case .confirm, .askAgain:
                    diagnostics.append(Diagnostic(
                        "D007", .error, at: choice.location,
                        ms: "contoh '\(example)' tidak difahami sebagai pilihannya sendiri (\(number), nod '\(node.id)')",
                        en: "example '\(example)' is not understood as its own choice (\(number), node '\(node.id)')"))
                }
            }
        }
        return diagnostics
    }

    /// U003: one warning per pair of confusable choices, naming the first example that shows it.
    private func confusableChoices(_ node: DialogueNode) -> [Diagnostic] {
        var reported: Set<[Int]> = []
        var diagnostics: [Diagnostic] = []
        for outcome in LeaveOneOut(node: node, understander: understander).outcomes {
            guard case .take(let taken, _) = outcome.decision, taken != outcome.choice else { continue }
            let pair = [outcome.choice, taken].sorted()
            guard reported.insert(pair).inserted else { continue }
            let choice = node.choices[outcome.choice]
            diagnostics.append(Diagnostic(
                "U003", .warning, at: choice.location,
                ms: "pilihan \(outcome.choice + 1) dan \(taken + 1) nod '\(node.id)' mudah dikelirukan: "
                    + "contoh '\(outcome.text)' diambil sebagai pilihan \(taken + 1) apabila diuji tanpanya",
                en: "choices \(outcome.choice + 1) and \(taken + 1) of node '\(node.id)' are confusable: "
                    + "example '\(outcome.text)' is taken as choice \(taken + 1) when tested without it"))
        }
        return diagnostics
    }
}
