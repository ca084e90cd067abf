import Foundation

/// Finds the content directory: `--content`, else `RUNDING_CONTENT`, else the nearest directory
/// upward from the current one holding `Glossary/` and `Dialogues/`, else `<prefix>/share/runding`.
public struct ContentLocator: Sendable {
    public var environment: [String: String]
    public var currentDirectory: String
    /// The running executable, whose `../share/runding` is the installed content.
    public var executablePath: String

    public init(environment: [String: String] = ProcessInfo.processInfo.environment,
                currentDirectory: String = FileManager.default.currentDirectoryPath,
                executablePath: String = CommandLine.arguments.first ?? "") {
        self.environment = environment
        self.currentDirectory = currentDirectory
        self.executablePath = executablePath
    }

    /// No content directory was found; `searched` lists where, in order.
    public struct NotFound: Error, Sendable, Equatable {
        public var searched: [String]

        public var message: LocalizedText {
            let places = searched.map { "  - \($0)" }.joined(separator: "\n")
            return LocalizedText(
                ms: "Kandungan Runding (folder Glossary/ dan Dialogues/) tidak ditemui. Tempat yang dicari:\n\(places)\nGunakan --content DIR atau RUNDING_CONTENT.",
                en: "Runding content (the Glossary/ and Dialogues/ folders) was not found. Looked in:\n\(places)\nUse --content DIR or RUNDING_CONTENT.")
        }
    }

    public func locate(explicit: String? = nil) -> Result<String, NotFound> {
        if let explicit {
            let path = absolute(explicit)
            return Self.holdsContent(path, requireBoth: false) ? .success(path) : .failure(NotFound(searched: [path]))
        }
        if let fromEnvironment = environment["RUNDING_CONTENT"], !fromEnvironment.isEmpty {
            let path = absolute(fromEnvironment)
            return Self.holdsContent(path, requireBoth: false)
                ? .success(path) : .failure(NotFound(searched: ["RUNDING_CONTENT=\(path)"]))
        }
        var searched: [String] = []
        var directory = (currentDirectory as NSString).standardizingPath
        while true {
            if Self.holdsContent(directory, requireBoth: true) { return .success(directory) }
            let parent = (directory as NSString).deletingLastPathComponent
            if parent == directory || parent.isEmpty { break }
            directory = parent
        }
        searched.append("\((currentDirectory as NSString).standardizingPath) (+ parents)")
        let executable = (absolute(executablePath) as NSString).resolvingSymlinksInPath
        let prefix = ((executable as NSString).deletingLastPathComponent as NSString).deletingLastPathComponent
        let installed = (prefix as NSString).appendingPathComponent("share/runding")
        if Self.holdsContent(installed, requireBoth: true) { return .success(installed) }
        searched.append(installed)
        return .failure(NotFound(searched: searched))
    }

    private func absolute(_ path: String) -> String {
        let expanded = (path as NSString).expandingTildeInPath
        if expanded.hasPrefix("/") { return (expanded as NSString).standardizingPath }
        return ((currentDirectory as NSString).appendingPathComponent(expanded) as NSString).standardizingPath
    }

    static func holdsContent(_ path: String, requireBoth: Bool) -> Bool {
        let found = ContentLoader.folders.map { folder -> Bool in
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: (path as NSString).appendingPathComponent(folder),
                                                        isDirectory: &isDirectory)
            return exists && isDirectory.boolValue
        }
        return requireBoth ? found.allSatisfy { $0 } : found.contains(true)
    }
}
