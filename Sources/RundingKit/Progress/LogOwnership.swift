#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What a reader of someone else's log should know about who could have written it.
///
/// The chat refuses to write to such a log (`ProgressStore.unsafeOwnership`); a manager's report
/// still reads it, with these warnings: a log owned by another user than the learner it is named
/// after (when that learner is a user here), a log with more than one link, a log group or
/// others may write.
public enum LogOwnership {
    /// The warnings for a log with `status`, named after `learner`; empty when nothing is amiss.
    /// `users` is asked who owns it; one `UserDirectory` serves a whole folder.
    public static func warnings(_ status: stat, learner: String, users: UserDirectory = UserDirectory()) -> [LocalizedText] {
        var warnings: [LocalizedText] = []
        let ownerName = users.name(of: status.st_uid)
        if ownerName != learner, let expected = users.id(of: learner), status.st_uid != expected {
            let owner = ownerName.map { "\($0), uid \(status.st_uid)" } ?? "uid \(status.st_uid)"
            warnings.append(LocalizedText(
                ms: "milik pengguna lain (\(owner)), bukan \(learner): orang lain mungkin telah menulis atau memotong log ini; tetap dibaca",
                en: "owned by another user (\(owner)), not \(learner): someone else may have written or cut this log; read all the same"))
        }
        if status.st_nlink > 1 {
            warnings.append(LocalizedText(
                ms: "ada \(status.st_nlink) pautan keras (nama lain bagi fail yang sama); tetap dibaca",
                en: "has \(status.st_nlink) hard links (other names for the same file); read all the same"))
        }
        if status.st_mode & 0o022 != 0 {
            let mode = String(status.st_mode & 0o7777, radix: 8)
            warnings.append(LocalizedText(
                ms: "boleh ditulis oleh pengguna lain (mod \(mode)): sesiapa mungkin telah mengubahnya; tetap dibaca (betulkan dengan: chmod go-w FAIL)",
                en: "can be written by other users (mode \(mode)): anyone could have changed it; read all the same (fix with: chmod go-w FILE)"))
        }
        return warnings
    }
}

/// The users of this system, looked up once: a folder of 200,000 logs must not cost 200,000
/// scans of the user database.
public final class UserDirectory {
    /// The most users read; a larger directory (a network one) is only asked by uid.
    static let maximumUsers = 100_000
    private var names: [uid_t: String?] = [:]
    private lazy var ids: [String: uid_t] = {
        var ids: [String: uid_t] = [:]
        setpwent()
        defer { endpwent() }
        while ids.count < Self.maximumUsers, let entry = getpwent() {
            guard let name = entry.pointee.pw_name else { continue }
            ids[String(cString: name)] = ids[String(cString: name)] ?? entry.pointee.pw_uid
        }
        return ids
    }()

    public init() {}

    /// The user id of the login `name`, nil when there is no such user.
    public func id(of name: String) -> uid_t? {
        ids[name]
    }

    /// The login name of `uid`, nil when it has none.
    public func name(of uid: uid_t) -> String? {
        if let known = names[uid] { return known }
        var entry = passwd()
        var result: UnsafeMutablePointer<passwd>?
        var buffer = [CChar](repeating: 0, count: 4096)
        var found: String?
        if getpwuid_r(uid, &entry, &buffer, buffer.count, &result) == 0, result != nil, let name = entry.pw_name {
            found = String(cString: name)
        }
        names[uid] = found
        return found
    }
}
