#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Lists the progress logs in a folder a manager collected them in: every `*.jsonl` file.
///
/// Symbolic links and anything but regular files (folders, pipes, devices) are skipped with a
/// warning, so that a learner cannot make the report read another file or block on a pipe.
/// Hidden files (a leading `.`) and other names are ignored silently. A log someone else could
/// have written (`LogOwnership`) is listed with a warning.
public enum TeamDirectory {
    /// The logs in `directory` in file-name order, with warnings for what was skipped.
    public static func scan(_ directory: String) throws(ProgressFileError)
        -> (files: [ProgressFile], warnings: [ReportWarning]) {
        guard let stream = opendir(directory) else {
            throw ProgressFileError(path: directory, operation: .read, reason: .init(errno: errno))
        }
        defer { closedir(stream) }
        let suffix = "." + ProgressStore.fileExtension
        var files: [ProgressFile] = []
        var warnings: [ReportWarning] = []
        let users = UserDirectory()
        while let entry = readdir(stream) {
            let raw = withUnsafeBytes(of: entry.pointee.d_name) { bytes in Array(bytes.prefix { $0 != 0 }) }
            guard raw.first != UInt8(ascii: "."), raw.count > suffix.utf8.count,
                  raw.suffix(suffix.utf8.count).elementsEqual(suffix.utf8) else { continue }
            let path = ProgressDirectory.join(directory, String(decoding: raw, as: UTF8.self))
            guard let name = String(validating: raw, as: UTF8.self) else {
                warnings.append(ReportWarning(path: path, message: ReportStrings.invalidFileName))
                continue
            }
            var status = stat()
            guard lstat(path, &status) == 0 else {
                let reason = ProgressFileError.Reason(errno: errno).description
                warnings.append(ReportWarning(path: path, message: ReportStrings.unreadable(reason)))
                continue
            }
            switch status.st_mode & S_IFMT {
            case S_IFREG:
                let stem = String(name.dropLast(suffix.count))
                files.append(ProgressFile(path: path, stem: stem))
                for message in LogOwnership.warnings(status, learner: stem, users: users) {
                    warnings.append(ReportWarning(path: path, message: message))
                }
            case S_IFLNK:
                warnings.append(ReportWarning(path: path, message: ReportStrings.symlinkSkipped))
            case S_IFDIR:
                warnings.append(ReportWarning(path: path, message: ReportStrings.directorySkipped))
            default:
                warnings.append(ReportWarning(path: path, message: ReportStrings.specialFileSkipped))
            }
        }
        files.sort { $0.stem.utf8.lexicographicallyPrecedes($1.stem.utf8) }
        warnings.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        return (files, warnings)
    }
}
