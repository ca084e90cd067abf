import Foundation

/// A review question generated from a glossary entry, in one of two forms.
public struct GlossaryQuestion: Sendable {
    public enum Form: Sendable, Equatable {
        /// The definition is shown (its term hidden); the learner types the term.
        case typeTheTerm
        /// The term is shown; the learner picks its definition among four.
        case pickTheDefinition(options: [String], correctIndex: Int)
    }

    /// How an answer was judged.
    public struct Grade: Sendable, Equatable {
        public var correct: Bool
        /// Right only thanks to typo tolerance.
        public var viaTypo: Bool
        /// The option picked, for `pickTheDefinition`.
        public var pickedIndex: Int?
    }

    public let entry: GlossaryEntry
    public let form: Form

    /// Options are entry ids for `pickTheDefinition`, resolved against `pack` when shown.
    public init(entry: GlossaryEntry, form: Form) {
        self.entry = entry
        self.form = form
    }

    /// A question on `entry`: the form and the distractors (same topic first) drawn from `random`.
    public static func make(for entry: GlossaryEntry, in pack: ContentPack,
                            using random: inout some RandomNumberGenerator) -> GlossaryQuestion {
        let sameTopic = pack.entries.filter { $0.topic == entry.topic && $0.id != entry.id }.shuffled(using: &random)
        let others = pack.entries.filter { $0.topic != entry.topic && $0.id != entry.id }.shuffled(using: &random)
        let distractors = Array((sameTopic + others).prefix(3))
        let wantsPick = Bool.random(using: &random)
        guard wantsPick, distractors.count == 3 else { return GlossaryQuestion(entry: entry, form: .typeTheTerm) }
        var options = (distractors + [entry]).map(\.id)
        options.shuffle(using: &random)
        let correctIndex = options.firstIndex(of: entry.id) ?? 0
        return GlossaryQuestion(entry: entry, form: .pickTheDefinition(options: options, correctIndex: correctIndex))
    }

    /// The definition with the entry's own names replaced by "…", so it does not give the answer away.
    public func maskedDefinition(_ language: Language) -> String {
        var text = entry.definition[language]
        for name in acceptedNames.sorted(by: { $0.count > $1.count }) where name.count >= 3 {
            text = text.replacingOccurrences(of: name, with: "…", options: [.caseInsensitive, .diacriticInsensitive])
        }
        return text
    }

    /// The term (each part of a term like "eNPS (skor …)" on its own) and every alias.
    public var acceptedNames: [String] {
        var names: [String] = []
        for text in entry.term.all + entry.aliases.all {
            names.append(text)
            let parts = text.split(whereSeparator: { "()".contains($0) })
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            if parts.count > 1 { names += parts }
        }
        return names
    }

    /// Judges an answer: for `typeTheTerm`, the term or an alias anywhere in it (typos allowed);
    /// for `pickTheDefinition`, the option number or words the understander clearly takes as one
    /// definition (a guess it would only confirm is not taken).
    public func grade(_ answer: String, pack: ContentPack,
                      understander: AnswerUnderstander = AnswerUnderstander()) -> Grade {
        let words = TextNormalizer.words(answer)
        switch form {
        case .typeTheTerm:
            var best: Int?
            for name in acceptedNames {
                let cleaned = name.map { "()[]|".contains($0) ? " " : $0 }
                guard let pattern = try? AnswerPattern(String(cleaned)), let typos = pattern.match(words) else { continue }
                best = min(best ?? typos, typos)
                if best == 0 { break }
            }
            return Grade(correct: best != nil, viaTypo: (best ?? 0) > 0, pickedIndex: nil)
        case .pickTheDefinition(let options, let correctIndex):
            let node = DialogueNode(
                id: "review", say: LocalizedText(ms: "", en: ""),
                choices: options.map { id in
                    Choice(text: pack.entry(id)?.definition ?? LocalizedText(ms: id, en: id),
                           feedback: LocalizedText(ms: "", en: ""), goto: "review",
                           location: SourceLocation(path: ""))
                },
                location: SourceLocation(path: ""))
            if case .take(let index, let evidence) = understander.understand(answer, in: node) {
                return Grade(correct: index == correctIndex, viaTypo: evidence != .number && evidence != .pattern,
                             pickedIndex: index)
            }
            return Grade(correct: false, viaTypo: false, pickedIndex: nil)
        }
    }

    /// A hint for `typeTheTerm`: the first letter of each word of the term, the rest as dots.
    public func hint(_ language: Language) -> String {
        let term = entry.term[language].split(separator: "(").first.map(String.init) ?? entry.term[language]
        return term.split(separator: " ").map { word in
            guard let first = word.first else { return "" }
            return String(first) + String(repeating: "·", count: max(0, word.count - 1))
        }.joined(separator: " ")
    }
}
