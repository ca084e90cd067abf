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
    public static func warnings(_ status: stat, learner: String) -> [LocalizedText] {
        var warnings: [LocalizedText] = []
        if let expected = userID(of: learner), status.st_uid != expected {
            let owner = userName(of: status.st_uid).map { "\($0), uid \(status.st_uid)" } ?? "uid \(status.st_uid)"
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

    /// The user id of the login `name`, nil when there is no such user.
    static func userID(of name: String) -> uid_t? {
        guard !name.isEmpty, name.utf8.count <= 64 else { return nil }
        var entry = passwd()
        var result: UnsafeMutablePointer<passwd>?
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getpwnam_r(name, &entry, &buffer, buffer.count, &result) == 0, result != nil else { return nil }
        return entry.pw_uid
    }

    static func userName(of uid: uid_t) -> String? {
        var entry = passwd()
        var result: UnsafeMutablePointer<passwd>?
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getpwuid_r(uid, &entry, &buffer, buffer.count, &result) == 0, result != nil,
              let name = entry.pw_name else { return nil }
        return String(cString: name)
    }
}
