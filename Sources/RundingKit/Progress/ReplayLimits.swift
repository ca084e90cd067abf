/// How much per-learner state a replay keeps: what any real content can produce, with a margin.
///
/// A log names items, dialogues, skills and sessions freely; a hostile one could name a million
/// of each and make a report hold them all. Past a limit, the replay stops keeping state for new
/// names and only counts what it could not keep (`ReplayOverflow`); totals still count everything.
public struct ReplayLimits: Sendable, Hashable {
    /// Distinct items with a review card or a count of wrong answers.
    public var items: Int
    public var dialogues: Int
    public var skills: Int
    /// Sessions followed at once for practice time (a session is forgotten at its end).
    public var openSessions: Int

    public init(items: Int, dialogues: Int, skills: Int, openSessions: Int = 10_000) {
        self.items = max(0, items)
        self.dialogues = max(0, dialogues)
        self.skills = max(0, skills)
        self.openSessions = max(1, openSessions)
    }

    /// No limit: for tests and tools that trust their log.
    public static let unlimited = ReplayLimits(items: .max, dialogues: .max, skills: .max, openSessions: .max)

    /// How many times the content's own counts a log may name.
    public static let margin = 4

    /// `margin` times what `pack` holds, and never less than 2,000 items, 200 dialogues and 100
    /// skills, so that a log written against a larger or older pack still replays whole.
    public init(pack: ContentPack) {
        let nodes = pack.dialogues.reduce(0) { $0 + $1.nodes.count }
        self.init(items: max(2_000, Self.margin * (pack.entries.count + nodes)),
                  dialogues: max(200, Self.margin * pack.dialogues.count),
                  skills: max(100, Self.margin * pack.skills.count))
    }
}

/// What a replay counted without keeping, because `ReplayLimits` were reached.
public struct ReplayOverflow: Sendable, Hashable {
    /// Answers to items past the item limit: in the totals, without a review card or a leech count.
    public var itemAnswers = 0
    /// Dialogue ends of dialogues past the dialogue limit.
    public var dialogueEnds = 0
    /// Evidence for skills past the skill limit.
    public var skillEvidence = 0

    public init() {}

    public var isEmpty: Bool { itemAnswers == 0 && dialogueEnds == 0 && skillEvidence == 0 }

    /// One sentence per kind of overflow, in both languages, naming the limits.
    public func messages(limits: ReplayLimits) -> [LocalizedText] {
        var messages: [LocalizedText] = []
        if itemAnswers > 0 {
            messages.append(LocalizedText(
                ms: "lebih daripada \(limits.items) item berbeza: \(itemAnswers) jawapan untuk item selebihnya dikira bersama, tanpa jadual ulang kaji",
                en: "more than \(limits.items) distinct items: \(itemAnswers) answers to the others counted together, without a review schedule"))
        }
        if dialogueEnds > 0 {
            messages.append(LocalizedText(
                ms: "lebih daripada \(limits.dialogues) dialog berbeza: \(dialogueEnds) tamatan dialog selebihnya dikira bersama",
                en: "more than \(limits.dialogues) distinct dialogues: \(dialogueEnds) ends of the others counted together"))
        }
        if skillEvidence > 0 {
            messages.append(LocalizedText(
                ms: "lebih daripada \(limits.skills) kemahiran berbeza: \(skillEvidence) bukti untuk kemahiran selebihnya diabaikan",
                en: "more than \(limits.skills) distinct skills: \(skillEvidence) pieces of evidence for the others ignored"))
        }
        return messages
    }
}
