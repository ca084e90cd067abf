/// What the bot says in answer to one line: blocks the renderer lays out for the screen.
public struct ChatReply: Sendable, Equatable {
    public var blocks: [ChatBlock]

    public init(_ blocks: [ChatBlock] = []) {
        self.blocks = blocks
    }

    public static func + (lhs: ChatReply, rhs: ChatReply) -> ChatReply {
        ChatReply(lhs.blocks + rhs.blocks)
    }

    public static func += (lhs: inout ChatReply, rhs: ChatReply) {
        lhs.blocks += rhs.blocks
    }

    public var isEmpty: Bool { blocks.isEmpty }
}

/// One piece of a reply.
public enum ChatBlock: Sendable, Equatable {
    /// A paragraph.
    case text(String)
    /// A heading (an entry's term, a dialogue's title).
    case title(String)
    /// A line spoken by a character in a role-play or by the quiz master.
    case speech(speaker: String?, text: String)
    /// Numbered options.
    case choices([String])
    /// A bulleted list.
    case bullets([String])
    /// The reaction to an answer: right (true), wrong (false) or neither (nil).
    case feedback(correct: Bool?, text: String)
    /// A mastery bar: a label, a value from 0 to 1, the skill's level and the level's name.
    case bar(label: String, value: Double?, level: SkillLevel, levelName: String)
    /// Something the learner should know about the bot itself (progress not saved, …).
    case notice(String)
}
