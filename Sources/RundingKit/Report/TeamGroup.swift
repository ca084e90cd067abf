/// Learners of one team of the roster, or those the roster lacks (`team` nil), in report order.
public struct TeamGroup: Sendable {
    public var team: String?
    public var manager: String?
    public var learners: [LearnerReport]

    /// `Team North · manager Siti · 3 learners`, or the unassigned group's heading.
    public func heading(_ language: Language) -> String {
        guard let team else { return ReportStrings.unassignedHeading(count: learners.count)[language] }
        return ReportStrings.teamHeading(team, manager: manager, count: learners.count)[language]
    }

    /// An HTML id for the group: `team-` and its name's letters and digits.
    public var anchor: String {
        guard let team else { return "team-unassigned" }
        return "team-" + HTMLAnchor.slug(team)
    }
}

extension TeamReport {
    /// The learners by team in roster order, then the unassigned; one group of all without a roster.
    public var groups: [TeamGroup] {
        guard let roster else { return [TeamGroup(team: nil, manager: nil, learners: learners)] }
        var order: [String] = []
        var managers: [String: String] = [:]
        for entry in roster.entries {
            if !order.contains(entry.team) { order.append(entry.team) }
            if managers[entry.team] == nil, let manager = entry.manager { managers[entry.team] = manager }
        }
        var byTeam: [String: [LearnerReport]] = [:]
        var unassigned: [LearnerReport] = []
        for learner in learners {
            if let team = roster.entry(learner.learner)?.team {
                byTeam[team, default: []].append(learner)
            } else {
                unassigned.append(learner)
            }
        }
        var groups = order.compactMap { team in
            byTeam[team].map { TeamGroup(team: team, manager: managers[team], learners: $0) }
        }
        if !unassigned.isEmpty { groups.append(TeamGroup(team: nil, manager: nil, learners: unassigned)) }
        return groups
    }

    /// The roster's team of `learner`, nil without a roster or a row.
    public func team(of learner: LearnerReport) -> Roster.Entry? {
        roster?.entry(learner.learner)
    }

    /// The report with `roster` applied: its learners without a log added (no activity), only
    /// `team`'s learners when given, learners ordered by group, the roster's warnings first.
    public func applying(_ roster: Roster, team: String? = nil, sort: ReportSort) -> TeamReport {
        var copy = self
        copy.roster = roster
        let present = Set(learners.map(\.learner))
        for entry in roster.entries where !present.contains(entry.learner) {
            copy.learners.append(LearnerReport(learner: entry.learner, fileName: entry.learner + ".jsonl"))
        }
        if let team { copy.learners.removeAll { roster.entry($0.learner)?.team != team } }
        copy.learners = Self.sort(copy.learners, by: sort, skills: skills, configuration: configuration)
        copy.learners = copy.groups.flatMap(\.learners)
        copy.warnings = roster.warnings + warnings
        copy.warningCount += roster.warnings.count
        return copy
    }
}

/// Ids for HTML anchors made from names.
enum HTMLAnchor {
    /// Lower-case letters and digits, other runs as one `-`: `Team North 2` → `team-north-2`.
    /// A name with none of them gets its UTF-8 bytes in hex.
    static func slug(_ name: String) -> String {
        var result = ""
        for scalar in name.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else if !result.isEmpty, !result.hasSuffix("-") {
                result += "-"
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        if result.isEmpty { result = name.utf8.map { String($0, radix: 16) }.joined() }
        return result
    }
}
