import Foundation

/// Chooses what `/review` asks: due glossary items, most overdue first, then new items from the
/// learner's weakest skill.
public struct ReviewQueue: Sendable {
    /// How many questions one `/review` asks at most.
    public static let sessionLength = 10

    public static func items(progress: LearnerProgress, pack: ContentPack, limit: Int = sessionLength) -> [GlossaryEntry] {
        var chosen: [GlossaryEntry] = []
        var seen: Set<String> = []
        let dueSorted = progress.dueItems.sorted {
            (progress.items[$0]?.due ?? .distantPast, $0) < (progress.items[$1]?.due ?? .distantPast, $1)
        }
        for item in dueSorted where item.hasPrefix("glossary:") {
            guard let entry = pack.entry(String(item.dropFirst("glossary:".count))), seen.insert(entry.id).inserted
            else { continue }
            chosen.append(entry)
            if chosen.count == limit { return chosen }
        }
        // New items: never reviewed, from the weakest skill first (unobserved skills sit at L0).
        let weakestFirst = pack.skills.map { skill -> (String, Double) in
            (skill.id, progress.skills[skill.id]?.knowledge.pKnown ?? skill.parameters.l0)
        }.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.map(\.0)
        for skill in weakestFirst {
            for entry in pack.entries where entry.skills.contains(skill) && progress.items[entry.itemID] == nil {
                guard seen.insert(entry.id).inserted else { continue }
                chosen.append(entry)
                if chosen.count == limit { return chosen }
            }
            if !chosen.isEmpty && chosen.count >= min(limit, 5) { break }
        }
        return chosen
    }

    /// The FSRS grade of an answer: wrong 1, right after a hint or only through typo tolerance 2,
    /// right 3, right and fast 4.
    public static func rating(correct: Bool, viaTypo: Bool, hintUsed: Bool, milliseconds: Int,
                              fastWithin: Int) -> ReviewRating {
        if !correct { return .again }
        if viaTypo || hintUsed { return .hard }
        return milliseconds <= fastWithin ? .easy : .good
    }
}
