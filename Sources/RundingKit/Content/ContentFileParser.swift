import Yams

/// Turns the YAML tree of one content file into model values, reporting what is wrong.
struct ContentFileParser {
    let reader: YAMLNodeReader
    let references: ContentReferenceLog

    /// What one file contributed.
    struct Output {
        var skills: [Skill] = []
        var topics: [Topic] = []
        var entries: [GlossaryEntry] = []
        var dialogues: [Dialogue] = []
        var lexicon = Lexicon()
    }

    func parse(_ root: Node) -> Output {
        var output = Output()
        guard case .mapping(let mapping) = root else {
            reader.wrongType(root, expected: ("pemetaan (kunci: nilai)", "a mapping (key: value)"), what: "fail")
            return output
        }
        let keys = Set(mapping.compactMap { $0.key.scalar?.string })
        if keys.contains("kind") {
            if let dialogue = parseDialogue(root) { output.dialogues.append(dialogue) }
        } else if keys.contains("skills") && !keys.contains("entries") {
            output.skills = parseList(root, key: "skills", what: "skills", parse: parseSkill)
        } else if keys.contains("topics") {
            output.topics = parseList(root, key: "topics", what: "topics", parse: parseTopic)
        } else if keys.contains("shortforms") {
            output.lexicon.shortForms = parseShortForms(root)
        } else if keys.contains("synonyms") {
            output.lexicon.synonyms = parseSynonyms(root)
        } else if keys.contains("entries") {
            output.entries = parseList(root, key: "entries", what: "entries", parse: parseEntry)
        } else {
            reader.report("F009", at: root,
                          ms: "jenis fail tidak diketahui: perlukan 'skills:', 'topics:', 'entries:', 'shortforms:', 'synonyms:' atau 'kind:'",
                          en: "unknown kind of file: expected 'skills:', 'topics:', 'entries:', 'shortforms:', 'synonyms:' or 'kind:'")
        }
        return output
    }

    private func parseList<T>(_ root: Node, key: String, what: String, parse: (Node) -> T?) -> [T] {
        guard let values = reader.mapping(root, what: "fail", required: [key], optional: []),
              let list = values[key], let items = reader.sequence(list, what: key) else { return [] }
        return items.compactMap(parse)
    }

    // MARK: Skills and topics

    private func parseSkill(_ node: Node) -> Skill? {
        guard let values = reader.mapping(node, what: "skill", required: ["id", "name", "description"],
                                          optional: ["bkt", "tip"]),
              let id = values["id"].flatMap({ reader.id($0, what: "id") }) else { return nil }
        let what = "skill '\(id)'"
        let name = values["name"].flatMap { reader.text($0, what: "\(what) name") }
        let description = values["description"].flatMap { reader.text($0, what: "\(what) description") }
        var parameters = BKTParameters.default
        if let bkt = values["bkt"], let fields = reader.mapping(bkt, what: "\(what) bkt", required: [],
                                                               optional: ["l0", "t", "g", "s"]) {
            for (key, path) in [("l0", \BKTParameters.l0), ("t", \.t), ("g", \.g), ("s", \.s)] {
                guard let field = fields[key], let value = reader.double(field, what: "bkt.\(key)") else { continue }
                if value > 0 && value < 1 {
                    parameters[keyPath: path] = value
                } else {
                    reader.report("F012", at: field,
                                  ms: "bkt.\(key) mestilah antara 0 dan 1 (tidak termasuk), bukan \(value)",
                                  en: "bkt.\(key) must lie strictly between 0 and 1, not \(value)")
                }
            }
            if parameters.g + parameters.s >= 1 {
                reader.report("F012", at: bkt,
                              ms: "bkt.g + bkt.s mestilah kurang daripada 1",
                              en: "bkt.g + bkt.s must be less than 1")
            }
        }
        return Skill(id: id, name: name ?? LocalizedText(ms: "", en: ""),
                     description: description ?? LocalizedText(ms: "", en: ""),
                     parameters: parameters,
                     tip: values["tip"].flatMap { reader.text($0, what: "\(what) tip") },
                     location: reader.location(of: values["id"] ?? node))
    }

    private func parseTopic(_ node: Node) -> Topic? {
        guard let values = reader.mapping(node, what: "topic", required: ["id", "name"], optional: []),
              let id = values["id"].flatMap({ reader.id($0, what: "id") }) else { return nil }
        let name = values["name"].flatMap { reader.text($0, what: "topic '\(id)' name") }
        return Topic(id: id, name: name ?? LocalizedText(ms: "", en: ""),
                     location: reader.location(of: values["id"] ?? node))
    }

    // MARK: Glossary

    private func parseEntry(_ node: Node) -> GlossaryEntry? {
        guard let values = reader.mapping(
            node, what: "entry",
            required: ["id", "topic", "term", "aliases", "definition", "points", "skills"],
            optional: ["related", "note", "deprecated", "source_note"]),
            let id = values["id"].flatMap({ reader.id($0, what: "id") }) else { return nil }
        let what = "entry '\(id)'"
        let empty = LocalizedText(ms: "", en: "")
        let points = values["points"].flatMap { reader.list($0, what: "\(what) points", requireBoth: true) }
            ?? LocalizedList()
        if let pointsNode = values["points"] {
            for (language, list) in [("ms", points.ms), ("en", points.en)]
            where !list.isEmpty && !(2...5).contains(list.count) {
                reader.report("F012", at: pointsNode,
                              ms: "\(what) perlukan 2 hingga 5 isi penting '\(language)', bukan \(list.count)",
                              en: "\(what) needs 2 to 5 '\(language)' key points, not \(list.count)")
            }
        }
        return GlossaryEntry(
            id: id,
            topic: values["topic"].flatMap { referencedID($0, .topic, what: "\(what) topic") } ?? "",
            term: values["term"].flatMap { reader.text($0, what: "\(what) term") } ?? empty,
            aliases: values["aliases"].flatMap { reader.list($0, what: "\(what) aliases", requireBoth: true) }
                ?? LocalizedList(),
            definition: values["definition"].flatMap { reader.text($0, what: "\(what) definition") } ?? empty,
            points: points,
            note: values["note"].flatMap { reader.text($0, what: "\(what) note") },
            deprecated: values["deprecated"].flatMap { reader.list($0, what: "\(what) deprecated", requireBoth: false) }
                ?? LocalizedList(),
            sourceNote: values["source_note"].flatMap { reader.string($0, what: "source_note") },
            skills: values["skills"].map { referencedIDs($0, .skill, what: "\(what) skills") } ?? [],
            related: values["related"].map { referencedIDs($0, .entry, what: "\(what) related") } ?? [],
            location: reader.location(of: values["id"] ?? node))
    }

    // MARK: References

    func referencedID(_ node: Node, _ kind: ContentReference.Kind, what: String) -> String? {
        guard let id = reader.id(node, what: what) else { return nil }
        references.add(kind, id, at: reader.location(of: node))
        return id
    }

    func referencedIDs(_ node: Node, _ kind: ContentReference.Kind, what: String) -> [String] {
        guard let items = reader.sequence(node, what: what) else { return [] }
        return items.compactMap { referencedID($0, kind, what: what) }
    }
}
