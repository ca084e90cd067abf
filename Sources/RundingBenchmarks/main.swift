// Benchmarks of Runding's hot paths. Run on a release build:
//   swift run -c release runding-bench [--quick] [--team DIR]
// With --team, also the team report over DIR (make one with scripts/generate-team.py).
// Figures are medians of repeated runs; see BENCHMARKS.md.
import Foundation
import RundingKit

let quick = CommandLine.arguments.contains("--quick")
let root = FileManager.default.currentDirectoryPath

/// Runs `body` `repeats` times and returns the median duration in seconds.
func median(repeats: Int, _ body: () -> Void) -> Double {
    var times: [Double] = []
    for _ in 0..<repeats {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    return times.sorted()[times.count / 2]
}

func report(_ name: String, _ value: Double, _ unit: String, _ note: String = "") {
    let formatted: String
    switch unit {
    case "µs": formatted = String(format: "%.1f µs", value * 1e6)
    case "ms": formatted = String(format: "%.2f ms", value * 1e3)
    default: formatted = String(format: "%.3f s", value)
    }
    print("| \(name) | \(formatted) | \(note) |")
}

print("| benchmark | median | notes |")
print("| --- | --- | --- |")

// Loading the shipped pack, and a pack ten times its size.
var pack = ContentPack(root: root)
let load = median(repeats: quick ? 3 : 11) { pack = ContentCheck(root: root).pack }
report("load + lint shipped pack", load, "ms", "\(pack.entries.count) entries, \(pack.dialogues.count) dialogues")

let big = NSTemporaryDirectory() + "runding-bench-\(getpid())"
for folder in ContentLoader.folders {
    try? FileManager.default.createDirectory(atPath: "\(big)/\(folder)", withIntermediateDirectories: true)
    let files = (try? FileManager.default.contentsOfDirectory(atPath: "\(root)/\(folder)"))?.filter { $0.hasSuffix(".yaml") } ?? []
    for copy in 0..<10 {
        for file in files {
            try? FileManager.default.copyItem(atPath: "\(root)/\(folder)/\(file)", toPath: "\(big)/\(folder)/\(copy)-\(file)")
        }
    }
}
let loadBig = median(repeats: quick ? 1 : 5) { _ = ContentLoader().load(root: big) }
report("load 10× pack (parse only)", loadBig, "ms", "every file copied 10 times")
try? FileManager.default.removeItem(atPath: big)

// Question search.
let index = GlossaryIndex(entries: pack.entries)
let questions = ["apa itu eNPS?", "what is active listening", "mendengar aktf", "macam mana nak handle pembeli agresif",
                 "apakah maksud menang-menang", "1:1", "what is a detractor", "Perlu analisis", "handle bantahan",
                 "bagaimana membina kepercayaan dengan pelanggan baru", "xyzzy qwerty", "terima kasih"]
let searchRounds = quick ? 500 : 5000
let search = median(repeats: 5) {
    for round in 0..<searchRounds { _ = index.search(questions[round % questions.count]) }
}
report("question search", search / Double(searchRounds), "µs", "per question, \(searchRounds) questions")

// Understanding typed answers: the blind development set's answers (Tests/…/understanding-dev)
// through the shipped pack's understander, after every node's model is built; and the building.
var answers: [(String, DialogueNode, String)] = []
let devFolder = root + "/Tests/RundingKitTests/Fixtures/understanding-dev"
for file in ((try? FileManager.default.contentsOfDirectory(atPath: devFolder)) ?? []).sorted() where file.hasPrefix("quiz-") || file.hasPrefix("rp-") {
    let text = (try? String(contentsOfFile: devFolder + "/" + file, encoding: .utf8)) ?? ""
    guard let dialogue = pack.dialogue(String(file.dropLast(5))) else { continue }
    for line in text.split(separator: "\n") where line.contains("node: ") {
        // {node: q1, choice: x, lang: ms, text: "..."}
        guard let nodeStart = line.range(of: "node: "), let textStart = line.range(of: "text: \"") else { continue }
        let nodeID = line[nodeStart.upperBound...].prefix { $0 != "," }
        let answer = line[textStart.upperBound...].dropLast(2)
        if let node = dialogue.node(String(nodeID)) { answers.append((String(answer), node, dialogue.id)) }
    }
}
var understander = AnswerUnderstander(pack: pack)
let create = median(repeats: quick ? 3 : 7) { understander = AnswerUnderstander(pack: pack) }
report("understander: create for the pack", create, "ms", "lexicon and known roots")
let analyzeTime = median(repeats: 3) { for (answer, _, _) in answers { _ = understander.analyzer.tokens(answer) } }
report("analyse one answer", analyzeTime / Double(max(1, answers.count)), "µs")
let build = median(repeats: quick ? 3 : 7) {
    understander = AnswerUnderstander(pack: pack)
    for dialogue in pack.dialogues { for node in dialogue.nodes where !node.choices.isEmpty {
        _ = understander.understand("x", in: node, of: dialogue.id) } }
}
let nodeCount = pack.dialogues.reduce(0) { $0 + $1.nodes.filter { !$0.choices.isEmpty }.count }
report("understander: build every node's model", build, "ms", "\(nodeCount) nodes (lazily, one at its first answer)")
let understand = median(repeats: 5) { for (answer, node, dialogue) in answers { _ = understander.understand(answer, in: node, of: dialogue) } }
report("one typed answer understood", understand / Double(max(1, answers.count)), "µs", "per answer, \(answers.count) answers of the development set")
let lint = median(repeats: quick ? 1 : 3) { _ = ContentLinter().lint(ContentLoader().load(root: root)) }
report("lint shipped pack (understanding checks included)", lint, "ms")

// Replaying a 100,000-event log.
let eventCount = quick ? 20_000 : 100_000
let logPath = NSTemporaryDirectory() + "runding-bench-\(getpid()).jsonl"
var lines = ""
let start = Date(timeIntervalSince1970: 1_790_000_000)
let session = UUID()
let items = pack.entries.map(\.itemID)
for index in 0..<eventCount {
    let entry = pack.entries[index % pack.entries.count]
    let answer = ProgressEvent.Answer(
        item: items[index % items.count], correct: index % 3 != 0,
        evidence: entry.skills.map { SkillEvidence(skill: $0, shown: index % 3 != 0) },
        rating: index % 3 == 0 ? .again : .good, milliseconds: 4000, response: "jawapan")
    let event = ProgressEvent(at: start.addingTimeInterval(Double(index) * 600), learner: "bench",
                              session: session, kind: .answer(answer))
    lines += event.jsonLine + "\n"
}
_ = FileManager.default.createFile(atPath: logPath, contents: Data(lines.utf8))
let replay = median(repeats: quick ? 1 : 5) {
    guard let reader = try? ProgressLogReader(path: logPath) else { return }
    var replay = LearnerReplay(learner: "bench", timeZone: TimeZone(identifier: "UTC")!,
                               bktParameters: pack.bktParameters(for:))
    for event in reader { replay.apply(event) }
    _ = replay.progress(now: start.addingTimeInterval(Double(eventCount) * 600)).jsonText
}
report("replay log (read + BKT + FSRS)", replay, "s", "\(eventCount) events, \(items.count) items")
try? FileManager.default.removeItem(atPath: logPath)

// The chat in process: a session's start (greeting) and the cost of one turn, over a scripted
// conversation (questions, a quiz, a role-play, a review, progress, help, language switch).
let chatScript = ["apa itu eNPS?", "hai", "xyzzy plugh", "/glosari", "/bantuan", "/kuiz quiz-enps", "pasif", "10",
                  "negatif 100 hingga positif 100", "3", "/lakonan rp-aggressive-discount",
                  "tanya apa yang penting bagi dia", "tanya apa yang berlaku dengan projek lama",
                  "cadangkan pelaksanaan berperingkat", "diskaun kekal 10 tapi latihan percuma", "/ulangkaji",
                  "1", "mendengar aktif", "/berhenti", "/kemajuan", "/bahasa en", "what is active listening", "/quiz",
                  "1", "/stop", "thanks"]
func chatSession(_ pack: ContentPack, _ index: GlossaryIndex) -> ChatSession {
    let clockStart = Date(timeIntervalSince1970: 1_795_000_000)
    var tick = 0.0
    let replay = LearnerReplay(learner: "bench", timeZone: TimeZone(identifier: "UTC")!,
                               bktParameters: pack.bktParameters(for:))
    return ChatSession(pack: pack, learner: "bench", language: .ms, replay: replay,
                       environment: .init(clock: { tick += 2; return clockStart.addingTimeInterval(tick) },
                                          timeZone: TimeZone(identifier: "UTC")!, random: SeededRandom(seed: 7),
                                          recorder: InMemoryProgressRecorder()), index: index)
}
let chatStarts = quick ? 200 : 2000
let chatStart = median(repeats: 7) {
    for _ in 0..<chatStarts { _ = chatSession(pack, index).begin() }
}
report("chat start (session + greeting, in process)", chatStart / Double(chatStarts), "µs", "per session, \(chatStarts) sessions")
let chatRounds = quick ? 20 : 200
let chatTurn = median(repeats: 7) {
    for _ in 0..<chatRounds {
        let chat = chatSession(pack, index)
        _ = chat.begin()
        for line in chatScript { _ = chat.respond(to: line) }
        _ = chat.finish()
    }
}
report("chat turn (in process, shared index)", chatTurn / Double(chatRounds * chatScript.count), "µs",
       "per line, \(chatScript.count)-line script × \(chatRounds)")

// Start-up: the built binary answering one piped question and exiting.
let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("runding")
if FileManager.default.isExecutableFile(atPath: binary.path) {
    let startup = median(repeats: quick ? 3 : 11) {
        let process = Process()
        process.executableURL = binary
        process.arguments = ["--learner", "bench", "--progress-dir", NSTemporaryDirectory()]
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        try? process.run()
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }
    report("start-up to first prompt and exit (piped, shipped pack)", startup, "ms", "whole process")
}

// The team report over a directory of logs, as `runding report` builds it (2 workers).
if let flag = CommandLine.arguments.firstIndex(of: "--team"), flag + 1 < CommandLine.arguments.count {
    let directory = CommandLine.arguments[flag + 1]
    let configuration = ReportConfiguration(pack: pack, now: Date(), timeZone: TimeZone(identifier: "UTC")!)
    var learners = 0
    var answers = 0
    let team = median(repeats: quick ? 1 : 3) {
        guard let report = try? TeamReportBuilder(configuration: configuration).build(directory: directory) else { return }
        learners = report.learners.count
        answers = report.learners.reduce(0) { $0 + $1.answers }
    }
    report("team report", team, "s", "\(learners) learners, \(answers) answers")
}
