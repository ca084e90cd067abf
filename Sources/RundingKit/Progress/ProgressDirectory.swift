#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The folder that holds the progress logs, and where that choice came from.
///
/// Chosen in this order: an explicit option, `RUNDING_PROGRESS_DIR`,
/// `$XDG_DATA_HOME/runding/progress`, `~/.local/share/runding/progress`.
public struct ProgressDirectory: Sendable, Hashable {
    /// What decided the folder.
    public enum Source: String, Sendable, Hashable {
        case option
        case environment
        case xdgDataHome
        case home
    }

    public let path: String
    public let source: Source

    public init(path: String, source: Source) {
        self.path = path
        self.source = source
    }

    /// Whether the folder is a default one (not chosen with an option or `RUNDING_PROGRESS_DIR`).
    public var isDefault: Bool { source == .xdgDataHome || source == .home }

    /// The folder for `option` (nil when not given) and `environment`.
    ///
    /// Empty values count as unset; `XDG_DATA_HOME` is ignored unless absolute, as its
    /// specification requires. Throws when the home folder is needed but unknown.
    public static func resolve(option: String?, environment: [String: String])
        throws(ProgressFileError) -> ProgressDirectory {
        if let option, !option.isEmpty {
            return ProgressDirectory(path: option, source: .option)
        }
        if let path = environment["RUNDING_PROGRESS_DIR"], !path.isEmpty {
            return ProgressDirectory(path: path, source: .environment)
        }
        if let dataHome = environment["XDG_DATA_HOME"], dataHome.hasPrefix("/") {
            return ProgressDirectory(path: join(dataHome, "runding/progress"), source: .xdgDataHome)
        }
        if let home = environment["HOME"], !home.isEmpty {
            return ProgressDirectory(path: join(home, ".local/share/runding/progress"), source: .home)
        }
        throw ProgressFileError(path: "~/.local/share/runding/progress", operation: .createDirectory,
                                reason: .noHomeDirectory)
    }

    /// Makes sure the folder exists: a missing folder is created with its missing parents (mode
    /// 0700), whether it is the default or a chosen one, as `mkdir -p` would; an existing folder is
    /// left as it is (a shared team folder keeps its mode).
    public func prepare() throws(ProgressFileError) {
        var status = stat()
        if stat(path, &status) == 0 {
            guard status.st_mode & S_IFMT == S_IFDIR else {
                throw ProgressFileError(path: path, operation: .createDirectory, reason: .notADirectory)
            }
            return
        }
        let code = errno
        guard code == ENOENT else {
            throw ProgressFileError(path: path, operation: .createDirectory, reason: .init(errno: code))
        }
        try Self.createDirectories(path)
    }

    /// Creates `path` and any missing parents with mode 0700.
    static func createDirectories(_ path: String) throws(ProgressFileError) {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/") {
            prefix += prefix.isEmpty || prefix.hasSuffix("/") ? component : "/" + component
            if mkdir(prefix, 0o700) != 0 {
                let code = errno
                var status = stat()
                if code == EEXIST, stat(prefix, &status) == 0, status.st_mode & S_IFMT == S_IFDIR { continue }
                let reason: ProgressFileError.Reason = code == EEXIST ? .notADirectory : .init(errno: code)
                throw ProgressFileError(path: prefix, operation: .createDirectory, reason: reason)
            }
        }
    }

    static func join(_ base: String, _ relative: String) -> String {
        base.hasSuffix("/") ? base + relative : base + "/" + relative
    }
}
