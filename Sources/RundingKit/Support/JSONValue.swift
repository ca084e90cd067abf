/// A JSON value with ordered object keys, written deterministically on one line.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.serialized() == rhs.serialized()
    }

    /// Compact JSON text.
    public func serialized() -> String {
        var output = ""
        write(to: &output)
        return output
    }

    public func write(to output: inout String) {
        switch self {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .int(let value): output += String(value)
        case .double(let value): output += Self.format(value)
        case .string(let value): Self.writeString(value, to: &output)
        case .array(let values):
            output += "["
            for (index, value) in values.enumerated() {
                if index > 0 { output += "," }
                value.write(to: &output)
            }
            output += "]"
        case .object(let pairs):
            output += "{"
            for (index, (key, value)) in pairs.enumerated() {
                if index > 0 { output += "," }
                Self.writeString(key, to: &output)
                output += ":"
                value.write(to: &output)
            }
            output += "}"
        }
    }

    /// Shortest round-tripping decimal; integers without a fraction; non-finite as null.
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }

    /// A JSON string literal (see `JSONString`).
    static func writeString(_ value: String, to output: inout String) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(value.utf8.count + 2)
        JSONString.append(value, to: &bytes)
        output += String(decoding: bytes, as: UTF8.self)
    }
}

extension JSONValue {
    /// `{"ms": …, "en": …}`.
    public init(_ text: LocalizedText) {
        self = .object([("ms", .string(text.ms)), ("en", .string(text.en))])
    }

    public init(_ list: LocalizedList) {
        self = .object([("ms", .array(list.ms.map(JSONValue.string))), ("en", .array(list.en.map(JSONValue.string)))])
    }

    public init(_ strings: [String]) {
        self = .array(strings.map(JSONValue.string))
    }
}
