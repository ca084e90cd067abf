/// The order of learners in a team report; ties go by name.
public enum ReportSort: String, Sendable, CaseIterable {
    /// No activity first (never started), then most attention reasons, then the lowest mean mastery.
    case attention
    case name
    /// Lowest mean mastery first.
    case mastery
    /// Fewest answers in the period first.
    case activity
    /// Lowest accuracy first (no answers first of all).
    case accuracy
    /// Longest inactive first (never active first of all).
    case lastActive = "last-active"
    /// Most overdue reviews first.
    case overdue
}
