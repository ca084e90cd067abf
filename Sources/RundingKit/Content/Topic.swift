/// A section of the curriculum that groups glossary entries and quizzes.
public struct Topic: Sendable, Hashable, Identifiable {
    public var id: String
    public var name: LocalizedText
    public var location: SourceLocation

    public init(id: String, name: LocalizedText, location: SourceLocation) {
        self.id = id
        self.name = name
        self.location = location
    }
}
