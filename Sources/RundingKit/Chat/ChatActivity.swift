/// One thing the learner is doing in the chat: talking to the glossary, choosing from a menu,
/// answering a quiz or role-play, reviewing.
///
/// `ChatSession` hands each typed line that is not a session-wide command (/help, /lang, /quit,
/// /stop) to the current activity, which answers and says which activity comes next. An activity
/// keeps its own state; a new mode of an activity (a confirmation step, options shown on request)
/// is a state inside that activity, not a new case the whole session must know.
protocol ChatActivity: AnyObject {
    /// Quizzes, role-plays and reviews: Ctrl-C asks before leaving them, other activities' commands
    /// wait until they end, and the prompt shows the learner is answering.
    var isExercise: Bool { get }

    /// Answers a line that is not a command.
    func respond(to line: String) -> ChatStep

    /// A command this activity handles itself (e.g. /hint); nil leaves it to the session.
    func perform(_ command: ChatCommand, argument: String) -> ChatStep?

    /// The current question as first shown (after a language switch, or after "carry on").
    func presentAgain() -> ChatReply

    /// What to say when the learner leaves it by /stop or Ctrl-C.
    func leave() -> ChatReply
}

extension ChatActivity {
    var isExercise: Bool { false }
    func perform(_ command: ChatCommand, argument: String) -> ChatStep? { nil }
    func presentAgain() -> ChatReply { ChatReply() }
    func leave() -> ChatReply { ChatReply() }
}

/// An activity's answer to one line: the reply, and which activity the chat is in afterwards.
struct ChatStep {
    enum Next {
        /// The same activity carries on.
        case stay
        /// Back to the conversation (questions to the glossary).
        case conversation
        /// Another activity starts.
        case start(any ChatActivity)
    }

    var reply: ChatReply
    var next: Next

    init(_ reply: ChatReply, next: Next = .stay) {
        self.reply = reply
        self.next = next
    }

    static func stay(_ blocks: ChatBlock...) -> ChatStep { ChatStep(ChatReply(blocks)) }
}
