import Foundation

/// Writes one JSON object on one line, with keys in the order they are added.
///
/// Strings are escaped so the result never holds a raw line break or control character.
struct JSONObjectWriter {
    private(set) var bytes: [UInt8] = [UInt8(ascii: "{")]
    private var isEmpty = true

    init(capacity: Int = 256) {
        bytes.reserveCapacity(capacity)
    }

    /// The finished object as text.
    var text: String {
        var finished = self
        finished.finish()
        return String(decoding: finished.bytes, as: UTF8.self)
    }

    /// Closes the object; call once, before using `bytes`.
    mutating func finish() {
        bytes.append(UInt8(ascii: "}"))
    }

    mutating func add(_ key: String, _ value: String) {
        writeKey(key)
        Self.appendString(value, to: &bytes)
    }

    mutating func add(_ key: String, _ value: Int) {
        writeKey(key)
        bytes.append(contentsOf: String(value).utf8)
    }

    mutating func add(_ key: String, _ value: Bool) {
        writeKey(key)
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    /// A number in the shortest form that reads back to the same `Double`; null when not finite.
    mutating func add(_ key: String, _ value: Double) {
        writeKey(key)
        bytes.append(contentsOf: (value.isFinite ? "\(value)" : "null").utf8)
    }

    /// A UUID as a lower-case string, `3f2a1c9e-7b4d-4e8a-9c1f-0d2e3b4a5c6d`.
    mutating func add(_ key: String, _ value: UUID) {
        writeKey(key)
        bytes.append(UInt8(ascii: "\""))
        withUnsafeBytes(of: value.uuid) { raw in
            for (index, byte) in raw.enumerated() {
                if index == 4 || index == 6 || index == 8 || index == 10 { bytes.append(UInt8(ascii: "-")) }
                bytes.append(Self.hexDigits[Int(byte >> 4)])
                bytes.append(Self.hexDigits[Int(byte & 0xF)])
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    mutating func addNull(_ key: String) {
        writeKey(key)
        bytes.append(contentsOf: "null".utf8)
    }

    /// A nested object, written by `body` into its own writer.
    mutating func add(_ key: String, object body: (inout JSONObjectWriter) -> Void) {
        writeKey(key)
        var nested = JSONObjectWriter(capacity: 64)
        body(&nested)
        nested.finish()
        bytes.append(contentsOf: nested.bytes)
    }

    private mutating func writeKey(_ key: String) {
        if !isEmpty { bytes.append(UInt8(ascii: ",")) }
        isEmpty = false
        Self.appendString(key, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    static func appendString(_ string: String, to bytes: inout [UInt8]) {
        JSONString.append(string, to: &bytes)
    }
}
