/// Whether the end of a quiz or role-play was a pass.
///
/// A quiz passes when it reaches a successful ending with a score of at least its pass mark; a
/// role-play when it reaches an ending its author marked as a success. Written into every
/// `dialogue_end` as `success`; for events of older logs without it, decided here from the
/// content as it is now, and for a dialogue or ending the content no longer has, from the score
/// against the default pass mark.
public struct PassRules: Sendable {
    private struct Rule: Sendable {
        var kind: Dialogue.Kind
        var passMark: Double
        var endings: [String: Bool]
    }

    private let rules: [String: Rule]

    public init(dialogues: [Dialogue]) {
        var rules: [String: Rule] = [:]
        for dialogue in dialogues where rules[dialogue.id] == nil {
            var endings: [String: Bool] = [:]
            for node in dialogue.nodes {
                guard let ending = node.ending else { continue }
                endings[ending.outcome] = (endings[ending.outcome] ?? false) || ending.success
            }
            rules[dialogue.id] = Rule(kind: dialogue.kind, passMark: dialogue.passMark, endings: endings)
        }
        self.rules = rules
    }

    /// Whether `dialogue` passes with `score` at the ending `ending`.
    public static func passed(_ dialogue: Dialogue, ending: Ending, score: Double) -> Bool {
        switch dialogue.kind {
        case .quiz: return ending.success && score >= dialogue.passMark - 1e-9
        case .roleplay: return ending.success
        }
    }

    /// The event's `success`, else what the content says about its dialogue and ending.
    public func passed(_ end: ProgressEvent.DialogueEnd) -> Bool {
        if let success = end.success { return success }
        guard let rule = rules[end.dialogue], let endingSuccess = rule.endings[end.outcome] else {
            return end.score >= Dialogue.defaultPassMark - 1e-9
        }
        switch rule.kind {
        case .quiz: return endingSuccess && end.score >= rule.passMark - 1e-9
        case .roleplay: return endingSuccess
        }
    }
}
