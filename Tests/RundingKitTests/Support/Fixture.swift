import Foundation

/// Test data checked in under `Tests/RundingKitTests/Fixtures/`.
enum Fixture {
    struct Missing: Error, CustomStringConvertible {
        var name: String
        var description: String { "fixture '\(name)' not found in the test bundle" }
    }

    /// The contents of `Fixtures/<name>`, e.g. `bkt/vectors.json`.
    static func data(_ name: String) throws -> Data {
        guard let root = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            throw Missing(name: "Fixtures")
        }
        let url = root.appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else { throw Missing(name: name) }
        return try Data(contentsOf: url)
    }

    static func decode<Value: Decodable>(_ type: Value.Type, from name: String) throws -> Value {
        try JSONDecoder().decode(type, from: data(name))
    }
}
