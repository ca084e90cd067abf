import Foundation
@testable import RundingKit

/// The `.transcript` file of one dialogue in a folder: checks it against a fresh play through
/// the chat session, or records it (`RUNDING_RECORD=1`).
struct TranscriptFile {
    let directory: String
    let pack: ContentPack

    func path(_ id: String) -> String { "\(directory)/\(id).transcript" }

    static let defaultHeader = [
        "# Main path. Lines starting with '> ' are what the learner types; the others are the bot's reply.",
        "# Re-record the replies: RUNDING_RECORD=1 swift test --filter TranscriptTests",
    ]

    /// What is wrong with the transcript of dialogue `id` (nothing: []). With `record`, writes it
    /// instead: the replies to its inputs, or the dialogue's main path when it has no file yet.
    func verify(_ id: String, record: Bool) -> [String] {
        guard let dialogue = pack.dialogue(id) else { return ["'\(id)' is not a dialogue of the pack"] }
        let file = path(id)
        var existing: Transcript?
        if let text = try? String(contentsOfFile: file, encoding: .utf8) {
            do {
                existing = try Transcript(parsing: text)
            } catch {
                return ["\(file): \(error)"]
            }
        }
        if existing == nil && !record {
            return ["missing transcript \(file) for the shipped dialogue '\(id)': "
                    + "run RUNDING_RECORD=1 swift test --filter TranscriptTests to record its main path"]
        }
        guard let inputs = existing?.inputs ?? DialogueMainPath(dialogue).chatInputs() else {
            return ["'\(id)' has no path to an ending to record"]
        }
        let (played, events) = TranscriptPlayer(pack: pack).play(
            inputs, header: existing?.header ?? ["# \(id)"] + Self.defaultHeader)
        var problems: [String] = []
        let ends = events.compactMap { event -> ProgressEvent.DialogueEnd? in
            if case .dialogueEnd(let end) = event.kind, end.dialogue == id { return end }
            return nil
        }
        if let end = ends.last {
            let success = dialogue.endings.first { $0.ending?.outcome == end.outcome }?.ending?.success
            if success != true { problems.append("\(file): ends in '\(end.outcome)', which does not count as passed") }
        } else {
            problems.append("\(file): the inputs do not reach an ending of '\(id)'")
        }
        if record {
            do {
                try played.text.write(toFile: file, atomically: true, encoding: .utf8)
            } catch {
                problems.append("cannot write \(file): \(error)")
            }
            return problems
        }
        if let existing, let difference = Self.firstDifference(expected: existing, actual: played) {
            problems.append("\(file): \(difference); RUNDING_RECORD=1 re-records")
        }
        return problems
    }

    /// The first exchange whose reply differs, with both versions.
    static func firstDifference(expected: Transcript, actual: Transcript) -> String? {
        for (index, (want, got)) in zip(expected.exchanges, actual.exchanges).enumerated() where want != got {
            return "reply \(index + 1) to '> \(want.input)' differs\n--- expected\n"
                + want.output.joined(separator: "\n") + "\n--- actual\n" + got.output.joined(separator: "\n")
        }
        if expected.exchanges.count != actual.exchanges.count {
            return "\(expected.exchanges.count) exchanges expected, \(actual.exchanges.count) played"
        }
        return nil
    }
}
