/// The end of a quiz or role-play: records `dialogue_end`, then the closing line, the verdict, the
/// score against earlier attempts and, for a role-play, the scorecard per skill.
struct DialogueEndReport {
    let context: ChatContext

    private var language: Language { context.language }

    func finish(_ run: DialogueRun, ending: Ending) -> ChatReply {
        let previous = context.progress().dialogues[run.dialogue.id]
        let score = run.score
        var reply = context.record(.dialogueEnd(ProgressEvent.DialogueEnd(dialogue: run.dialogue.id,
                                                                          outcome: ending.outcome, score: score)))
        let speaker = run.dialogue.character?[language]
        reply.blocks.append(.speech(speaker: speaker, text: run.node.say[language]))
        let verdict = ending.success ? (language == .ms ? "berjaya ✔" : "passed ✔")
                                     : (language == .ms ? "belum berjaya ✘" : "not passed ✘")
        reply.blocks.append(.title((language == .ms ? "Tamat: " : "The end: ") + verdict + " (\(ending.outcome))"))
        reply.blocks.append(.text(ending.summary[language]))
        let first = previous?.firstScore ?? score
        let best = max(previous?.bestScore ?? score, score)
        let percent = ChatFormat.percent
        reply.blocks.append(.text(language == .ms
            ? "Skor: \(percent(score)) (kali pertama: \(percent(first)), terbaik: \(percent(best)))"
            : "Score: \(percent(score)) (first time: \(percent(first)), best: \(percent(best)))"))
        if run.dialogue.kind == .roleplay {
            reply += scorecard(run)
        }
        return reply
    }

    /// Per skill: what went well and what to try next, from the feedback of the choices made.
    func scorecard(_ run: DialogueRun) -> ChatReply {
        var well: [String] = []
        var next: [String] = []
        for tally in run.skillTally {
            let name = context.pack.skill(tally.skill)?.name[language] ?? tally.skill
            if tally.missed == 0 {
                let example = run.observations.first { $0.skill == tally.skill && $0.shown }?.feedback[language] ?? ""
                well.append("\(name) (\(tally.shown)✔): \(example)")
            } else {
                let example = run.observations.first { $0.skill == tally.skill && !$0.shown }?.feedback[language] ?? ""
                next.append("\(name) (\(tally.shown)✔ \(tally.missed)✘): \(example)")
            }
        }
        var blocks: [ChatBlock] = [.title(language == .ms ? "Kad skor" : "Scorecard")]
        if !well.isEmpty {
            blocks.append(.text(language == .ms ? "Yang berjalan baik:" : "What went well:"))
            blocks.append(.bullets(well))
        }
        if !next.isEmpty {
            blocks.append(.text(language == .ms ? "Cuba seterusnya:" : "What to try next:"))
            blocks.append(.bullets(next))
        }
        return ChatReply(blocks)
    }
}
