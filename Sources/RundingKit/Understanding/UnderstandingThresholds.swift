/// When a best-scoring choice is taken, confirmed or not trusted at all.
///
/// Calibrated on the shipped pack's own examples, each scored by a model built without it
/// (`runding check --understanding`), never on the development set that measures the result.
public struct UnderstandingThresholds: Sendable, Equatable {
    /// A best score at least this high, this far ahead of the next, is taken.
    public var take: Double
    /// How far ahead of the second the best must be to be taken.
    public var margin: Double
    /// A best score at least this high (but not taken) is confirmed; lower asks again.
    public var confirm: Double

    public init(take: Double, margin: Double, confirm: Double) {
        self.take = take
        self.margin = margin
        self.confirm = confirm
    }

    public static let standard = UnderstandingThresholds(take: 0.45, margin: 0.12, confirm: 0.2)
}
