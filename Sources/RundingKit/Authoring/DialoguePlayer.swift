/// An author's walk through one dialogue (`runding play`): every node shows its id, each choice
/// where it goes, the evidence it gives and, once taken, its feedback. Nothing is recorded.
///
/// The walk itself is a `DialogueRun`, the same runtime the chat uses, so answers are matched
/// exactly as a learner's would be.
public struct DialoguePlayer: Sendable {
    public let language: Language
    public private(set) var run: DialogueRun
    /// A choice the learner would have been asked to confirm; "ya" takes it.
    private var pendingConfirmation: Int?
    /// With `--shuffle`: the generator that orders each node's options as the chat would, and
    /// the order shown now. Nil shows the authored order (the author's view).
    private var shuffler: SeededRandom?
    public private(set) var order: OptionOrder?

    /// Starts at the dialogue's `start`, or at `node`; nil when that node does not exist.
    /// `understander` should be the pack's (`AnswerUnderstander(pack:)`), as the chat's is.
    public init?(_ dialogue: Dialogue, from node: String? = nil, language: Language,
                 understander: AnswerUnderstander = AnswerUnderstander(), shuffle: SeededRandom? = nil) {
        guard let run = DialogueRun(dialogue, from: node, understander: understander) else { return nil }
        self.run = run
        self.language = language
        self.shuffler = shuffle
        reorder()
    }

    /// Whether options are shown in the learner's shuffled order.
    public var isShuffled: Bool { shuffler != nil }

    /// Draws the current node's shuffled order, as the chat does each time it shows the options.
    private mutating func reorder() {
        guard var random = shuffler else { return }
        let node = run.node
        order = node.ending == nil && node.mode == .choose ? OptionOrder.shuffled(node, using: &random) : nil
        shuffler = random
    }

    public var dialogue: Dialogue { run.dialogue }
    public var isFinished: Bool { run.isFinished }

    // MARK: Showing

    /// The dialogue's title line, its intro, then the current node.
    public func opening() -> String {
        let kind = dialogue.kind == .quiz ? t("kuiz", "quiz") : t("lakonan peranan", "role-play")
        var lines = ["\(dialogue.id) — \(dialogue.title[language]) (\(kind))"]
        if let character = dialogue.character {
            lines.append(t("Watak: ", "Character: ") + character[language])
        }
        if let intro = dialogue.intro, run.path.count == 1, run.node.id == dialogue.start {
            lines.append(intro[language])
        }
        return clean(lines.joined(separator: "\n")) + "\n\n" + current()
    }

    /// The current node: `[id] what the bot says`, then its choices or its ending.
    public func current() -> String {
        let node = run.node
        var lines: [String] = []
        let speaker = dialogue.character.map { "\($0[language]): " } ?? ""
        let marks = (node.isRemediation ? t(" (pemulihan)", " (remediation)") : "")
            + (node.mode == .type ? t(" (taip)", " (typed)") : "")
        lines.append("[\(node.id)]\(marks) \(speaker)\(node.say[language])")
        if let ending = node.ending {
            lines.append(t("Penamat: ", "Ending: ") + ending.outcome + (ending.success ? " ✔" : " ✘")
                + " — " + ending.summary[language])
            lines.append(pathLine())
            return clean(lines.joined(separator: "\n"))
        }
        if let hint = node.hint {
            lines.append("  " + t("Petunjuk: ", "Hint: ") + hint[language])
        }
        if isShuffled {
            // The learner's view: the options as numbered in the chat (none in a typed node),
            // nothing only an author sees.
            for (position, option) in (order?.options(of: node) ?? []).enumerated() {
                lines.append("  \(position + 1). \(option.choice.text[language])")
            }
            return clean(lines.joined(separator: "\n"))
        }
        for (index, choice) in node.choices.enumerated() {
            let text = choice.isFallback && choice.text.ms.isEmpty && choice.text.en.isEmpty
                ? t("(jawapan lain)", "(any other answer)")
                : choice.text[language]
            var line = "  \(index + 1). \(text) → \(choice.goto)"
            if choice.isFallback { line += t(" · fallback", " · fallback") }
            if let evidence = Self.evidence(choice) { line += " · " + evidence }
            if !choice.allExamples.isEmpty {
                line += t(" · \(choice.allExamples.count) contoh", " · \(choice.allExamples.count) examples")
            }
            lines.append(line)
        }
        return clean(lines.joined(separator: "\n"))
    }

    /// `q1 -2-> q1-remedy -1-> q2 -1-> done (3 choices)`.
    public func pathLine() -> String {
        var text = run.path[0]
        for (choice, node) in zip(run.choicesTaken, run.path.dropFirst()) {
            text += " -\(choice)-> \(node)"
        }
        let count = run.choicesTaken.count
        let score = "\(Int((run.score * 100).rounded()))%"
        return t("Laluan: ", "Path: ") + text
            + t(" (\(count) pilihan, skor \(score))", " (\(count) choice\(count == 1 ? "" : "s"), score \(score))")
    }

    // MARK: Answering

    /// Takes one answer: a choice number (in `choose` nodes), `#N` for choice N in any node, or
    /// words matched like a learner's. Returns what happened, then the next node.
    public mutating func answer(_ line: String) -> String {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard !isFinished else { return "" }
        guard !trimmed.isEmpty else { return t("(Tiada jawapan.)", "(No answer.)") }
        let node = run.node
        if trimmed.hasPrefix("#") {
            guard let number = Int(trimmed.dropFirst()), node.choices.indices.contains(number - 1) else {
                return t("Gunakan #1–#\(node.choices.count).", "Use #1–#\(node.choices.count).")
            }
            return take(number - 1, how: "")
        }
        if let pending = pendingConfirmation {
            pendingConfirmation = nil
            switch ConfirmationReply(trimmed) {
            case .yes: return take(pending, how: t(" (disahkan)", " (confirmed)"))
            case .no: return t("Pelajar akan melihat pilihan semula.", "The learner would see the options again.")
            case .number, .newAnswer: break
            }
        }
        switch run.interpret(trimmed, order: order) {
        case .take(let index, let evidence):
            switch evidence {
            case .number: return take(index, how: "")
            case .pattern: return take(index, how: t(" (corak atau teks pilihan)", " (a pattern or the option text)"))
            case .words(let score): return take(index, how: t(" (kata-kata, skor ", " (words, score ") + Self.score(score) + ")")
            case .fallback: return take(index, how: t(" (tiada yang hampir: fallback)", " (nothing close: fallback)"))
            }
        case .confirm(let index, let score):
            pendingConfirmation = index
            let number = order?.number(ofAuthoredIndex: index) ?? index + 1
            return t("Pelajar akan ditanya: Maksud anda pilihan \(number): “\(node.choices[index].text[language])”? "
                     + "(skor \(Self.score(score))) Taip ya untuk menerimanya.",
                     "The learner would be asked: Do you mean option \(number): “\(node.choices[index].text[language])”? "
                     + "(score \(Self.score(score))) Type yes to take it.")
        case .askAgain:
            return node.mode == .type
                ? t("Tiada pilihan menerima jawapan itu. Taip jawapan lain, atau #N untuk pilihan N.",
                    "No choice accepts that answer. Type another, or #N for choice N.")
                : t("Tiada pilihan yang hampir; pelajar akan ditanya semula. Taip nombor 1–\(node.choices.count) atau jawapan lain.",
                    "No choice is close; the learner would be asked again. Type a number 1–\(node.choices.count) or another answer.")
        }
    }

    private static func score(_ value: Double) -> String {
        String(Int((value * 100).rounded())) + "%"
    }

    private mutating func take(_ index: Int, how: String) -> String {
        let choice = run.node.choices[index]
        guard run.take(index) else {
            return t("Pilihan \(index + 1) menuju ke nod yang tidak wujud '\(choice.goto)'.",
                     "Choice \(index + 1) goes to an unknown node '\(choice.goto)'.")
        }
        let shown = order?.number(ofAuthoredIndex: index)
        reorder()
        var lines = [shown.map { t("→ pilihan \($0) (asal #\(index + 1))", "→ choice \($0) (authored #\(index + 1))") }
            ?? t("→ pilihan \(index + 1)", "→ choice \(index + 1)")]
        lines[0] += how
        let mark: String
        switch choice.isCorrect {
        case true?: mark = "✔"
        case false?: mark = "✘"
        case nil: mark = "→"
        }
        lines.append("  \(mark) \(choice.feedback[language])")
        if !isShuffled, let evidence = Self.evidence(choice) {
            lines.append("  " + t("Bukti: ", "Evidence: ") + evidence)
        }
        lines.append("")
        return clean(lines.joined(separator: "\n")) + "\n" + current()
    }

    // MARK: Automatic play

    /// What `--auto` does at the current node: picks a choice at random, then half the time types
    /// one of its examples (or its text) through the matcher, otherwise its number. A `type` node
    /// is always answered in words; its fallback with words no pattern takes.
    public func automaticAnswer(using random: inout SeededRandom) -> String {
        let node = run.node
        guard !node.choices.isEmpty else { return "" }
        let index = Int.random(in: node.choices.indices, using: &random)
        let choice = node.choices[index]
        let typed = node.mode == .type || Bool.random(using: &random)
        guard typed else { return String(order?.number(ofAuthoredIndex: index) ?? index + 1) }
        if choice.isFallback { return Self.unmatchedAnswer }
        if !choice.allExamples.isEmpty { return choice.allExamples.randomElement(using: &random)! }
        let text = choice.text[language]
        return text.isEmpty ? "#\(index + 1)" : text
    }

    /// Words that no pattern of the shipped content takes, to reach a fallback.
    static let unmatchedAnswer = "zzz qqq"

    /// Plays until an ending (or `maximumChoices`), echoing each answer as `» answer`; the text
    /// ends with the path. `finished` tells whether an ending was reached.
    public mutating func playAutomatically(using random: inout SeededRandom,
                                           maximumChoices: Int = 1_000) -> (text: String, finished: Bool) {
        var output = opening() + "\n"
        var attempts = 0
        while !isFinished && run.choicesTaken.count < maximumChoices && attempts < maximumChoices * 2 {
            attempts += 1
            var input = automaticAnswer(using: &random)
            let before = run.choicesTaken.count
            output += "\n» \(clean(input))\n" + answer(input) + "\n"
            if run.choicesTaken.count == before, !isFinished {
                // The matcher took none (ambiguous or unknown): pick by number instead.
                input = "#\(Int.random(in: run.node.choices.indices, using: &random) + 1)"
                output += "\n» \(input)\n" + answer(input) + "\n"
            }
        }
        if !isFinished {
            output += "\n" + t("Berhenti selepas \(run.choicesTaken.count) pilihan tanpa sampai ke penamat.",
                               "Stopped after \(run.choicesTaken.count) choices without reaching an ending.") + "\n"
                + pathLine() + "\n"
        }
        return (output, isFinished)
    }

    // MARK: Helpers

    /// `employee-feedback ✔, empathy ✘`, or nil without evidence.
    static func evidence(_ choice: Choice) -> String? {
        let items = choice.orderedEvidence.map { "\($0.skill) \($0.value ? "✔" : "✘")" }
        let correct = choice.explicitCorrect.map { $0 ? ["correct ✔"] : ["correct ✘"] } ?? []
        let all = items + correct
        return all.isEmpty ? nil : all.joined(separator: ", ")
    }

    private func t(_ ms: String, _ en: String) -> String { language == .ms ? ms : en }

    private func clean(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { TerminalSafeText.clean(String($0)) }.joined(separator: "\n")
    }
}
