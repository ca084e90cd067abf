// libFuzzer target: text through the typed-answer patterns, the answer understander (with the
// confirmation step) and question search.
// The input's first line is read as a pattern, the rest (or the whole input) as the learner's answer.
// Build and run with scripts/fuzz.sh answer SECONDS.
import Foundation
import RundingKit

/// The repository, from this file's place in it (Fuzz/Targets/answer/main.swift).
private let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

/// Every node of the starter pack that takes an answer, the shipped pack's understander (its
/// short forms and synonyms) and the shipped glossary's index.
private let shipped = ContentLoader().load(root: repository).pack
private let nodes: [DialogueNode] = ContentLoader().load(root: repository + "/examples/starter").pack.dialogues
    .flatMap(\.nodes).filter { $0.ending == nil }
private let index = GlossaryIndex(entries: shipped.entries, lexicon: shipped.lexicon)
private let understander = AnswerUnderstander(pack: shipped)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    precondition(!nodes.isEmpty && !index.entries.isEmpty, "content not found under \(repository)")
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    let patternSource: Substring
    let answer: Substring
    if let newline = text.firstIndex(of: "\n") {
        patternSource = text[..<newline]
        answer = text[text.index(after: newline)...]
    } else {
        patternSource = text[...]
        answer = text[...]
    }
    let words = TextNormalizer.words(String(answer))
    if let pattern = try? AnswerPattern(String(patternSource)) {
        _ = pattern.match(words)
        _ = pattern.match(TextNormalizer.words(String(patternSource)))
    }
    for node in nodes {
        _ = understander.understand(String(answer), in: node)
        _ = understander.scores(String(answer), in: node)
    }
    _ = ConfirmationReply(String(answer))
    _ = index.search(String(answer))
    return 0
}
