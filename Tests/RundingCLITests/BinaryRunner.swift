import Foundation

/// Runs the built `runding` executable with arguments, standard input and environment,
/// reading both pipes while it runs (a full pipe would otherwise deadlock).
struct BinaryRunner {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
        var terminatedBySignal: Bool
    }

    /// `RUNDING_BINARY`, else `runding` next to the test bundle.
    static let executable: URL = {
        if let path = ProcessInfo.processInfo.environment["RUNDING_BINARY"] {
            return URL(fileURLWithPath: path)
        }
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("runding")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: Repository.root + "/.build/debug/runding")
    }()

    static func run(_ arguments: [String], stdin: String = "", environment: [String: String] = [:],
                    directory: String = Repository.root, timeout: TimeInterval = 60) throws -> Output {
        try run(arguments, stdinBytes: Data(stdin.utf8), environment: environment, directory: directory,
                timeout: timeout)
    }

    /// A child that exits before reading its input must not kill the test runner with SIGPIPE.
    static let ignoreBrokenPipes: Void = { signal(SIGPIPE, SIG_IGN) }()

    /// Runs another program (`chromium`) the same way, with no input.
    static func runProgram(_ path: String, _ arguments: [String], timeout: TimeInterval = 120) throws -> Output {
        try run(arguments, stdinBytes: Data(), timeout: timeout, program: URL(fileURLWithPath: path))
    }

    static func run(_ arguments: [String], stdinBytes: Data, environment: [String: String] = [:],
                    directory: String = Repository.root, timeout: TimeInterval = 60, program: URL? = nil) throws -> Output {
        _ = ignoreBrokenPipes
        let process = Process()
        process.executableURL = program ?? executable
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var base = ProcessInfo.processInfo.environment
        for key in ["RUNDING_CONTENT", "RUNDING_LANG", "RUNDING_LEARNER", "RUNDING_PROGRESS_DIR", "NO_COLOR", "COLUMNS"] {
            base[key] = nil
        }
        process.environment = base.merging(environment) { _, new in new }
        let input = Pipe()
        let output = Pipe()
        let error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        let collected = Collected()
        let group = DispatchGroup()
        for (pipe, isError) in [(output, false), (error, true)] {
            group.enter()
            DispatchQueue.global().async {
                let data = pipe.fileHandleForReading.readDataToEndOfFile()
                collected.set(data, isError: isError)
                group.leave()
            }
        }
        try process.run()
        DispatchQueue.global().async {
            try? input.fileHandleForWriting.write(contentsOf: stdinBytes)
            try? input.fileHandleForWriting.close()
        }
        if group.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            group.wait()
        }
        process.waitUntilExit()
        return Output(status: process.terminationStatus,
                      stdout: String(decoding: collected.stdout, as: UTF8.self),
                      stderr: String(decoding: collected.stderr, as: UTF8.self),
                      terminatedBySignal: process.terminationReason == .uncaughtSignal)
    }

    private final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var stdout = Data()
        private(set) var stderr = Data()

        func set(_ data: Data, isError: Bool) {
            lock.lock()
            defer { lock.unlock() }
            if isError { stderr = data } else { stdout = data }
        }
    }
}

/// Paths of the repository, found from this file.
enum Repository {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
                return url.path
            }
        }
        return FileManager.default.currentDirectoryPath
    }()

    static var starterPack: String { root + "/examples/starter" }
}

/// A fresh temporary directory, removed by `remove()`.
struct TemporaryDirectory {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "runding-cli-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func write(_ relative: String, _ text: String) throws {
        let full = path + "/" + relative
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: full))
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
