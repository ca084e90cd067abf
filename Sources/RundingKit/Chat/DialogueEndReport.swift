/// The end of a quiz or role-play: records `dialogue_end`, then the closing line, the verdict, the
/// score against earlier attempts and, for a role-play, the scorecard per skill.
struct DialogueEndReport {
    let context: ChatContext

    private var language: Language { context.language }

    func finish(_ run: DialogueRun, ending: Ending) -> ChatReply {
        let previous = context.progress().dialogues[run.dialogue.id]
        let score = run.score
        let success = PassRules.passed(run.dialogue, ending: ending, score: score)
        var reply = context.record(.dialogueEnd(ProgressEvent.DialogueEnd(dialogue: run.dialogue.id, outcome: ending.outcome,
                                                                          score: score, success: success)))
        let speaker = run.dialogue.character?[language]
        reply.blocks.append(.speech(speaker: speaker, text: run.node.say[language]))
        let verdict = success ? (language == .ms ? "berjaya ✔" : "passed ✔")
                              : (language == .ms ? "belum berjaya ✘" : "not passed ✘")
        reply.blocks.append(.title((language == .ms ? "Tamat: " : "The end: ") + verdict))
        if ending.success, !success {
            // A successful ending under the pass mark: its summary would claim a skill not shown.
            let mark = ChatFormat.percent(run.dialogue.passMark)
            reply.blocks.append(.text(language == .ms ? "Markah lulus kuiz ini ialah \(mark). Cuba lagi selepas mengulang kaji."
                                                      : "This quiz's pass mark is \(mark). Try again after a review."))
        } else {
            reply.blocks.append(.text(ending.summary[language]))
        }
        let first = previous?.firstScore ?? score
        let best = max(previous?.bestScore ?? score, score)
        let percent = ChatFormat.percent
        reply.blocks.append(.text(language == .ms
            ? "Skor: \(percent(score)) (kali pertama: \(percent(first)), terbaik: \(percent(best)))"
            : "Score: \(percent(score)) (first time: \(percent(first)), best: \(percent(best)))"))
        if run.dialogue.kind == .roleplay {
            reply += scorecard(run)
        }
        reply.blocks.append(.text(NextStepAdvice(context: context).suggestion()))
        return reply
    }

    /// Per skill, one line of its own: a skill shown every time says so with the skill's
    /// description; a skill missed at least once gets the skill's tip (from `Glossary/skills.yaml`),
    /// so that no paragraph is repeated under several skills and "what to try next" is advice.
    func scorecard(_ run: DialogueRun) -> ChatReply {
        var well: [String] = []
        var next: [String] = []
        for tally in run.skillTally {
            let skill = context.pack.skill(tally.skill)
            let name = skill?.name[language] ?? tally.skill
            let chances = tally.shown + tally.missed
            if tally.missed == 0 {
                let shown = language == .ms ? "ditunjukkan dalam \(tally.shown) daripada \(chances) giliran"
                                            : "shown in \(tally.shown) of \(chances) turns"
                let what = skill.map { " — " + $0.description[language] } ?? ""
                well.append("\(name) (\(shown))\(what)")
            } else {
                let shown = language == .ms ? "\(tally.shown) daripada \(chances) giliran"
                                            : "\(tally.shown) of \(chances) turns"
                let tip = skill?.tip.map { ": " + $0[language] } ?? ""
                next.append("\(name) (\(shown))\(tip)")
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
