import Foundation
import Yams

/// Loads a content directory (`Glossary/`, `Dialogues/`) into a `ContentPack`, never throwing:
/// every problem becomes a diagnostic.
public struct ContentLoader: Sendable {
    /// Files larger than this are refused (F003).
    public static let maximumFileSize = 1 << 20
    /// The folders read, in order.
    public static let folders = ["Glossary", "Dialogues"]

    /// How paths are shown in diagnostics: relative to this directory when under it.
    public var displayBase: String?

    public init(displayBase: String? = FileManager.default.currentDirectoryPath) {
        self.displayBase = displayBase
    }

    /// What loading produced.
    public struct Result: Sendable {
        public var pack: ContentPack
        public var diagnostics: [Diagnostic]
        public var references: [ContentReference]
        /// Files read, as displayed.
        public var files: [String]
        /// The lines of each file read, by displayed path, for showing diagnostics in context.
        public var sourceLines: [String: [String]]

        public init(pack: ContentPack, diagnostics: [Diagnostic] = [], references: [ContentReference] = [],
                    files: [String] = [], sourceLines: [String: [String]] = [:]) {
            self.pack = pack
            self.diagnostics = diagnostics
            self.references = references
            self.files = files
            self.sourceLines = sourceLines
        }
    }

    public func load(root: String) -> Result {
        var pack = ContentPack(root: root)
        var diagnostics: [Diagnostic] = []
        let references = ContentReferenceLog()
        var files: [String] = []
        var sourceLines: [String: [String]] = [:]
        for folder in Self.folders {
            let directory = (root as NSString).appendingPathComponent(folder)
            let walk = ContentFolderWalk(root: directory)
            diagnostics += walk.skipped.map { skipped in
                Diagnostic("F013", .warning, at: SourceLocation(path: displayPath(skipped.path)),
                           ms: skipped.reason.ms, en: skipped.reason.en)
            }
            for file in walk.files {
                let shown = displayPath(file)
                files.append(shown)
                let (output, fileDiagnostics, lines) = loadFile(at: file, shownAs: shown, references: references)
                sourceLines[shown] = lines
                diagnostics += fileDiagnostics
                pack.skills += output.skills
                pack.topics += output.topics
                pack.entries += output.entries
                pack.dialogues += output.dialogues
                pack.lexicon.merge(output.lexicon)
            }
        }
        return Result(pack: pack, diagnostics: diagnostics, references: references.references, files: files,
                      sourceLines: sourceLines)
    }

    /// The `.yaml`/`.yml` files of a directory, sorted; subdirectories are read too.
    static func yamlFiles(in directory: String) -> [String] {
        ContentFolderWalk(root: directory).files
    }

    func displayPath(_ path: String) -> String {
        guard let base = displayBase else { return path }
        // Before standardizing, which resolves symbolic links (a skipped link would lose its name).
        let rawPrefix = base.hasSuffix("/") ? base : base + "/"
        if path.hasPrefix(rawPrefix) && !path.contains("/../") && !path.contains("/./") {
            return String(path.dropFirst(rawPrefix.count))
        }
        let standardized = (path as NSString).standardizingPath
        let prefix = (base as NSString).standardizingPath + "/"
        if standardized.hasPrefix(prefix) { return String(standardized.dropFirst(prefix.count)) }
        return path
    }

    /// Parses one file's bytes (exposed for tests and fuzzing).
    public func parse(bytes: [UInt8], shownAs path: String) -> (ContentPack, [Diagnostic], [ContentReference]) {
        let references = ContentReferenceLog()
        let (output, diagnostics, _) = parse(bytes: bytes, shownAs: path, references: references)
        let pack = ContentPack(root: "", skills: output.skills, topics: output.topics,
                               entries: output.entries, dialogues: output.dialogues, lexicon: output.lexicon)
        return (pack, diagnostics, references.references)
    }

    private func loadFile(at path: String, shownAs shown: String,
                          references: ContentReferenceLog) -> (ContentFileParser.Output, [Diagnostic], [String]) {
        let start = SourceLocation(path: shown)
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber,
           size.intValue > Self.maximumFileSize {
            return (.init(), [Diagnostic("F003", .error, at: start,
                                         ms: "fail terlalu besar (\(size.intValue) bait; had \(Self.maximumFileSize))",
                                         en: "file is too large (\(size.intValue) bytes; the limit is \(Self.maximumFileSize))")], [])
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return (.init(), [Diagnostic("F004", .error, at: start,
                                         ms: "fail tidak dapat dibaca", en: "file cannot be read")], [])
        }
        return parse(bytes: [UInt8](data), shownAs: shown, references: references)
    }

    private func parse(bytes: [UInt8], shownAs shown: String,
                       references: ContentReferenceLog) -> (ContentFileParser.Output, [Diagnostic], [String]) {
        let start = SourceLocation(path: shown)
        if bytes.count > Self.maximumFileSize {
            return (.init(), [Diagnostic("F003", .error, at: start,
                                         ms: "fail terlalu besar (\(bytes.count) bait; had \(Self.maximumFileSize))",
                                         en: "file is too large (\(bytes.count) bytes; the limit is \(Self.maximumFileSize))")], [])
        }
        if let offset = bytes.firstIndex(of: 0) {
            return (.init(), [Diagnostic("F002", .error, at: Self.location(ofByte: offset, in: bytes, path: shown),
                                         ms: "fail binari (mengandungi bait NUL), bukan teks YAML",
                                         en: "binary file (holds NUL bytes), not YAML text")], [])
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard let source = String(validating: body, as: UTF8.self) else {
            let offset = Self.firstInvalidUTF8Offset(in: Array(body)) + (bytes.count - body.count)
            let location = Self.location(ofByte: offset, in: bytes, path: shown)
            return (.init(), [Diagnostic("F001", .error, at: location,
                                         ms: "fail bukan UTF-8 yang sah (bait 0x\(String(bytes[offset], radix: 16, uppercase: true)))",
                                         en: "file is not valid UTF-8 (byte 0x\(String(bytes[offset], radix: 16, uppercase: true)))")], [])
        }
        let reader = YAMLNodeReader(path: shown, source: source)
        let root: Node?
        do {
            // Tags are not resolved by pattern: the parser reads every scalar as text itself.
            root = try Yams.compose(yaml: source, .basic)
        } catch let error as YamlError {
            reader.report(yamlError: error)
            return (.init(), reader.diagnostics, reader.lines)
        } catch {
            reader.report("F005", at: start, ms: "YAML tidak sah", en: "invalid YAML")
            return (.init(), reader.diagnostics, reader.lines)
        }
        guard let root, !reader.isNull(root) else {
            return (.init(), [Diagnostic("F004", .error, at: start, ms: "fail kosong", en: "file is empty")], reader.lines)
        }
        if Self.nodeCount(root, limit: Self.maximumNodes) > Self.maximumNodes {
            reader.report("F005", at: start,
                          ms: "YAML terlalu bersarang atau terlalu banyak alias (lebih \(Self.maximumNodes) nod)",
                          en: "YAML is too deeply aliased or too large (over \(Self.maximumNodes) nodes)")
            return (.init(), reader.diagnostics, reader.lines)
        }
        let output = ContentFileParser(reader: reader, references: references).parse(root)
        return (output, reader.diagnostics, reader.lines)
    }

    /// A bound on the YAML tree walked, against alias bombs ("billion laughs").
    static let maximumNodes = 200_000

    /// Nodes in the tree, counting aliased subtrees each time they appear; stops past `limit`.
    static func nodeCount(_ node: Node, limit: Int) -> Int {
        var count = 0
        var stack = [node]
        while let next = stack.popLast() {
            count += 1
            if count > limit { return count }
            switch next {
            case .mapping(let mapping):
                for (key, value) in mapping { stack.append(key); stack.append(value) }
            case .sequence(let sequence):
                stack.append(contentsOf: sequence)
            default:
                break
            }
        }
        return count
    }

    static func location(ofByte offset: Int, in bytes: [UInt8], path: String) -> SourceLocation {
        var line = 1
        var lineStart = 0
        for index in 0..<min(offset, bytes.count) where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        // Columns count characters; continuation bytes do not start one.
        let column = 1 + bytes[lineStart..<min(offset, bytes.count)].filter { $0 & 0xC0 != 0x80 }.count
        return SourceLocation(path: path, line: line, column: column)
    }

    /// The offset of the first byte that does not decode as UTF-8.
    static func firstInvalidUTF8Offset(in bytes: [UInt8]) -> Int {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while case .scalarValue(let scalar) = decoder.decode(&iterator) {
            offset += UTF8.width(scalar)
        }
        return min(offset, max(0, bytes.count - 1))
    }
}

extension YAMLNodeReader {
    /// F005 (or R001 for a duplicate key) from a Yams error, at its mark.
    func report(yamlError error: YamlError) {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let location = SourceLocation(path: path, line: mark.line, column: mark.column)
            let contextText = context.map { " (\($0.text))" } ?? ""
            report("F005", at: location, ms: "ralat sintaks YAML: \(problem)\(contextText)",
                   en: "YAML syntax error: \(problem)\(contextText)")
        case let .duplicatedKeysInMapping(duplicates, context):
            let location = SourceLocation(path: path, line: context.mark.line, column: context.mark.column)
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            report("R001", at: location, ms: "kunci berulang dalam pemetaan: \(keys)",
                   en: "duplicate key in mapping: \(keys)")
        case let .reader(problem, offset, _, _):
            report("F005", at: SourceLocation(path: path), ms: "ralat bacaan YAML: \(problem) (ofset \(offset ?? 0))",
                   en: "YAML reader error: \(problem) (offset \(offset ?? 0))")
        default:
            report("F005", at: SourceLocation(path: path), ms: "YAML tidak sah", en: "invalid YAML")
        }
    }
}
