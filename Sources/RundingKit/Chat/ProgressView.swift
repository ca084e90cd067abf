/// A learner's progress as chat blocks: a mastery bar per skill, then review, streak, accuracy, time.
public struct ProgressView: Sendable {
    public let pack: ContentPack
    public let language: Language

    public init(pack: ContentPack, language: Language) {
        self.pack = pack
        self.language = language
    }

    public func reply(for progress: LearnerProgress, learner: String) -> ChatReply {
        var blocks: [ChatBlock] = [.title((language == .ms ? "Kemajuan: " : "Progress: ") + learner)]
        let known = Set(pack.skills.map(\.id))
        var rows = pack.skills.map { (label: $0.name[language], skill: progress.skills[$0.id]) }
        // Skills in the log that the content no longer has still show, under their ids.
        for id in progress.skills.keys.sorted() where !known.contains(id) {
            rows.append((label: TerminalSafeText.clean(id), skill: progress.skills[id]))
        }
        // Every label padded to the longest, so that the bars line up in both languages.
        let width = rows.map(\.label.count).max() ?? 0
        for row in rows {
            let label = row.label + String(repeating: " ", count: width - row.label.count)
            blocks.append(bar(label: label, row.skill))
        }
        let accuracy = progress.accuracy.map(ChatFormat.percent) ?? "—"
        let totalMinutes = Int(progress.timePractised / 60)
        let hours = totalMinutes / 60
        let minutes = totalMinutes % 60
        let time = hours > 0 ? "\(hours) \(language == .ms ? "j" : "h") \(minutes) min" : "\(minutes) min"
        blocks.append(.bullets(language == .ms ? [
            "Ulang kaji: \(progress.dueItems.count) perlu hari ini, \(progress.overdueItems.count) tertunggak",
            "Hari berturut-turut: \(progress.streakDays)",
            "Ketepatan: \(accuracy) (\(progress.correct)/\(progress.answers))",
            "Masa berlatih: \(time)",
        ] : [
            "Review: \(progress.dueItems.count) due today, \(progress.overdueItems.count) overdue",
            "Streak: \(progress.streakDays) day\(progress.streakDays == 1 ? "" : "s")",
            "Accuracy: \(accuracy) (\(progress.correct)/\(progress.answers))",
            "Time practised: \(time)",
        ]))
        return ChatReply(blocks)
    }

    private func bar(label: String, _ skill: SkillProgress?) -> ChatBlock {
        let level = skill?.level ?? .notStarted
        return .bar(label: label, value: skill?.knowledge.pKnown, level: level, levelName: level.name[language])
    }
}
