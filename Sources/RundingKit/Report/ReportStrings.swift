/// The fixed texts of reports and their warnings, in both languages.
enum ReportStrings {
    static func t(_ ms: String, _ en: String) -> LocalizedText { LocalizedText(ms: ms, en: en) }

    // MARK: Warnings

    static let symlinkSkipped = t("pautan simbolik dilangkau (tidak diikut)", "symbolic link skipped (not followed)")
    static let directorySkipped = t("direktori dilangkau (bukan fail biasa)", "directory skipped (not a regular file)")
    static let specialFileSkipped = t("bukan fail biasa (paip, soket atau peranti); dilangkau",
                                      "not a regular file (pipe, socket or device); skipped")
    static let invalidFileName = t("nama fail bukan UTF-8 yang sah; dilangkau", "file name is not valid UTF-8; skipped")

    static func unreadable(_ reason: String) -> LocalizedText {
        t("tidak dapat dibaca (\(reason)); dilangkau", "cannot be read (\(reason)); skipped")
    }

    static func learnerMismatch(found: String, file: String, count: Int) -> LocalizedText {
        t("peristiwa untuk pelajar '\(found)' dalam fail '\(file)' (\(count) peristiwa); dikira sebagai '\(file)'",
          "event for learner '\(found)' in the file of '\(file)' (\(count) event\(count == 1 ? "" : "s")); counted as '\(file)'")
    }

    static func futureEvents(count: Int) -> LocalizedText {
        t("\(count) peristiwa bertarikh pada masa depan; 'aktif terakhir' dihadkan kepada sekarang",
          "\(count) event\(count == 1 ? "" : "s") dated in the future; 'last active' capped at now")
    }

    static func repairedLine(_ reason: String) -> LocalizedText {
        t("nota: baris tidak lengkap (tulisan terganggu) dilangkau; sesi berikutnya menyambung seperti biasa (\(reason))",
          "note: an incomplete line (an interrupted write) was skipped; the next session carried on normally (\(reason))")
    }

    static func tooManySkills(ignored: Int) -> LocalizedText {
        t("\(ignored) kemahiran lain yang tiada dalam katalog diabaikan",
          "\(ignored) more skills not in the catalogue ignored")
    }

    static func rosterCells(_ count: Int) -> LocalizedText {
        t("baris senarai nama mempunyai \(count) sel, perlu pelajar,pasukan[,pengurus]; dilangkau",
          "roster row has \(count) cell\(count == 1 ? "" : "s"), expected learner,team[,manager]; skipped")
    }

    static let rosterBadLearner = t("nama pelajar kosong atau mengandungi '/'; baris dilangkau",
                                    "learner name is empty or contains '/'; row skipped")

    static func rosterNoTeam(_ learner: String) -> LocalizedText {
        t("tiada pasukan untuk '\(learner)'; baris dilangkau", "no team for '\(learner)'; row skipped")
    }

    static func rosterDuplicate(_ learner: String, firstLine: Int) -> LocalizedText {
        t("'\(learner)' sudah ada pada baris \(firstLine); baris ini dilangkau",
          "'\(learner)' already on line \(firstLine); this row skipped")
    }

    static func rosterTooLarge(_ megabytes: Int) -> LocalizedText {
        t("senarai nama melebihi \(megabytes) MiB; selebihnya diabaikan", "roster larger than \(megabytes) MiB; the rest ignored")
    }

    // MARK: Teams

    static func teamHeading(_ team: String, manager: String?, count: Int) -> LocalizedText {
        t("Pasukan \(team)" + (manager.map { " · pengurus \($0)" } ?? "") + " · \(count) pelajar",
          "Team \(team)" + (manager.map { " · manager \($0)" } ?? "") + " · \(count) learner\(count == 1 ? "" : "s")")
    }

    static func unassignedHeading(count: Int) -> LocalizedText {
        t("Tanpa pasukan (tiada dalam senarai nama) · \(count) pelajar",
          "Unassigned (not in the roster) · \(count) learner\(count == 1 ? "" : "s")")
    }

    // MARK: Charts

    static let chartTeamMastery = t("Penguasaan pasukan bagi setiap kemahiran (bilangan pelajar pada setiap tahap)",
                                    "Team mastery per skill (learners at each level)")
    static let chartTeamAnswers = t("Jawapan pasukan sehari, 8 minggu terakhir", "Team answers per day, last 8 weeks")
    static let chartLearnerAnswers = t("Jawapan sehari, 8 minggu terakhir", "Answers per day, last 8 weeks")
    static let chartMasteryOverTime = t("Penguasaan dari semasa ke semasa: P(tahu) pada akhir setiap minggu, 8 minggu terakhir",
                                        "Mastery over time: P(known) at the end of each week, last 8 weeks")
    static let chartNoSkillEvidence = t("Belum ada bukti bagi sebarang kemahiran.", "No evidence on any skill yet.")
    static let learnersTitle = t("Pelajar", "Learners")

    // MARK: Item statistics

    static let itemsTitle = t("Statistik soalan", "Question statistics")
    static let noItems = t("Tiada jawapan kepada soalan dialog dalam tempoh ini.", "No answers to dialogue questions in this period.")
    static let columnQuestion = t("Soalan", "Question")
    static let columnLearners = t("Pelajar", "Learners")
    static let columnFacility = t("Kemudahan", "Facility")
    static let columnDiscrimination = t("Diskriminasi", "Discrimination")
    static let columnChoices = t("Pilihan diambil", "Choices taken")
    static let columnMeanTime = t("Purata masa", "Mean time")
    static let columnHints = t("Bayangan", "Hints")
    static let columnFlags = t("Tanda", "Flags")
    static let itemsNote = t(
        "Kemudahan: bahagian pelajar yang betul pada cubaan pertama. Diskriminasi: korelasi item–baki (Pearson) antara cubaan pertama dengan markah pelajar pada soalan lain dialog yang sama; — bagi kurang daripada 3 pelajar. Pilihan: bahagian cubaan bagi setiap id pilihan. Tanda daripada 5 pelajar: terlalu mudah (> 90%), terlalu sukar (< 30%), pengganggu tidak dipilih, diskriminasi negatif.",
        "Facility: share of learners right at their first attempt. Discrimination: item–rest correlation (Pearson) of the first attempt with the learner's score on the dialogue's other questions; — under 3 learners. Choices: share of attempts per choice id. Flags from 5 learners: too easy (> 90%), too hard (< 30%), distractor never taken, negative discrimination.")

    // MARK: Headings

    static let teamTitle = t("Kemajuan pasukan", "Team progress")
    static let learnerTitle = t("Kemajuan pelajar", "Learner progress")
    static let learners = t("pelajar", "learners")
    static let generated = t("Dijana", "Generated")
    static let activitySince = t("Aktiviti sejak", "Activity since")
    static let noLearners = t("Tiada fail kemajuan (*.jsonl) dalam direktori ini.",
                              "No progress files (*.jsonl) in this directory.")
    static let heatmapTitle = t("Peta haba penguasaan (P(tahu) setiap kemahiran)", "Mastery heatmap (P(known) per skill)")
    static let heatmapLegendDigits = t(
        "Petunjuk: . tiada bukti, 0–9 = P(tahu) dalam persepuluh, M = dikuasai (≥ 95%, 3+ item, diingat pada hari lain)",
        "Legend: . no evidence, 0–9 = P(known) in tenths, M = mastered (≥ 95%, 3+ items, retained on a later day)")
    static let heatmapLegendColour = t("Petunjuk: · tiada bukti, rendah → tinggi:", "Legend: · no evidence, low → high:")
    static let skillsKey = t("Kemahiran", "Skills")
    static let warningsTitle = t("Amaran", "Warnings")

    static let columnLearner = t("Pelajar", "Learner")
    static let columnMastered = t("Dikuasai", "Mastered")
    static let columnWeakest = t("Kemahiran terlemah", "Weakest skill")
    static let columnAccuracy = t("Ketepatan", "Accuracy")
    static let columnAnswers = t("Jawapan", "Answers")
    static let columnTime = t("Masa", "Time")
    static let columnLastActive = t("Aktif terakhir", "Last active")
    static let columnStreak = t("Berturut", "Streak")
    static let columnDue = t("Perlu/tertunggak", "Due/overdue")
    static let columnRoleplays = t("Lakonan lulus (terbaik)", "Role-plays passed (best)")
    static let columnQuizzes = t("Kuiz lulus", "Quizzes passed")
    static let columnPassed = t("Lulus", "Passed")
    static let columnAttention = t("Perhatian", "Attention")
    static let masteredLegend = t("dikuasai (≥ 95%, 3+ item, diingat pada hari lain)",
                                  "mastered (≥ 95%, 3+ items, retained on a later day)")

    static let columnFirstWeek = t("Minggu pertama", "First week")
    static let columnLatest = t("Terkini", "Latest")
    static let columnLevel = t("Tahap", "Level")
    static let masteryTrend = t("Penguasaan (minggu pertama → terkini)", "Mastery (first week → latest)")
    static let dialoguesTitle = t("Dialog", "Dialogues")
    static let columnDialogue = t("Dialog", "Dialogue")
    static let columnFirst = t("Pertama", "First")
    static let columnBest = t("Terbaik", "Best")
    static let columnAttempts = t("Cubaan", "Attempts")
    static let leechesTitle = t("Item sukar (gagal 4 kali atau lebih)", "Leeches (failed 4 times or more)")
    static let none = t("Tiada.", "None.")
    static let activityTitle = t("Aktiviti 8 minggu terakhir (jawapan sehari)", "Activity, last 8 weeks (answers per day)")
    static let summaryTitle = t("Ringkasan", "Summary")
    static let skillSummaryTitle = t("Kemahiran seluruh pasukan (pelajar pada setiap tahap)", "Skills across the team (learners at each level)")
    static let columnSkill = t("Kemahiran", "Skill")
    static let columnMeanPKnown = t("Purata P(tahu)", "Mean P(known)")
    static let skillSummaryNote = t(
        "Purata P(tahu) dalam kalangan pelajar yang ada bukti; jawapan dan ketepatan: jawapan yang menjadi bukti kemahiran itu dalam tempoh laporan.",
        "Mean P(known) over the learners with evidence; answers and accuracy: answers that bore on the skill in the report's period.")

    static func columnsLeftOut(_ headers: [String], width: Int) -> LocalizedText {
        let list = headers.joined(separator: ", ")
        return t("Lajur ditinggalkan supaya muat \(width) aksara: \(list) (--width N atau --format csv untuk semua).",
                 "Columns left out to fit \(width) characters: \(list) (--width N or --format csv for all).")
    }

    static func failures(_ count: Int) -> LocalizedText {
        t("\(count) kali gagal", "\(count) failure\(count == 1 ? "" : "s")")
    }

    static func moreWarnings(_ count: Int) -> LocalizedText {
        t("… dan \(count) amaran lagi", "… and \(count) more warning\(count == 1 ? "" : "s")")
    }
}
