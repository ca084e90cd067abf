#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file so that readers see either the old file or the complete new one, never a part.
///
/// The text goes to a hidden temporary file in the same folder, which `commit()` syncs and
/// renames over `path`. Dropped without `commit()`, the temporary file is removed.
public final class AtomicFileWriter {
    public let path: String
    private let temporaryPath: String
    private var descriptor: Int32
    private var buffer: [UInt8] = []
    private var isFinished = false
    /// The permission bits of the file being replaced, kept as a shell redirection keeps them.
    private let existingMode: mode_t?
    private static let bufferLimit = 256 * 1024

    /// The mode of the regular file at `path`, nil when there is none; a folder, a symbolic link,
    /// a device, a pipe or a socket is refused (`--output /dev/null` run as root would otherwise
    /// replace the system's /dev/null with a regular file).
    private static func existingMode(of path: String) throws(ProgressFileError) -> mode_t? {
        var status = stat()
        guard lstat(path, &status) == 0 else {
            if errno == ENOENT { return nil }
            throw ProgressFileError(path: path, operation: .write, reason: .init(errno: errno))
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return status.st_mode & 0o7777
        case S_IFDIR: throw ProgressFileError(path: path, operation: .write, reason: .isADirectory)
        case S_IFLNK: throw ProgressFileError(path: path, operation: .write, reason: .isASymbolicLink)
        default: throw ProgressFileError(path: path, operation: .write, reason: .notARegularFile)
        }
    }

    /// Creates the temporary file next to `path`; throws when that folder cannot be written.
    public init(path: String) throws(ProgressFileError) {
        self.path = path
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        existingMode = try Self.existingMode(of: path)
        guard !name.isEmpty else {
            throw ProgressFileError(path: path, operation: .write, reason: .isADirectory)
        }
        var template = Array(((folder.isEmpty ? "/" : folder) + "/." + name + ".XXXXXX").utf8CString)
        let created = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return -1 }
            return mkstemp(base)
        }
        guard created >= 0 else {
            throw ProgressFileError(path: path, operation: .write, reason: .init(errno: errno))
        }
        descriptor = created
        temporaryPath = template.withUnsafeBufferPointer { buffer in
            String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
        _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
    }

    deinit {
        if !isFinished { discard() }
    }

    /// Appends `text`; written out in large blocks.
    public func write(_ text: String) throws(ProgressFileError) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.bufferLimit { try flush() }
    }

    /// Writes what is left, makes it durable and puts the file in place of `path`.
    ///
    /// The file gets the mode a shell redirection would give it: the replaced file's mode, else
    /// 0666 less the umask. What is at `path` is checked again just before the rename.
    public func commit() throws(ProgressFileError) {
        guard !isFinished else { return }
        do throws(ProgressFileError) {
            try flush()
            let mask = umask(0o022)
            umask(mask)
            let mode = try Self.existingMode(of: path) ?? existingMode ?? (0o666 & ~mask)
            guard fchmod(descriptor, mode) == 0, fsync(descriptor) == 0 else { throw failure(errno) }
            guard rename(temporaryPath, path) == 0 else { throw failure(errno) }
        } catch {
            discard()
            throw error
        }
        close(descriptor)
        isFinished = true
    }

    /// Removes the temporary file; `path` is left as it was.
    public func discard() {
        guard !isFinished else { return }
        close(descriptor)
        unlink(temporaryPath)
        isFinished = true
    }

    private func flush() throws(ProgressFileError) {
        if let code = DescriptorWriter.writeAll(buffer, to: descriptor) { throw failure(code) }
        buffer.removeAll(keepingCapacity: true)
    }

    private func failure(_ code: Int32) -> ProgressFileError {
        ProgressFileError(path: path, operation: .write, reason: .init(errno: code))
    }
}
