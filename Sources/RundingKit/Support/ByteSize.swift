import Foundation

/// A number of bytes as people write it: `256MB`, `1.5G`, `512MiB`, `100000`.
public enum ByteSize {
    /// The bytes `text` names: digits with an optional fraction and unit (B; K, M, G, T or KB…TB
    /// in powers of 1,000; KiB…TiB in powers of 1,024; any case, spaces allowed before the unit).
    /// Nil for anything else, for 0 and for more than 2^62.
    public static func parse(_ text: String) -> Int64? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let number = trimmed.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
        let unit = trimmed.dropFirst(number.count).trimmingCharacters(in: .whitespaces).lowercased()
        guard !number.isEmpty, number.filter({ $0 == "." }).count <= 1, number.first != ".", number.last != ".",
              number.count <= 20, let value = Double(number) else { return nil }
        let units: [String: Double] = [
            "": 1, "b": 1,
            "k": 1e3, "kb": 1e3, "m": 1e6, "mb": 1e6, "g": 1e9, "gb": 1e9, "t": 1e12, "tb": 1e12,
            "kib": 1024, "mib": 1_048_576, "gib": 1_073_741_824, "tib": 1_099_511_627_776,
        ]
        guard let scale = units[unit] else { return nil }
        let bytes = (value * scale).rounded()
        guard bytes >= 1, bytes <= Double(Int64(1) << 62) else { return nil }
        return Int64(bytes)
    }

    /// `256 MB`, `1.5 MB`, `300 bytes`: a size in decimal megabytes, one decimal at most.
    public static func text(_ bytes: Int64) -> String {
        if bytes < 1_000_000 { return "\(bytes) bytes" }
        let tenths = (bytes + 50_000) / 100_000
        return tenths % 10 == 0 ? "\(tenths / 10) MB" : "\(tenths / 10).\(tenths % 10) MB"
    }
}
