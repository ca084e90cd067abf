import Foundation

/// Who is in which team: a CSV of `learner,team[,manager]` a manager keeps (`--roster FILE`).
///
/// A first row whose first cell is `learner` (or `pelajar`) is a header. Blank lines are
/// skipped. A bad row (too few or too many cells, an empty learner or team, a learner named
/// twice) is a warning `file:line` and the others are still read.
public struct Roster: Sendable, Equatable {
    /// One learner's place.
    public struct Entry: Sendable, Equatable {
        public var learner: String
        public var team: String
        public var manager: String?

        public init(learner: String, team: String, manager: String? = nil) {
            self.learner = learner
            self.team = team
            self.manager = manager
        }
    }

    /// The largest roster read, in bytes.
    public static let maximumBytes = 16 << 20

    /// The entries in file order, each learner once.
    public var entries: [Entry]
    /// Rows that could not be used, as `file:line: message`.
    public var warnings: [ReportWarning]
    private var index: [String: Int]

    public init(entries: [Entry], warnings: [ReportWarning] = []) {
        self.entries = entries
        self.warnings = warnings
        index = Dictionary(entries.enumerated().map { ($1.learner, $0) }) { first, _ in first }
    }

    /// The entry of `learner` (as reports show the name), nil when the roster lacks them.
    public func entry(_ learner: String) -> Entry? {
        index[learner].map { entries[$0] }
    }

    /// The roster in `path`; throws only when the file cannot be read at all.
    public static func read(path: String) throws(ProgressFileError) -> Roster {
        var status = stat()
        guard stat(path, &status) == 0 else {
            throw ProgressFileError(path: path, operation: .read, reason: .init(errno: errno))
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            throw ProgressFileError(path: path, operation: .read, reason: .notARegularFile)
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ProgressFileError(path: path, operation: .read, reason: .init(errno: errno))
        }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: maximumBytes + 1)) ?? Data()
        var roster = parse(String(decoding: data.prefix(maximumBytes), as: UTF8.self), path: path)
        if data.count > maximumBytes {
            roster.warnings.append(ReportWarning(path: path, message: ReportStrings.rosterTooLarge(maximumBytes >> 20)))
        }
        return roster
    }

    /// The roster in `text`, with warnings naming `path`.
    public static func parse(_ text: String, path: String) -> Roster {
        var entries: [Entry] = []
        var seen: [String: Int] = [:]
        var warnings: [ReportWarning] = []
        for (number, cells) in CSVRows.parse(text) {
            let fields = cells.map { $0.trimmingCharacters(in: .whitespaces) }
            if fields.allSatisfy(\.isEmpty) { continue }
            if entries.isEmpty, seen.isEmpty, warnings.isEmpty,
               ["learner", "pelajar"].contains(fields[0].lowercased()) { continue }
            func warn(_ message: LocalizedText) { warnings.append(ReportWarning(path: path, line: number, message: message)) }
            guard (2...3).contains(fields.count) else {
                warn(ReportStrings.rosterCells(fields.count))
                continue
            }
            let learner = ReportText.safe(fields[0], limit: LearnerName.maximumLength)
            let team = ReportText.safe(fields[1], limit: 60)
            guard !learner.isEmpty, !learner.contains("/") else {
                warn(ReportStrings.rosterBadLearner)
                continue
            }
            guard !team.isEmpty else {
                warn(ReportStrings.rosterNoTeam(learner))
                continue
            }
            if let first = seen[learner] {
                warn(ReportStrings.rosterDuplicate(learner, firstLine: first))
                continue
            }
            seen[learner] = number
            let manager = fields.count == 3 && !fields[2].isEmpty ? ReportText.safe(fields[2], limit: 60) : nil
            entries.append(Entry(learner: learner, team: team, manager: manager))
        }
        return Roster(entries: entries, warnings: warnings)
    }
}
