#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The progress logs on disk: one append-only JSON Lines file per learner, `<dir>/<learner>.jsonl`.
///
/// Each event is appended with one `write(2)` on an `O_APPEND` descriptor while holding an
/// exclusive `flock`, then `fsync`ed, so concurrent sessions never interleave lines. A file
/// left without a final newline by a crash gets one before the next event. Files are never
/// truncated or rewritten, and a symbolic link in place of a log is refused.
public struct ProgressStore: ProgressRecorder {
    /// Mode of a new log file: owner reads and writes, group reads.
    public static let fileMode: mode_t = 0o640
    public static let fileExtension = "jsonl"

    public let directory: String
    /// How to wait when another process holds a log's lock: by default 30 s at most, deaf to nothing.
    public var lockWait: LockWait

    public init(directory: String, lockWait: LockWait = LockWait()) {
        self.directory = directory
        self.lockWait = lockWait
    }

    public init(directory: ProgressDirectory, lockWait: LockWait = LockWait()) {
        self.directory = directory.path
        self.lockWait = lockWait
    }

    /// Waits, as `lockWait` says, until no other process holds the lock on `learner`'s log; at
    /// once when there is no log. The lock is let go again before returning.
    public func waitUntilUnlocked(_ learner: LearnerName) throws(ProgressFileError) {
        let path = logPath(for: learner)
        let descriptor = retryingInterrupts { open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK) }
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        if let reason = lockWait.acquire(descriptor) {
            throw ProgressFileError(path: path, operation: .write, reason: reason)
        }
        _ = flock(descriptor, LOCK_UN)
    }

    /// The log file of `learner`.
    public func logPath(for learner: LearnerName) -> String {
        ProgressDirectory.join(directory, "\(learner.rawValue).\(Self.fileExtension)")
    }

    /// Appends `event` to the log of the learner it names.
    public func record(_ event: ProgressEvent) throws {
        try append(event, for: LearnerName(event.learner))
    }

    /// Appends `event` as one line to the log of `learner`, durably, before returning.
    public func append(_ event: ProgressEvent, for learner: LearnerName) throws(ProgressFileError) {
        let path = logPath(for: learner)
        func failure(_ code: Int32) -> ProgressFileError {
            ProgressFileError(path: path, operation: .write, reason: .init(errno: code))
        }
        let flags = O_WRONLY | O_APPEND | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK
        // A new log gets exactly 0640 whatever the umask, so a manager's group can read it.
        var descriptor = retryingInterrupts { open(path, flags | O_CREAT | O_EXCL, Self.fileMode) }
        if descriptor >= 0 {
            _ = fchmod(descriptor, Self.fileMode)
        } else if errno == EEXIST {
            descriptor = retryingInterrupts { open(path, flags) }
        }
        guard descriptor >= 0 else { throw failure(errno) }
        defer { close(descriptor) }

        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw failure(errno) }
        guard status.st_mode & S_IFMT == S_IFREG else {
            throw ProgressFileError(path: path, operation: .write, reason: .notARegularFile)
        }
        if let reason = Self.unsafeOwnership(status) {
            throw ProgressFileError(path: path, operation: .write, reason: reason)
        }
        if let reason = lockWait.acquire(descriptor) {
            throw ProgressFileError(path: path, operation: .write, reason: reason)
        }

        // Size and last byte are read under the lock: another writer may have appended.
        guard fstat(descriptor, &status) == 0 else { throw failure(errno) }
        let wasEmpty = status.st_size == 0
        var bytes = event.jsonLineBytes(withNewline: true)
        if !wasEmpty && !endsWithNewline(path: path, size: Int64(status.st_size), file: status) {
            bytes.insert(0x0A, at: 0)
        }
        if let code = DescriptorWriter.writeAll(bytes, to: descriptor) { throw failure(code) }
        guard retryingInterrupts({ fsync(descriptor) }) == 0 else { throw failure(errno) }
        if wasEmpty { syncDirectory() }
    }

    /// Why a log must not be written to, if it must not: another user's file (planted in a shared
    /// folder to read or cut a learner's answers), a hard link to another file, or a file that
    /// group or others may write.
    public static func unsafeOwnership(_ status: stat) -> ProgressFileError.Reason? {
        if status.st_uid != geteuid() { return .ownedByAnotherUser(uid: UInt32(status.st_uid)) }
        if status.st_nlink != 1 { return .hardLinked(count: Int(status.st_nlink)) }
        if status.st_mode & 0o022 != 0 { return .writableByOthers(mode: UInt32(status.st_mode & 0o7777)) }
        return nil
    }

    /// The learners that have a log here, in name order; files with other names are left out.
    public func learners() throws(ProgressFileError) -> [LearnerName] {
        guard let stream = opendir(directory) else {
            throw ProgressFileError(path: directory, operation: .read, reason: .init(errno: errno))
        }
        defer { closedir(stream) }
        var names: [LearnerName] = []
        let suffix = "." + Self.fileExtension
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard name.hasSuffix(suffix),
                  let learner = try? LearnerName(String(name.dropLast(suffix.count))) else { continue }
            names.append(learner)
        }
        return names.sorted()
    }

    /// Whether the file ends with `\n`, read through a second descriptor on the same file.
    ///
    /// When it cannot be read (a write-only file), a newline is assumed missing: the blank line
    /// this may add is skipped by readers, a torn line glued to a new event would not be.
    private func endsWithNewline(path: String, size: Int64, file: stat) -> Bool {
        let reader = retryingInterrupts { open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK) }
        guard reader >= 0 else { return false }
        defer { close(reader) }
        var status = stat()
        guard fstat(reader, &status) == 0, status.st_dev == file.st_dev, status.st_ino == file.st_ino else {
            return false
        }
        var last: UInt8 = 0
        let count = retryingInterrupts { pread(reader, &last, 1, off_t(size - 1)) }
        return count == 1 && last == 0x0A
    }

    /// Makes a newly created file's directory entry durable too (best effort).
    private func syncDirectory() {
        let descriptor = open(directory, O_RDONLY | O_CLOEXEC | O_DIRECTORY)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        close(descriptor)
    }

    private func retryingInterrupts<Result: BinaryInteger>(_ call: () -> Result) -> Result {
        while true {
            let result = call()
            if result < 0 && errno == EINTR { continue }
            return result
        }
    }
}
