import Foundation

/// One line of a learner's progress log (schema v1): something that happened at a time in a session.
public struct ProgressEvent: Sendable, Hashable {
    /// The schema version this code writes and reads.
    public static let schemaVersion = 1

    public var at: Date
    public var learner: String
    public var session: UUID
    public var kind: Kind

    public init(at: Date, learner: String, session: UUID, kind: Kind) {
        self.at = at
        self.learner = learner
        self.session = session
        self.kind = kind
    }

    /// What happened, with the fields that belong to it.
    public enum Kind: Sendable, Hashable {
        case sessionStart
        case sessionEnd
        case answer(Answer)
        case dialogueEnd(DialogueEnd)

        /// The `type` written in the log.
        public var typeName: String {
            switch self {
            case .sessionStart: return "session_start"
            case .sessionEnd: return "session_end"
            case .answer: return "answer"
            case .dialogueEnd: return "dialogue_end"
            }
        }
    }

    /// An answer to a glossary question or a dialogue node.
    public struct Answer: Sendable, Hashable {
        /// The longest response kept, in characters.
        public static let maximumResponseLength = 500

        /// `glossary:<entry-id>` or `<dialogue-id>/<node-id>`.
        public var item: String
        public var correct: Bool
        /// What the answer shows about each skill, in the order the content wrote it.
        public var evidence: [SkillEvidence]
        /// The review grade; present only for items scheduled for review.
        public var rating: ReviewRating?
        /// Response time in milliseconds.
        public var milliseconds: Int
        /// What the learner typed, at most 500 characters.
        public var response: String
        /// The choice taken at a dialogue node: its `id`, else its 1-based authored position.
        public var choice: String?
        /// How the answer was given (options shown, hint, retry, confirmation): how much it tells.
        public var conditions: AnswerConditions

        public init(item: String, correct: Bool, evidence: [SkillEvidence] = [], rating: ReviewRating? = nil,
                    milliseconds: Int, response: String, choice: String? = nil,
                    conditions: AnswerConditions = .typed) {
            self.item = item
            self.correct = correct
            self.evidence = evidence
            self.rating = rating
            self.milliseconds = max(0, milliseconds)
            self.response = response.count > Self.maximumResponseLength
                ? String(response.prefix(Self.maximumResponseLength)) : response
            self.choice = choice.map { $0.count > Self.maximumChoiceLength ? String($0.prefix(Self.maximumChoiceLength)) : $0 }
            self.conditions = conditions
        }

        /// The longest choice id kept, in characters.
        public static let maximumChoiceLength = 100
    }

    /// The end of a quiz or role-play.
    public struct DialogueEnd: Sendable, Hashable {
        public var dialogue: String
        /// The ending reached, e.g. `passed`, `win-win`.
        public var outcome: String
        /// From 0 to 1.
        public var score: Double
        /// Whether the dialogue was passed: a quiz's score reached its pass mark, a role-play
        /// reached a successful ending. Nil in logs written before the field existed.
        public var success: Bool?

        public init(dialogue: String, outcome: String, score: Double, success: Bool? = nil) {
            self.dialogue = dialogue
            self.outcome = outcome
            self.score = score.isFinite ? min(max(score, 0), 1) : 0
            self.success = success
        }
    }
}
