// libFuzzer target: progress-log bytes (JSON lines) through the reader and the learner replay.
// Build and run with scripts/fuzz.sh progress SECONDS.
import Foundation
import RundingKit

private let utc = TimeZone(identifier: "UTC")!
private let now = Date(timeIntervalSince1970: 1_800_000_000)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = [UInt8](UnsafeRawBufferPointer(start: start, count: count))
    let reader = ProgressLogReader(bytes: bytes, path: "fuzz.jsonl")
    var replay = LearnerReplay(learner: "fuzz", timeZone: utc)
    for event in reader {
        // What the store writes must read back as the same event.
        guard case .event(let again, _) = ProgressEvent.decode(jsonLine: event.jsonLine), again == event else {
            fatalError("event does not survive a write and read: \(event.jsonLine)")
        }
        replay.apply(event)
    }
    for warning in reader.warnings { _ = warning.description }
    let progress = replay.progress(now: now)
    _ = progress.jsonText
    return 0
}
