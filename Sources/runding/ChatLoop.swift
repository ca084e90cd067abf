import CReadline
import Foundation
import RundingKit

/// Connects a chat session to a line source and the screen.
struct ChatLoop {
    let session: ChatSession
    let source: any LineSource
    let output: ChatOutput

    func run() {
        output.show(session.begin())
        // The reader went away (`runding … | head -1`): nobody sees the replies, so the session
        // ends as at the end of input instead of answering (and recording) into the void.
        while !session.isFinished && !output.isBroken {
            let line = source.readLine(prompt: session.isInActivity ? "» " : "> ")
            let signal = runding_take_signal()
            if runding_termination_requested() != 0 || signal == Int32(RUNDING_SIGNAL_TERMINATE.rawValue) {
                break
            }
            if signal == Int32(RUNDING_SIGNAL_INTERRUPT.rawValue) {
                output.show(session.interrupt())
                continue
            }
            guard let line else { break }
            source.remember(line)
            output.show(session.respond(to: line))
        }
        output.show(session.finish())
        source.close()
    }
}

/// Where lines come from: readline on a terminal, plain lines from a pipe.
protocol LineSource {
    /// The next line, or nil at the end of input.
    func readLine(prompt: String) -> String?
    func remember(_ line: String)
    func close()
}

/// Standard input read as plain lines, without prompts or echo. Invalid UTF-8 is repaired; a
/// line longer than `maximumLineLength` bytes is cut there and the rest of it skipped. A signal
/// ends the wait for input.
final class PipedSource: LineSource {
    static let maximumLineLength = 64 * 1024
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false

    func readLine(prompt: String) -> String? {
        var line: [UInt8] = []
        var skipping = false
        while true {
            if let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
                if !skipping { line += buffer[start..<newline].prefix(Self.maximumLineLength - line.count) }
                start = newline + 1
                return Self.decode(line)
            }
            if !skipping {
                line += buffer[start...].prefix(Self.maximumLineLength - line.count)
                skipping = line.count >= Self.maximumLineLength
            }
            buffer.removeAll(keepingCapacity: true)
            start = 0
            if atEnd || !fill() {
                atEnd = true
                return line.isEmpty && !skipping ? nil : Self.decode(line)
            }
        }
    }

    /// Reads more input; false at the end of input, on an error or when a signal arrived.
    private func fill() -> Bool {
        guard runding_wait_readable(STDIN_FILENO, 250) == 1 else { return false }
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = read(STDIN_FILENO, &chunk, chunk.count)
            if count > 0 {
                buffer += chunk[0..<count]
                return true
            }
            if count < 0 && (errno == EINTR || errno == EAGAIN) {
                guard runding_wait_readable(STDIN_FILENO, 250) == 1 else { return false }
                continue
            }
            return false
        }
    }

    private static func decode(_ bytes: [UInt8]) -> String {
        var text = String(decoding: bytes, as: UTF8.self)
        if text.hasSuffix("\r") { text.removeLast() }
        return text
    }

    func remember(_ line: String) {}
    func close() {}
}

/// GNU readline with history per learner and completion.
final class ReadlineSource: LineSource {
    static let historyLimit: Int32 = 500
    private let historyPath: String?

    init(learner: String, completions: ChatCompletions) {
        runding_readline_setup("runding", Self.historyLimit)
        historyPath = ReadlineSource.historyPath(learner: learner)
        if let historyPath { _ = runding_read_history(historyPath) }
        Self.withCStrings(completions.words) { runding_set_completions($0, $1) }
        for (command, words) in completions.arguments {
            Self.withCStrings(words) { runding_set_argument_completions(command, $0, $1) }
        }
    }

    /// Calls `body` with a C array of copies of `words` and its length.
    private static func withCStrings(_ words: [String], _ body: (UnsafePointer<UnsafePointer<CChar>?>, Int) -> Void) {
        var pointers = words.map { strdup($0) }
        defer { pointers.forEach { free($0) } }
        pointers.append(nil)
        pointers.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: UnsafePointer<CChar>?.self, capacity: buffer.count) {
                body($0, words.count)
            }
        }
    }

    /// `$XDG_DATA_HOME/runding/history/<learner>` (default `~/.local/share/…`), created 0700.
    static func historyPath(learner: String) -> String? {
        let environment = ProcessInfo.processInfo.environment
        let base: String
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            base = data
        } else if let home = environment["HOME"], !home.isEmpty {
            base = home + "/.local/share"
        } else {
            return nil
        }
        let directory = base + "/runding/history"
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                 attributes: [.posixPermissions: 0o700])
        return directory + "/" + learner
    }

    func readLine(prompt: String) -> String? {
        guard let pointer = runding_readline(prompt) else {
            print("")
            return nil
        }
        defer { runding_free(pointer) }
        return String(decoding: UnsafeRawBufferPointer(start: pointer, count: strlen(pointer)), as: UTF8.self)
    }

    func remember(_ line: String) {
        runding_add_history(line)
    }

    func close() {
        if let historyPath { _ = runding_write_history(historyPath, Self.historyLimit) }
    }
}

/// Writes replies to standard output, flushing each; stops quietly when the reader went away.
final class ChatOutput {
    private var renderer: ChatRenderer
    /// The width to wrap at, asked again before every reply (the window may have been resized).
    private let currentWidth: (() -> Int)?
    private var broken = false

    /// Whether standard output can no longer be written (closed pipe, closed descriptor).
    var isBroken: Bool { broken }

    init(renderer: ChatRenderer, currentWidth: (() -> Int)? = nil) {
        self.renderer = renderer
        self.currentWidth = currentWidth
    }

    func show(_ reply: ChatReply) {
        guard !reply.isEmpty else { return }
        if let currentWidth { renderer.width = max(20, currentWidth()) }
        write(renderer.render(reply) + "\n\n")
    }

    func notice(_ text: String) {
        show(ChatReply([.notice(text)]))
    }

    private func write(_ text: String) {
        guard !broken else { return }
        if DescriptorWriter.writeAll(Array(text.utf8), to: STDOUT_FILENO) != nil { broken = true }
    }
}
