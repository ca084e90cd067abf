import Foundation

/// The binary with its standard input kept open, to feed lines one at a time and watch the output.
final class PipedProcess: @unchecked Sendable {
    let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let lock = NSLock()
    private var collected = Data()

    init(arguments: [String], environment: [String: String] = [:]) throws {
        _ = BinaryRunner.ignoreBrokenPipes
        process.executableURL = BinaryRunner.executable
        process.arguments = arguments
        var base = ProcessInfo.processInfo.environment
        for key in ["RUNDING_CONTENT", "RUNDING_LANG", "RUNDING_LEARNER", "RUNDING_PROGRESS_DIR", "NO_COLOR"] {
            base[key] = nil
        }
        process.environment = base.merging(environment) { _, new in new }
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        output.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            guard let self, !data.isEmpty else { return }
            self.lock.lock()
            self.collected.append(data)
            self.lock.unlock()
        }
        try process.run()
    }

    var text: String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: collected, as: UTF8.self)
    }

    func send(_ line: String) {
        try? input.fileHandleForWriting.write(contentsOf: Data((line + "\n").utf8))
    }

    func closeInput() {
        try? input.fileHandleForWriting.close()
    }

    /// Waits until the output has `count` occurrences of `text`.
    @discardableResult
    func waitFor(_ text: String, count: Int = 1, timeout: TimeInterval = 20) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if self.text.components(separatedBy: text).count - 1 >= count { return true }
            usleep(10_000)
        }
        return false
    }

    func waitForExit(timeout: TimeInterval = 20) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(10_000) }
        guard !process.isRunning else {
            process.terminate()
            return nil
        }
        output.fileHandleForReading.readabilityHandler = nil
        return process.terminationStatus
    }
}
