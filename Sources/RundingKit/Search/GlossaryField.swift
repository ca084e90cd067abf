/// A part of a glossary entry that a search looks in, from the most telling to the least.
public enum GlossaryField: Int, Sendable, CaseIterable, Comparable {
    case term
    case alias
    case definition
    case points

    public static func < (lhs: GlossaryField, rhs: GlossaryField) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
