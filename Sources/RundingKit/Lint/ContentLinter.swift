/// Cross-checks loaded content: ids, references, dialogue graphs and typed answers.
public struct ContentLinter: Sendable {
    /// Whether to run `UnderstandingCheck` (the slowest part: every example through its node's model).
    public var checksUnderstanding: Bool

    public init(checksUnderstanding: Bool = true) {
        self.checksUnderstanding = checksUnderstanding
    }

    public func lint(_ loaded: ContentLoader.Result) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let pack = loaded.pack
        diagnostics += duplicateIDs(pack.skills.map { ($0.id, $0.location) }, what: ("kemahiran", "skill"))
        diagnostics += duplicateIDs(pack.topics.map { ($0.id, $0.location) }, what: ("topik", "topic"))
        diagnostics += duplicateIDs(pack.entries.map { ($0.id, $0.location) }, what: ("entri", "entry"))
        diagnostics += duplicateIDs(pack.dialogues.map { ($0.id, $0.location) }, what: ("dialog", "dialogue"))
        diagnostics += unknownReferences(loaded.references, in: pack)
        let understander = AnswerUnderstander(pack: pack)
        for dialogue in pack.dialogues {
            diagnostics += DialogueGraphCheck(dialogue: dialogue).run()
            diagnostics += GuessabilityCheck(dialogue: dialogue).run()
            diagnostics += typedAnswers(in: dialogue)
            if checksUnderstanding {
                diagnostics += UnderstandingCheck(dialogue: dialogue, understander: understander).run()
            }
        }
        return diagnostics.map { Self.attachSourceLine($0, from: loaded.sourceLines) }
    }

    /// `diagnostic` with the line its location points into, when it has none yet.
    static func attachSourceLine(_ diagnostic: Diagnostic, from lines: [String: [String]]) -> Diagnostic {
        guard diagnostic.sourceLine == nil, let file = lines[diagnostic.location.path],
              diagnostic.location.line >= 1, diagnostic.location.line <= file.count else { return diagnostic }
        var copy = diagnostic
        copy.sourceLine = file[diagnostic.location.line - 1]
        return copy
    }

    private func duplicateIDs(_ ids: [(String, SourceLocation)], what: (String, String)) -> [Diagnostic] {
        var first: [String: SourceLocation] = [:]
        var diagnostics: [Diagnostic] = []
        for (id, location) in ids {
            if let earlier = first[id] {
                diagnostics.append(Diagnostic(
                    "R001", .error, at: location,
                    ms: "id \(what.0) '\(id)' berulang (pertama di \(earlier))",
                    en: "duplicate \(what.1) id '\(id)' (first at \(earlier))"))
            } else {
                first[id] = location
            }
        }
        return diagnostics
    }

    private func unknownReferences(_ references: [ContentReference], in pack: ContentPack) -> [Diagnostic] {
        let skills = pack.skills.map(\.id)
        let entries = pack.entries.map(\.id)
        let topics = pack.topics.map(\.id)
        let known: [ContentReference.Kind: Set<String>] = [
            .skill: Set(skills), .entry: Set(entries), .topic: Set(topics),
        ]
        var names: [ContentReference.Kind: Suggestion] = [
            .skill: Suggestion(skills), .entry: Suggestion(entries), .topic: Suggestion(topics),
        ]
        var diagnostics: [Diagnostic] = []
        for reference in references where !(known[reference.kind]?.contains(reference.id) ?? false) {
            let (code, nameMS, nameEN): (String, String, String)
            switch reference.kind {
            case .skill: (code, nameMS, nameEN) = ("R002", "kemahiran", "skill")
            case .entry: (code, nameMS, nameEN) = ("R003", "entri", "entry")
            case .topic: (code, nameMS, nameEN) = ("R004", "topik", "topic")
            }
            let suggestion = names[reference.kind, default: Suggestion([])].closest(to: reference.id)
            diagnostics.append(Diagnostic(
                code, .error, at: reference.location,
                ms: "\(nameMS) '\(reference.id)' tidak wujud" + (suggestion.map { " — maksud anda '\($0)'?" } ?? ""),
                en: "unknown \(nameEN) '\(reference.id)'" + (suggestion.map { " — did you mean '\($0)'?" } ?? "")))
        }
        return diagnostics
    }

    private func typedAnswers(in dialogue: Dialogue) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for node in dialogue.nodes where node.ending == nil {
            let fallbacks = node.choices.filter(\.isFallback)
            if node.mode == .type && fallbacks.count != 1 {
                diagnostics.append(Diagnostic(
                    "D010", .error, at: node.location,
                    ms: "nod taip '\(node.id)' perlukan tepat satu pilihan 'fallback', bukan \(fallbacks.count)",
                    en: "typed node '\(node.id)' needs exactly one 'fallback' choice, not \(fallbacks.count)"))
            }
            var seenChoiceIDs: Set<String> = []
            for choice in node.choices {
                guard let choiceID = choice.id else { continue }
                if !seenChoiceIDs.insert(choiceID).inserted {
                    diagnostics.append(Diagnostic(
                        "D011", .error, at: choice.location,
                        ms: "dua pilihan dalam nod '\(node.id)' berkongsi id '\(choiceID)'",
                        en: "two choices of node '\(node.id)' share the id '\(choiceID)'"))
                }
            }
            if node.mode == .choose, let fallback = fallbacks.first {
                diagnostics.append(Diagnostic(
                    "D010", .error, at: fallback.location,
                    ms: "'fallback' hanya untuk nod 'ask: type'", en: "'fallback' is only for 'ask: type' nodes"))
            }
            for (index, choice) in node.choices.enumerated() where !choice.isFallback {
                let number = index + 1
                for source in choice.patterns.all {
                    do {
                        _ = try AnswerPattern(source)
                    } catch {
                        // A hostile pattern can be 60 KB of brackets: quote its start only.
                        let quoted = source.count > 60 ? source.prefix(60) + "…" : source
                        diagnostics.append(Diagnostic(
                            "D009", .error, at: choice.location,
                            ms: "corak '\(quoted)' tidak sah: \(error.message.ms)",
                            en: "invalid pattern '\(quoted)': \(error.message.en)"))
                    }
                }
                if node.mode == .type && choice.allExamples.isEmpty {
                    diagnostics.append(Diagnostic(
                        "D010", .error, at: choice.location,
                        ms: "pilihan \(number) nod taip '\(node.id)' perlukan 'examples'",
                        en: "choice \(number) of typed node '\(node.id)' needs 'examples'"))
                }
            }
        }
        return diagnostics
    }
}
