import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs the binary on a pseudo-terminal (openpty), so readline sees a real terminal.
final class PseudoTerminal: @unchecked Sendable {
    let process = Process()
    private let master: Int32
    private let slave: Int32
    private let lock = NSLock()
    private var buffer = Data()
    private var reader: Thread?

    init(arguments: [String], environment: [String: String]) throws {
        var master: Int32 = -1
        var slave: Int32 = -1
        var size = winsize(ws_row: 40, ws_col: 100, ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else {
            throw NSError(domain: "openpty", code: Int(errno))
        }
        self.master = master
        self.slave = slave
        process.executableURL = BinaryRunner.executable
        process.arguments = arguments
        process.environment = environment
        let handle = FileHandle(fileDescriptor: slave, closeOnDealloc: false)
        process.standardInput = handle
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        let thread = Thread { [weak self] in self?.readLoop() }
        reader = thread
        thread.start()
    }

    private func readLoop() {
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(master, &chunk, chunk.count)
            if count <= 0 { return }
            lock.lock()
            buffer.append(contentsOf: chunk[0..<count])
            lock.unlock()
        }
    }

    /// Everything the program wrote so far.
    var output: String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: buffer, as: UTF8.self)
    }

    func type(_ text: String) {
        var bytes = Array(text.utf8)
        _ = write(master, &bytes, bytes.count)
    }

    /// Waits until the output holds `text` (after `offset` characters), up to `timeout` seconds.
    @discardableResult
    func waitFor(_ text: String, after offset: Int = 0, timeout: TimeInterval = 20) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if String(output.dropFirst(offset)).contains(text) { return true }
            usleep(20_000)
        }
        return false
    }

    /// Waits for the process to end; returns its status, or nil after `timeout`.
    func waitForExit(timeout: TimeInterval = 20) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning {
            process.terminate()
            return nil
        }
        return process.terminationStatus
    }

    /// Changes the window size, as a terminal emulator does when its window is resized, and
    /// tells the program (the terminal is not its controlling terminal, so the kernel would not).
    func resize(columns: UInt16, rows: UInt16 = 40) {
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        kill(process.processIdentifier, SIGWINCH)
    }

    deinit {
        close(slave)
        close(master)
    }
}
