/// One question's statistics over a team, in the spirit of Moodle's quiz statistics.
///
/// - facility: the share of learners right at their first attempt;
/// - discrimination: the corrected item–rest correlation (Pearson, point-biserial) between the
///   first attempt (1 right, 0 wrong) and the learner's share right at first attempt on the
///   dialogue's other questions, over learners who answered both; nil under 3 such learners or
///   when either side does not vary;
/// - choice shares over all attempts, by stable choice id; mean response time; hint share.
public struct ItemStatistics: Sendable, Equatable {
    /// Flags from `minimumLearnersForFlags` learners on.
    public enum Flag: String, Sendable, CaseIterable {
        case tooEasy = "too_easy"
        case tooHard = "too_hard"
        case unusedDistractor = "unused_distractor"
        case negativeDiscrimination = "negative_discrimination"

        public var label: LocalizedText {
            switch self {
            case .tooEasy: return LocalizedText(ms: "terlalu mudah", en: "too easy")
            case .tooHard: return LocalizedText(ms: "terlalu sukar", en: "too hard")
            case .unusedDistractor: return LocalizedText(ms: "pengganggu tidak dipilih", en: "distractor never taken")
            case .negativeDiscrimination: return LocalizedText(ms: "diskriminasi negatif", en: "negative discrimination")
            }
        }
    }

    public static let minimumLearnersForFlags = 5
    public static let tooEasyAbove = 0.9
    public static let tooHardBelow = 0.3

    /// `<dialogue>/<node>`.
    public var item: String
    public var dialogue: String
    public var learners: Int
    public var attempts: Int
    public var facility: Double
    public var discrimination: Double?
    /// Each choice id with the attempts that took it, authored choices first (never taken: 0).
    public var choices: [(id: String, count: Int)]
    public var meanMilliseconds: Double
    public var hintShare: Double
    public var flags: [Flag]

    public static func == (left: ItemStatistics, right: ItemStatistics) -> Bool {
        left.item == right.item && left.learners == right.learners && left.attempts == right.attempts
            && left.facility == right.facility && left.discrimination == right.discrimination
            && left.choices.map(\.id) == right.choices.map(\.id) && left.choices.map(\.count) == right.choices.map(\.count)
            && left.meanMilliseconds == right.meanMilliseconds && left.hintShare == right.hintShare && left.flags == right.flags
    }

    /// The share of attempts that took `count`.
    public func share(_ count: Int) -> Double { attempts > 0 ? Double(count) / Double(attempts) : 0 }

    /// Every question of the content answered in `report`, in content order.
    public static func compute(_ report: TeamReport) -> [ItemStatistics] {
        let configuration = report.configuration
        return configuration.questionOrder.compactMap { item in
            let records = report.learners.compactMap { $0.items[item] }
            guard !records.isEmpty, let slash = item.firstIndex(of: "/") else { return nil }
            let dialogue = String(item[..<slash])
            let attempts = records.reduce(0) { $0 + $1.attempts }
            let facility = Double(records.filter(\.firstCorrect).count) / Double(records.count)
            var pairs: [(Double, Double)] = []
            for learner in report.learners {
                guard let record = learner.items[item] else { continue }
                let rest = learner.items.filter { $0.key != item && $0.key.hasPrefix(dialogue + "/") }.values
                guard !rest.isEmpty else { continue }
                pairs.append((record.firstCorrect ? 1 : 0, Double(rest.filter(\.firstCorrect).count) / Double(rest.count)))
            }
            var counts: [String: Int] = [:]
            for record in records { counts.merge(record.choices, uniquingKeysWith: +) }
            let authored = configuration.questionChoices[item] ?? []
            var choices = authored.map { (id: $0.id, count: counts[$0.id] ?? 0) }
            choices += counts.keys.filter { id in !authored.contains { $0.id == id } }.sorted().map { (id: $0, count: counts[$0] ?? 0) }
            let discrimination = correlation(pairs)
            var flags: [Flag] = []
            if records.count >= minimumLearnersForFlags {
                if facility > tooEasyAbove { flags.append(.tooEasy) }
                if facility < tooHardBelow { flags.append(.tooHard) }
                if authored.contains(where: { $0.isDistractor && (counts[$0.id] ?? 0) == 0 }) { flags.append(.unusedDistractor) }
                if let discrimination, discrimination < 0 { flags.append(.negativeDiscrimination) }
            }
            return ItemStatistics(
                item: item, dialogue: dialogue, learners: records.count, attempts: attempts, facility: facility,
                discrimination: discrimination, choices: choices,
                meanMilliseconds: Double(records.reduce(0) { $0 + $1.milliseconds }) / Double(max(1, attempts)),
                hintShare: Double(records.reduce(0) { $0 + $1.hints }) / Double(max(1, attempts)), flags: flags)
        }
    }

    /// Pearson's r of `pairs`; nil under 3 pairs or when either side is constant.
    static func correlation(_ pairs: [(Double, Double)]) -> Double? {
        guard pairs.count >= 3 else { return nil }
        let n = Double(pairs.count)
        let meanX = pairs.reduce(0) { $0 + $1.0 } / n
        let meanY = pairs.reduce(0) { $0 + $1.1 } / n
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for (x, y) in pairs {
            sxy += (x - meanX) * (y - meanY)
            sxx += (x - meanX) * (x - meanX)
            syy += (y - meanY) * (y - meanY)
        }
        guard sxx > 0, syy > 0 else { return nil }
        return sxy / (sxx * syy).squareRoot()
    }
}

/// What one learner did at one question: enough for item statistics, never the answers' text.
public struct LearnerItemRecord: Sendable, Equatable {
    public var firstCorrect: Bool
    public var attempts: Int
    public var milliseconds: Int
    public var hints: Int
    /// Attempts per choice id (answers logged without a choice are not counted here).
    public var choices: [String: Int]

    public init(firstCorrect: Bool, attempts: Int = 0, milliseconds: Int = 0, hints: Int = 0, choices: [String: Int] = [:]) {
        self.firstCorrect = firstCorrect
        self.attempts = attempts
        self.milliseconds = milliseconds
        self.hints = hints
        self.choices = choices
    }

    /// Adds one attempt.
    mutating func add(_ answer: ProgressEvent.Answer) {
        attempts += 1
        milliseconds += min(answer.milliseconds, 3_600_000)
        if answer.conditions.afterHint { hints += 1 }
        if let choice = answer.choice, choices[choice] != nil || choices.count < 32 { choices[choice, default: 0] += 1 }
    }
}

/// A choice a question offers, as item statistics list it.
public struct QuestionChoice: Sendable, Equatable {
    public var id: String
    /// A wrong answer a learner could pick (not the fallback): "never taken" is worth a flag.
    public var isDistractor: Bool
}
