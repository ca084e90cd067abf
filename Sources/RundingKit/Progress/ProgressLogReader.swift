#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a progress log one event at a time, in 64 KiB chunks, collecting warnings for bad lines.
///
/// Any bytes are tolerated: malformed JSON, invalid UTF-8, NUL bytes, a torn last line and
/// lines over 1 MiB are skipped with a warning `path:line: reason`. Blank lines and events of
/// unknown type are skipped silently. Only the first `maximumBytes` of a file are read (a
/// warning says so), and a run of NUL bytes a whole chunk long is skipped with `SEEK_DATA`,
/// so a sparse file of any size costs no more than its data.
public final class ProgressLogReader: Sequence, IteratorProtocol {
    /// Lines longer than this are skipped unread.
    public static let maximumLineLength = 1 << 20
    /// The bytes of a log read when no other limit is given (`--max-log-size`): 256 MB.
    public static let defaultMaximumBytes: Int64 = 256 * 1_000_000
    /// Warnings kept in `warnings`; more are only counted.
    public static let maximumWarningsKept = 1000
    static let chunkSize = 64 * 1024
    /// `SEEK_DATA`, which the C module does not export (it needs `_GNU_SOURCE`).
    #if os(Linux)
    static let seekData: Int32 = 3
    #else
    static let seekData: Int32 = 4
    #endif

    /// The path used in warnings.
    public let path: String
    /// The warnings so far, in line order, at most `maximumWarningsKept`.
    public private(set) var warnings: [ProgressLogWarning] = []
    /// All warnings so far, including those not kept.
    public private(set) var warningCount = 0
    /// The number of the last line read.
    public private(set) var lineNumber = 0
    /// The size of the log when it was opened.
    public let byteCount: Int64
    /// The most bytes read from the log; the rest is left unread with a warning.
    public let maximumBytes: Int64
    /// Whether the reading stopped at `maximumBytes` before the end of the log.
    public private(set) var stoppedAtLimit = false
    /// Bytes of NUL skipped without reading them (holes of a sparse file).
    public private(set) var skippedNULBytes: Int64 = 0

    private enum Source {
        case file(Int32)
        case memory([UInt8], consumed: Bool)
    }

    private var source: Source
    private var chunk: [UInt8]
    private var chunkPosition = 0
    private var chunkCount = 0
    private var pendingLine: [UInt8] = []
    private var isSkippingLongLine = false
    private var reachedEnd = false
    /// Bytes taken from the source so far (read or skipped).
    private var offset: Int64 = 0

    /// Opens the log at `path` for reading; with `followingSymlinks: false` a symbolic link is
    /// refused (`isASymbolicLink`), so a file checked with `lstat` cannot be swapped for one.
    /// At most `maximumBytes` of it are read.
    public init(path: String, followingSymlinks: Bool = true,
                maximumBytes: Int64 = ProgressLogReader.defaultMaximumBytes) throws(ProgressFileError) {
        let flags = O_RDONLY | O_CLOEXEC | O_NONBLOCK | (followingSymlinks ? 0 : O_NOFOLLOW)
        let descriptor = open(path, flags)
        guard descriptor >= 0 else {
            throw ProgressFileError(path: path, operation: .read, reason: .init(errno: errno))
        }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            let code = errno
            close(descriptor)
            throw ProgressFileError(path: path, operation: .read, reason: .init(errno: code))
        }
        let kind = status.st_mode & S_IFMT
        guard kind == S_IFREG else {
            close(descriptor)
            throw ProgressFileError(path: path, operation: .read,
                                    reason: kind == S_IFDIR ? .isADirectory : .notARegularFile)
        }
        self.path = path
        byteCount = Int64(status.st_size)
        self.maximumBytes = Swift.max(0, maximumBytes)
        source = .file(descriptor)
        chunk = [UInt8](repeating: 0, count: Self.chunkSize)
    }

    /// Reads a log held in memory; `path` is the name used in warnings.
    public init(bytes: [UInt8], path: String, maximumBytes: Int64 = ProgressLogReader.defaultMaximumBytes) {
        self.path = path
        byteCount = Int64(bytes.count)
        self.maximumBytes = Swift.max(0, maximumBytes)
        source = .memory(bytes, consumed: false)
        chunk = []
    }

    deinit {
        if case let .file(descriptor) = source { close(descriptor) }
    }

    /// Every event of the log at `path`, with the warnings.
    public static func readAll(path: String) throws(ProgressFileError)
        -> (events: [ProgressEvent], warnings: [ProgressLogWarning]) {
        let reader = try ProgressLogReader(path: path)
        let events = Array(reader)
        return (events, reader.warnings)
    }

    /// The next event, or nil at the end of the log.
    public func next() -> ProgressEvent? {
        while true {
            if chunkPosition < chunkCount {
                if let event = takeLineFromChunk() { return event }
                continue
            }
            if reachedEnd { return finishLastLine() }
            refill()
        }
    }

    /// Consumes bytes of the current chunk up to and including one newline, if there is one.
    private func takeLineFromChunk() -> ProgressEvent? {
        let newline: Int? = chunk.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return nil }
            let start = base + chunkPosition
            guard let found = memchr(start, 0x0A, chunkCount - chunkPosition) else { return nil }
            return chunkPosition + (UnsafeRawPointer(found) - UnsafeRawPointer(start))
        }
        guard let newline else {
            appendToPendingLine(chunkPosition..<chunkCount)
            chunkPosition = chunkCount
            return nil
        }
        let range = chunkPosition..<newline
        chunkPosition = newline + 1
        lineNumber += 1
        if isSkippingLongLine {
            isSkippingLongLine = false
            pendingLine.removeAll(keepingCapacity: true)
            return nil
        }
        if pendingLine.count + range.count > Self.maximumLineLength {
            warn(line: lineNumber, "line longer than 1 MiB skipped")
            pendingLine.removeAll(keepingCapacity: false)
            return nil
        }
        if pendingLine.isEmpty {
            return chunk.withUnsafeBufferPointer { buffer in
                process(UnsafeBufferPointer(rebasing: buffer[range]), isTorn: false)
            }
        }
        pendingLine.append(contentsOf: chunk[range])
        defer { pendingLine.removeAll(keepingCapacity: true) }
        return pendingLine.withUnsafeBufferPointer { process($0, isTorn: false) }
    }

    private func appendToPendingLine(_ range: Range<Int>) {
        guard !isSkippingLongLine else { return }
        if pendingLine.count + range.count > Self.maximumLineLength {
            warn(line: lineNumber + 1, "line longer than 1 MiB skipped")
            isSkippingLongLine = true
            pendingLine.removeAll(keepingCapacity: false)
            return
        }
        pendingLine.append(contentsOf: chunk[range])
    }

    private func finishLastLine() -> ProgressEvent? {
        guard isSkippingLongLine || !pendingLine.isEmpty else { return nil }
        lineNumber += 1
        if isSkippingLongLine || stoppedAtLimit {
            // A line cut by the limit is not torn: the rest of it is there, unread.
            pendingLine.removeAll()
            isSkippingLongLine = false
            return nil
        }
        defer { pendingLine.removeAll() }
        return pendingLine.withUnsafeBufferPointer { process($0, isTorn: true) }
    }

    private func refill() {
        guard offset < maximumBytes else { return stopAtLimit() }
        switch source {
        case let .file(descriptor):
            let wanted = Int(Swift.min(Int64(chunk.count), maximumBytes - offset))
            let count = chunk.withUnsafeMutableBytes { buffer -> Int in
                while true {
                    let result = read(descriptor, buffer.baseAddress, wanted)
                    if result < 0 && errno == EINTR { continue }
                    return result
                }
            }
            if count < 0 {
                warn(line: lineNumber + 1, "read error: \(ProgressFileError.Reason(errno: errno)); rest of file skipped")
                reachedEnd = true
                markChunkEmpty()
            } else if count == 0 {
                reachedEnd = true
                markChunkEmpty()
            } else {
                offset += Int64(count)
                if count == chunk.count && isAllNUL(count) {
                    skipNULRun(descriptor)
                } else {
                    chunkPosition = 0
                    chunkCount = count
                }
            }
        case let .memory(bytes, consumed):
            if consumed {
                reachedEnd = true
                markChunkEmpty()
            } else {
                let kept = Int(Swift.min(Int64(bytes.count), maximumBytes))
                chunk = kept < bytes.count ? Array(bytes[..<kept]) : bytes
                offset = Int64(kept)
                chunkPosition = 0
                chunkCount = kept
                source = .memory([], consumed: kept == bytes.count)
            }
        }
    }

    /// Whether the first `count` bytes of the chunk are all NUL.
    private func isAllNUL(_ count: Int) -> Bool {
        chunk.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress, buffer[0] == 0 else { return false }
            return memcmp(base, base + 1, count - 1) == 0
        }
    }

    /// After a whole chunk of NUL: jumps over the rest of the hole to the next data (or the end),
    /// counting the run as one skipped line, with one warning when it ends.
    private func skipNULRun(_ descriptor: Int32) {
        var run = Int64(chunk.count)
        let next = lseek(descriptor, off_t(offset), Self.seekData)
        if next < 0 {
            // ENXIO: only a hole up to the end of the file. Other errors: SEEK_DATA is not
            // supported here, the chunks are read one by one.
            if errno == ENXIO {
                run += Swift.max(0, byteCount - offset)
                offset = Swift.max(offset, byteCount)
                reachedEnd = true
            }
        } else if Int64(next) > offset {
            run += Int64(next) - offset
            offset = Int64(next)
        }
        skippedNULBytes += run - Int64(chunk.count)
        if !isSkippingLongLine {
            isSkippingLongLine = true
            pendingLine.removeAll(keepingCapacity: false)
            warn(line: lineNumber + 1, "a run of NUL bytes (a preallocated or damaged file?) skipped")
        }
        markChunkEmpty()
        if offset > maximumBytes { offset = maximumBytes }
    }

    /// Stops reading at `maximumBytes`, with a warning when the log goes on past it.
    private func stopAtLimit() {
        reachedEnd = true
        markChunkEmpty()
        let more: Bool
        switch source {
        case let .file(descriptor):
            var byte: UInt8 = 0
            more = pread(descriptor, &byte, 1, off_t(offset)) == 1
        case let .memory(_, consumed):
            more = !consumed
        }
        guard more else { return }
        stoppedAtLimit = true
        let limit = ByteSize.text(maximumBytes)
        warningCount += 1
        let warning = ProgressLogWarning(
            path: path, line: lineNumber + 1,
            reason: "log larger than \(limit) (--max-log-size): only the first \(limit) read, the rest ignored",
            message: LocalizedText(
                ms: "log lebih besar daripada \(limit) (--max-log-size): hanya \(limit) pertama dibaca, bakinya diabaikan",
                en: "log larger than \(limit) (--max-log-size): only the first \(limit) read, the rest ignored"))
        if warnings.count < Self.maximumWarningsKept { warnings.append(warning) } else { warnings[warnings.count - 1] = warning }
    }

    private func markChunkEmpty() {
        chunkPosition = 0
        chunkCount = 0
    }

    /// Decodes one line (without its newline); nil when it holds no usable event.
    private func process(_ bytes: UnsafeBufferPointer<UInt8>, isTorn: Bool) -> ProgressEvent? {
        var line = bytes
        if let last = line.last, last == 0x0D { line = UnsafeBufferPointer(rebasing: line.dropLast()) }
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return nil }
        switch ProgressLineDecoder.decode(line) {
        case let .event(event, repairs):
            for repair in repairs { warn(line: lineNumber, repair) }
            return event
        case .ignored:
            return nil
        case let .rejected(reason):
            warn(line: lineNumber, isTorn ? "incomplete last line (no newline; interrupted write?) skipped" : reason + "; line skipped")
            return nil
        }
    }

    private func warn(line: Int, _ reason: String) {
        warningCount += 1
        if warnings.count < Self.maximumWarningsKept {
            warnings.append(ProgressLogWarning(path: path, line: line, reason: reason))
        }
    }
}
