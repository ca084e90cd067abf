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

    /// The width to wrap text at: the terminal's, else `COLUMNS`, else 80.
    var width: Int {
        if isTerminal {
            var size = winsize()
            if ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 20 { return Int(size.ws_col) }
        }
        return 80
    }
}
