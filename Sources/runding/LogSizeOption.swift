import ArgumentParser
import RundingKit

/// `--max-log-size`, shared by `runding report`, `runding export xapi` and `runding progress`.
struct LogSizeOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Read at most this much of each progress log, e.g. 256MB (the default), 1GB or 512MiB; a warning says when a log is longer. / Baca paling banyak sekian bagi setiap log kemajuan, cth. 256MB (lalai), 1GB atau 512MiB; amaran diberi jika log lebih panjang.",
        valueName: "size"))
    var maxLogSize: String?

    func validate() throws {
        if let maxLogSize, ByteSize.parse(maxLogSize) == nil {
            throw ValidationError("--max-log-size: '\(TerminalSafeText.clean(maxLogSize))' — use e.g. 256MB, 1GB or 500000 (bytes) / gunakan cth. 256MB, 1GB atau 500000 (bait)")
        }
    }

    /// The limit in bytes.
    var bytes: Int64 {
        maxLogSize.flatMap(ByteSize.parse) ?? ProgressLogReader.defaultMaximumBytes
    }
}
