import Foundation
import Yams
@testable import RundingKit

/// The blind development set under `Fixtures/understanding-dev/`: typed answers and glossary
/// questions written from the prompts and option texts only, by someone who never saw the examples.
struct UnderstandingDevelopmentSet {
    struct Answer {
        var dialogue: String
        var node: String
        var choice: String
        var language: String
        var text: String
    }

    struct Question {
        var language: String
        var text: String
        /// Nil for an off-topic question, which must get "not found".
        var entry: String?
        /// The file it comes from.
        var file: String
    }

    static let folder = Repository.root + "/Tests/RundingKitTests/Fixtures/understanding-dev"

    var answers: [Answer] = []
    var questions: [Question] = []

    init() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder).filter { $0.hasSuffix(".yaml") }.sorted()
        for file in files {
            let text = try String(contentsOfFile: Self.folder + "/" + file, encoding: .utf8)
            guard let root = try Yams.load(yaml: text) as? [String: Any] else { continue }
            if let items = root["questions"] as? [[String: Any]] {
                for item in items {
                    questions.append(Question(language: item["lang"] as? String ?? "",
                                              text: item["text"] as? String ?? "",
                                              entry: item["entry"] as? String, file: file))
                }
            }
            if let dialogue = root["dialogue"] as? String, let items = root["answers"] as? [[String: Any]] {
                for item in items {
                    answers.append(Answer(dialogue: dialogue, node: "\(item["node"] ?? "")",
                                          choice: "\(item["choice"] ?? "")", language: item["lang"] as? String ?? "",
                                          text: "\(item["text"] ?? "")"))
                }
            }
        }
    }
}
