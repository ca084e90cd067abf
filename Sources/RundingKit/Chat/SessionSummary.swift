/// The three lines that close a session: this session's answers, the biggest change in mastery,
/// what is due next.
struct SessionSummary {
    let context: ChatContext
    /// Each skill's knowledge when the session began.
    let startingKnowledge: [String: Double]

    func reply() -> ChatReply {
        let language = context.language
        let pack = context.pack
        let progress = context.progress()
        let answers = context.answers
        let correct = context.correct
        let percent = ChatFormat.percent
        let accuracy = answers > 0 ? " (\(percent(Double(correct) / Double(answers))))" : ""
        let first = language == .ms
            ? "Sesi ini: \(answers) jawapan, \(correct) betul\(accuracy)."
            : "This session: \(answers) answer\(answers == 1 ? "" : "s"), \(correct) correct\(accuracy)."
        var gains: [(String, Double, Double)] = []
        for (id, skill) in progress.skills {
            let before = startingKnowledge[id] ?? pack.bktParameters(for: id).l0
            if skill.knowledge.pKnown != before { gains.append((id, before, skill.knowledge.pKnown)) }
        }
        let second: String
        // The largest change either way; ties go to the first id.
        if let top = gains.max(by: { (abs($0.2 - $0.1), $1.0) < (abs($1.2 - $1.1), $0.0) }),
           percent(top.1) == percent(top.2) {
            second = language == .ms ? "Penguasaan kemahiran hampir tidak berubah dalam sesi ini."
                                     : "Skill mastery barely changed this session."
        } else if let top = gains.max(by: { (abs($0.2 - $0.1), $1.0) < (abs($1.2 - $1.1), $0.0) }) {
            let name = pack.skill(top.0)?.name[language] ?? top.0
            second = (language == .ms ? "Perubahan terbesar: " : "Biggest change: ")
                + "\(name) \(percent(top.1)) → \(percent(top.2))."
        } else {
            second = language == .ms ? "Tiada kemahiran dilatih dalam sesi ini." : "No skill was practised this session."
        }
        let third = progress.dueItems.isEmpty
            ? (language == .ms ? "Tiada ulang kaji tertunggak. Jumpa lagi!" : "Nothing due for review. See you soon!")
            : (language == .ms ? "\(progress.dueItems.count) item perlu diulang kaji: /ulangkaji pada sesi akan datang."
                               : "\(progress.dueItems.count) items due for review: /review next time.")
        return ChatReply([.text(first), .text(second), .text(third)])
    }
}
