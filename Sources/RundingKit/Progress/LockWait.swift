#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// How a writer waits for the lock on a log while another process holds it.
///
/// Anyone who can read a log in a shared folder can `flock` it. A blocking `flock` would leave
/// the chat deaf to signals and input until that process let go; instead the lock is asked for
/// without blocking every `pollInterval`, `notice` is called once after `noticeAfter`, and the
/// wait ends as soon as `shouldStop` says so (a signal, the end of input) or after `giveUpAfter`.
public struct LockWait: Sendable {
    public var pollInterval: Duration
    public var noticeAfter: Duration
    public var giveUpAfter: Duration
    /// Called once when the wait has lasted `noticeAfter`: tell the person why nothing happens.
    public var notice: @Sendable () -> Void
    /// Asked before each try: true ends the wait with `lockWaitStopped`.
    public var shouldStop: @Sendable () -> Bool

    public init(pollInterval: Duration = .milliseconds(50), noticeAfter: Duration = .seconds(1),
                giveUpAfter: Duration = .seconds(30), notice: @escaping @Sendable () -> Void = {},
                shouldStop: @escaping @Sendable () -> Bool = { false }) {
        self.pollInterval = pollInterval
        self.noticeAfter = noticeAfter
        self.giveUpAfter = giveUpAfter
        self.notice = notice
        self.shouldStop = shouldStop
    }

    /// Takes the exclusive lock on `descriptor`, or says why not.
    func acquire(_ descriptor: Int32) -> ProgressFileError.Reason? {
        let clock = ContinuousClock()
        let start = clock.now
        var noticed = false
        // Short pauses first: a writer of our own holds the lock for one write and fsync.
        var pause = Duration.milliseconds(1)
        while true {
            if flock(descriptor, LOCK_EX | LOCK_NB) == 0 { return nil }
            let code = errno
            guard code == EWOULDBLOCK || code == EAGAIN || code == EINTR else { return .init(errno: code) }
            if shouldStop() { return .lockWaitStopped }
            let waited = clock.now - start
            if waited >= giveUpAfter { return .lockedByAnotherProcess(seconds: Int(giveUpAfter.components.seconds)) }
            if !noticed && waited >= noticeAfter {
                noticed = true
                notice()
            }
            // A signal cuts the sleep short; the loop then asks `shouldStop` at once.
            pause = Swift.min(pause * 2, pollInterval)
            var time = timespec(tv_sec: Int(pause.components.seconds),
                                tv_nsec: Int(pause.components.attoseconds / 1_000_000_000))
            _ = nanosleep(&time, nil)
        }
    }
}
