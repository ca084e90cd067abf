/// A place where content names an id defined elsewhere, kept for the linter's cross-checks.
public struct ContentReference: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case skill
        case entry
        case topic
    }

    public var kind: Kind
    public var id: String
    public var location: SourceLocation

    public init(kind: Kind, id: String, location: SourceLocation) {
        self.kind = kind
        self.id = id
        self.location = location
    }
}

/// Collects references while files are parsed.
final class ContentReferenceLog {
    private(set) var references: [ContentReference] = []

    func add(_ kind: ContentReference.Kind, _ id: String, at location: SourceLocation) {
        references.append(ContentReference(kind: kind, id: id, location: location))
    }
}
