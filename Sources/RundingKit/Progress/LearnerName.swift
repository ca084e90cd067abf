/// A learner's name as used for their progress file: `[a-z0-9._-]`, 1 to 64 characters, no leading dot.
public struct LearnerName: Sendable, Hashable, Comparable, CustomStringConvertible {
    public static let maximumLength = 64

    public let rawValue: String

    /// Checks `name`; throws what is wrong with it.
    public init(_ name: String) throws(InvalidLearnerName) {
        guard !name.isEmpty else { throw InvalidLearnerName(name: name, problem: .empty) }
        for character in name where !Self.isAllowed(character) {
            throw InvalidLearnerName(name: name, problem: .invalidCharacter(character))
        }
        guard name.utf8.count <= Self.maximumLength else {
            throw InvalidLearnerName(name: name, problem: .tooLong(count: name.utf8.count))
        }
        guard !name.hasPrefix(".") else { throw InvalidLearnerName(name: name, problem: .startsWithDot) }
        rawValue = name
    }

    /// Checks `name` after folding ASCII capitals to lower case (`Aina` → `aina`); `folded` says
    /// whether that changed anything, so that the caller can say so once.
    public static func folding(_ name: String) throws(InvalidLearnerName) -> (name: LearnerName, folded: Bool) {
        let lowered = String(name.map { $0.isASCII && $0.isUppercase ? Character($0.lowercased()) : $0 })
        return (try LearnerName(lowered), lowered != name)
    }

    public var description: String { rawValue }

    public static func < (lhs: LearnerName, rhs: LearnerName) -> Bool { lhs.rawValue < rhs.rawValue }

    private static func isAllowed(_ character: Character) -> Bool {
        guard character.isASCII, let byte = character.asciiValue else { return false }
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "-"):
            return true
        default:
            return false
        }
    }
}
