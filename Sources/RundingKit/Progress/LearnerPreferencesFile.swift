#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A learner's preferences on disk, beside their log: `<dir>/<learner>.prefs.json`.
///
/// Read as untrusted (at most `maximumBytes`, a symbolic link or a non-regular file is ignored),
/// written whole to a temporary file (mode 0600) that is renamed over the old one, so a crash
/// leaves the old preferences or the new ones, never half of either. Reports read only
/// `*.jsonl`, so this file is never taken for a log.
public struct LearnerPreferencesFile: Sendable {
    public static let fileExtension = "prefs.json"
    public static let fileMode: mode_t = 0o600
    /// Larger files are not read: the real one is a few bytes.
    public static let maximumBytes = 4096

    public let path: String

    public init(directory: String, learner: LearnerName) {
        path = ProgressDirectory.join(directory, "\(learner.rawValue).\(Self.fileExtension)")
    }

    /// The saved preferences; empty when there is no file or it cannot be read.
    public func load() -> LearnerPreferences {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard descriptor >= 0 else { return LearnerPreferences() }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
              status.st_size <= Self.maximumBytes else { return LearnerPreferences() }
        var bytes = [UInt8](repeating: 0, count: Self.maximumBytes + 1)
        var count = 0
        while count < bytes.count {
            let got = bytes.withUnsafeMutableBytes { raw in
                read(descriptor, raw.baseAddress! + count, raw.count - count)
            }
            if got < 0 && errno == EINTR { continue }
            guard got > 0 else { break }
            count += got
        }
        guard count <= Self.maximumBytes else { return LearnerPreferences() }
        return LearnerPreferences(jsonBytes: Array(bytes.prefix(count)))
    }

    /// Replaces the saved preferences with `preferences`.
    public func save(_ preferences: LearnerPreferences) throws(ProgressFileError) {
        let temporary = path + ".tmp-\(getpid())"
        func failure(_ code: Int32, _ at: String) -> ProgressFileError {
            ProgressFileError(path: at, operation: .write, reason: .init(errno: code))
        }
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, Self.fileMode)
        guard descriptor >= 0 else { throw failure(errno, temporary) }
        _ = fchmod(descriptor, Self.fileMode)
        let bytes = Array((preferences.jsonText + "\n").utf8)
        var problem = DescriptorWriter.writeAll(bytes, to: descriptor)
        if problem == nil && fsync(descriptor) != 0 { problem = errno }
        close(descriptor)
        if let code = problem {
            unlink(temporary)
            throw failure(code, temporary)
        }
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw failure(code, path)
        }
    }
}
