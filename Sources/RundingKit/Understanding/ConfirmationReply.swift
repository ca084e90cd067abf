/// How a learner answered "Did you mean option N: …? (yes / no / another number)".
public enum ConfirmationReply: Sendable, Equatable {
    /// Yes: take the option asked about.
    case yes
    /// No: show the options.
    case no
    /// A number: take the option shown under it.
    case number(Int)
    /// Anything else: read it as a new answer.
    case newAnswer

    static let yesWords: Set<String> = [
        "ya", "y", "yes", "yup", "yep", "ye", "yer", "betul", "benar", "ok", "okay", "okey", "ok lah",
        "aah", "a ah", "haah", "ha ah", "sure", "correct", "right", "betul tu", "ya betul", "yes that s right",
    ]
    static let noWords: Set<String> = [
        "tidak", "tak", "x", "no", "n", "nope", "bukan", "tk", "bkn", "tidak betul", "salah", "wrong",
        "not really", "bukan itu", "bukan tu", "no not that",
    ]

    public init(_ line: String) {
        let normalized = TextNormalizer.normalize(line)
        if Self.yesWords.contains(normalized) {
            self = .yes
        } else if Self.noWords.contains(normalized) {
            self = .no
        } else if !normalized.contains(" "), let number = Int(normalized) {
            self = .number(number)
        } else {
            self = .newAnswer
        }
    }
}
