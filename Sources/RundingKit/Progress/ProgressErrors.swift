#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A progress file or folder that cannot be read or written, naming the path and the reason.
public struct ProgressFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What was being done when it failed.
    public enum Operation: String, Sendable, Equatable {
        case read = "read"
        case write = "write"
        case createDirectory = "create directory"
    }

    /// Why it failed, in terms a person can act on.
    public enum Reason: Sendable, Equatable, CustomStringConvertible {
        case permissionDenied
        case noSpace
        case quotaExceeded
        case readOnlyFileSystem
        case notFound
        /// A part of the path that should be a folder is a file.
        case notADirectory
        /// The path of a log file is a folder.
        case isADirectory
        /// The log file is a symbolic link, which is never followed.
        case isASymbolicLink
        /// The log file is a device, pipe or socket.
        case notARegularFile
        case tooManyOpenFiles
        case inputOutput
        /// Neither `HOME` nor `XDG_DATA_HOME` says where the default folder is.
        case noHomeDirectory
        /// The log belongs to another user (who could read and truncate what is written).
        case ownedByAnotherUser(uid: UInt32)
        /// The log has other names (hard links): writing would change another file too.
        case hardLinked(count: Int)
        /// Group or others may write the log (mode given).
        case writableByOthers(mode: UInt32)
        /// Another process held the lock on the log for longer than the writer waits.
        case lockedByAnotherProcess(seconds: Int)
        /// A signal or the end of input ended the wait for the lock on the log.
        case lockWaitStopped
        /// Another system error, with its `errno` and text.
        case system(code: Int32, message: String)

        public var description: String {
            switch self {
            case .permissionDenied: return "permission denied"
            case .noSpace: return "no space left on device"
            case .quotaExceeded: return "disk quota exceeded"
            case .readOnlyFileSystem: return "read-only file system"
            case .notFound: return "no such file or directory"
            case .notADirectory: return "a part of the path is not a directory"
            case .isADirectory: return "is a directory"
            case .isASymbolicLink: return "is a symbolic link (not followed)"
            case .notARegularFile: return "not a regular file"
            case .tooManyOpenFiles: return "too many open files"
            case .inputOutput: return "input/output error"
            case .noHomeDirectory: return "HOME is not set; choose a folder with RUNDING_PROGRESS_DIR"
            case let .ownedByAnotherUser(uid):
                return "belongs to another user (uid \(uid)), who could read or cut it; move it away so that a log of your own is made"
            case let .hardLinked(count):
                return "has \(count) hard links (other names for the same file); move it away so that a new log is made"
            case let .writableByOthers(mode):
                return "can be written by other users (mode \(String(mode, radix: 8))); fix it with: chmod go-w FILE"
            case let .lockedByAnotherProcess(seconds):
                return "another process has held the lock on it for \(seconds) s; find it with: fuser -v FILE"
            case .lockWaitStopped: return "stopped waiting for the lock held by another process"
            case let .system(code, message): return "\(message) (errno \(code))"
            }
        }

        /// The reason for a failed system call's `errno`.
        public init(errno code: Int32) {
            switch code {
            case EACCES, EPERM: self = .permissionDenied
            case ENOSPC: self = .noSpace
            case EDQUOT: self = .quotaExceeded
            case EROFS: self = .readOnlyFileSystem
            case ENOENT: self = .notFound
            case ENOTDIR: self = .notADirectory
            case EISDIR: self = .isADirectory
            case ELOOP: self = .isASymbolicLink
            case ENXIO, ENODEV: self = .notARegularFile
            case EMFILE, ENFILE: self = .tooManyOpenFiles
            case EIO: self = .inputOutput
            default:
                let message = strerror(code).map { String(cString: $0) } ?? "unknown error"
                self = .system(code: code, message: message)
            }
        }
    }

    public var path: String
    public var operation: Operation
    public var reason: Reason

    public init(path: String, operation: Operation, reason: Reason) {
        self.path = path
        self.operation = operation
        self.reason = reason
    }

    /// `cannot write '<path>': permission denied`.
    public var description: String {
        "cannot \(operation.rawValue) '\(path)': \(reason)"
    }

    /// The same in both languages, for the chat and the commands.
    public var message: LocalizedText {
        let operationMS: String
        switch operation {
        case .read: operationMS = "membaca"
        case .write: operationMS = "menulis"
        case .createDirectory: operationMS = "mencipta folder"
        }
        return LocalizedText(ms: "tidak dapat \(operationMS) '\(path)': \(reason.malay)", en: description)
    }
}

extension ProgressFileError.Reason {
    /// The reason in Malay.
    public var malay: String {
        switch self {
        case .permissionDenied: return "kebenaran ditolak"
        case .noSpace: return "ruang cakera penuh"
        case .quotaExceeded: return "kuota cakera melebihi had"
        case .readOnlyFileSystem: return "sistem fail baca sahaja"
        case .notFound: return "fail atau folder tidak wujud"
        case .notADirectory: return "sebahagian laluan bukan folder"
        case .isADirectory: return "ia ialah folder"
        case .isASymbolicLink: return "ia ialah pautan simbolik (tidak diikuti)"
        case .notARegularFile: return "bukan fail biasa"
        case .tooManyOpenFiles: return "terlalu banyak fail dibuka"
        case .inputOutput: return "ralat input/output"
        case .noHomeDirectory: return "HOME tidak ditetapkan; pilih folder dengan RUNDING_PROGRESS_DIR"
        case let .ownedByAnotherUser(uid):
            return "milik pengguna lain (uid \(uid)) yang boleh membaca atau memotongnya; alihkan fail itu supaya log milik anda sendiri dibuat"
        case let .hardLinked(count):
            return "ada \(count) pautan keras (nama lain bagi fail yang sama); alihkan fail itu supaya log baharu dibuat"
        case let .writableByOthers(mode):
            return "boleh ditulis oleh pengguna lain (mod \(String(mode, radix: 8))); betulkan dengan: chmod go-w FAIL"
        case let .lockedByAnotherProcess(seconds):
            return "proses lain telah memegang kuncinya selama \(seconds) s; cari proses itu dengan: fuser -v FAIL"
        case .lockWaitStopped: return "berhenti menunggu kunci yang dipegang oleh proses lain"
        case let .system(code, message): return "\(message) (errno \(code))"
        }
    }
}

/// A learner name that cannot name a progress file, and what is wrong with it.
public struct InvalidLearnerName: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Problem: Sendable, Equatable {
        case empty
        case tooLong(count: Int)
        case startsWithDot
        case invalidCharacter(Character)
    }

    public var name: String
    public var problem: Problem

    public init(name: String, problem: Problem) {
        self.name = name
        self.problem = problem
    }

    /// E.g. `invalid learner name "Ali": 'A' is not allowed (use a-z, 0-9, '.', '_', '-')`.
    public var description: String {
        let quoted = name.debugDescription
        switch problem {
        case .empty:
            return "invalid learner name: the name is empty"
        case let .tooLong(count):
            return "invalid learner name \(quoted): \(count) characters (at most \(LearnerName.maximumLength))"
        case .startsWithDot:
            return "invalid learner name \(quoted): must not start with '.'"
        case let .invalidCharacter(character):
            let shown = String(character).debugDescription.dropFirst().dropLast()
            return "invalid learner name \(quoted): '\(shown)' is not allowed (use a-z, 0-9, '.', '_', '-')"
        }
    }
}
