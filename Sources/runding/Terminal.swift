import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What the process knows about one of its output streams.
struct Terminal {
    let descriptor: Int32

    static let standardOutput = Terminal(descriptor: STDOUT_FILENO)
    static let standardInput = Terminal(descriptor: STDIN_FILENO)
    static let standardError = Terminal(descriptor: STDERR_FILENO)

    var isTerminal: Bool { isatty(descriptor) == 1 }

    /// Colours only on a terminal, never with `NO_COLOR` (any value) or `--no-color`, nor for `TERM=dumb`.
    func allowsColor(noColorFlag: Bool) -> Bool {
        let environment = ProcessInfo.processInfo.environment
        if noColorFlag || environment["NO_COLOR"] != nil || environment["TERM"] == "dumb" { return false }
        return isTerminal
    }

    /// The width to wrap text at: the terminal's, else 80.
    var width: Int { measuredWidth ?? 80 }

    /// The terminal's width from `ioctl`, nil when not a terminal or not known.
    var measuredWidth: Int? {
        guard isTerminal else { return nil }
        var size = winsize()
        guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 20 else { return nil }
        return Int(size.ws_col)
    }
}
