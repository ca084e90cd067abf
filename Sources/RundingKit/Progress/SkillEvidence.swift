/// What one answer shows about one skill: known (true) or not yet (false).
public struct SkillEvidence: Sendable, Hashable {
    public var skill: String
    public var shown: Bool

    public init(skill: String, shown: Bool) {
        self.skill = skill
        self.shown = shown
    }
}
