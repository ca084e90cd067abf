#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The `.yaml`/`.yml` files under a content folder, and what was skipped there and why.
///
/// Symbolic links to files and folders are followed; a link loop, a dangling link and a folder
/// named `*.yaml` are skipped with a reason (F013) instead of silently.
struct ContentFolderWalk {
    struct Skipped: Equatable {
        var path: String
        var reason: LocalizedText
    }

    /// Folders nested deeper than this are not entered.
    static let maximumDepth = 32

    private(set) var files: [String] = []
    private(set) var skipped: [Skipped] = []

    init(root: String) {
        var status = stat()
        guard stat(root, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else { return }
        walk(root, ancestors: [Self.identity(status)], depth: 0)
        files.sort()
        skipped.sort { $0.path < $1.path }
    }

    private struct Identity: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    private static func identity(_ status: stat) -> Identity {
        Identity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
    }

    private static func isYAMLName(_ name: String) -> Bool {
        name.hasSuffix(".yaml") || name.hasSuffix(".yml")
    }

    private mutating func walk(_ directory: String, ancestors: Set<Identity>, depth: Int) {
        guard let stream = opendir(directory) else { return }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        closedir(stream)
        for name in names.sorted() {
            let path = directory + "/" + name
            var link = stat()
            guard lstat(path, &link) == 0 else { continue }
            let isLink = link.st_mode & S_IFMT == S_IFLNK
            var status = stat()
            if stat(path, &status) != 0 {
                if isLink {
                    let loop = errno == ELOOP
                    skipped.append(Skipped(path: path, reason: loop
                        ? LocalizedText(ms: "pautan simbolik berpusing (gelung); dilangkau",
                                        en: "symbolic link loop; skipped")
                        : LocalizedText(ms: "pautan simbolik ke laluan yang tidak wujud; dilangkau",
                                        en: "dangling symbolic link (its target does not exist); skipped")))
                }
                continue
            }
            switch status.st_mode & S_IFMT {
            case S_IFDIR:
                let identity = Self.identity(status)
                if ancestors.contains(identity) {
                    skipped.append(Skipped(path: path, reason: LocalizedText(
                        ms: "pautan simbolik ke folder yang mengandunginya (gelung); dilangkau",
                        en: "symbolic link to a folder that contains it (a loop); skipped")))
                    continue
                }
                if Self.isYAMLName(name) {
                    skipped.append(Skipped(path: path, reason: LocalizedText(
                        ms: "ini folder, bukan fail YAML; fail .yaml di dalamnya dibaca",
                        en: "a folder, not a YAML file; the .yaml files inside it are read")))
                }
                guard depth < Self.maximumDepth else {
                    skipped.append(Skipped(path: path, reason: LocalizedText(
                        ms: "folder bersarang lebih \(Self.maximumDepth) aras; dilangkau",
                        en: "folder nested more than \(Self.maximumDepth) levels deep; skipped")))
                    continue
                }
                walk(path, ancestors: ancestors.union([identity]), depth: depth + 1)
            default:
                guard Self.isYAMLName(name), !name.hasPrefix(".") else { continue }
                files.append(path)
            }
        }
    }
}
