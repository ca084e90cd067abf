import Yams

extension ContentFileParser {
    /// `shortforms:` — a mapping of one short word to what it stands for.
    func parseShortForms(_ root: Node) -> ShortFormTable {
        var table = ShortFormTable()
        guard let values = reader.mapping(root, what: "fail", required: ["shortforms"], optional: []),
              let node = values["shortforms"] else { return table }
        guard case .mapping(let mapping) = node else {
            if !reader.isNull(node) {
                reader.wrongType(node, expected: ("pemetaan singkatan → maksud", "a mapping of short form → meaning"),
                                 what: "shortforms")
            }
            return table
        }
        for (keyNode, valueNode) in mapping {
            guard let short = reader.string(keyNode, what: "shortforms"),
                  let full = reader.string(valueNode, what: "shortforms '\(short)'") else { continue }
            let shortWords = TextNormalizer.words(short)
            let fullWords = TextNormalizer.words(full)
            if shortWords.count != 1 {
                reader.report("U001", at: keyNode,
                              ms: "singkatan '\(short)' mestilah satu perkataan",
                              en: "short form '\(short)' must be a single word")
            } else if fullWords.isEmpty {
                reader.report("U001", at: valueNode,
                              ms: "singkatan '\(short)' tiada maksud",
                              en: "short form '\(short)' has no meaning")
            } else if fullWords == shortWords {
                reader.report("U001", .warning, at: valueNode,
                              ms: "singkatan '\(short)' bermaksud dirinya sendiri",
                              en: "short form '\(short)' stands for itself")
            } else {
                table.add(shortWords[0], meaning: fullWords)
            }
        }
        return table
    }

    /// `synonyms:` — a list of groups, each a list of words or phrases that mean the same.
    func parseSynonyms(_ root: Node) -> SynonymTable {
        var table = SynonymTable()
        guard let values = reader.mapping(root, what: "fail", required: ["synonyms"], optional: []),
              let node = values["synonyms"], let groups = reader.sequence(node, what: "synonyms") else { return table }
        for groupNode in groups {
            guard let members = reader.sequence(groupNode, what: "synonyms") else { continue }
            var group: [[String]] = []
            for memberNode in members {
                guard let member = reader.string(memberNode, what: "synonyms") else { continue }
                let words = TextNormalizer.words(member)
                if words.isEmpty {
                    reader.report("U002", at: memberNode, ms: "sinonim kosong", en: "empty synonym")
                } else if let other = table.group(of: words) {
                    reader.report("U002", .warning, at: memberNode,
                                  ms: "'\(member)' sudah ada dalam kumpulan sinonim \(other + 1)",
                                  en: "'\(member)' is already in synonym group \(other + 1)")
                } else if group.contains(words) {
                    reader.report("U002", .warning, at: memberNode,
                                  ms: "'\(member)' diulang dalam kumpulan ini", en: "'\(member)' is repeated in this group")
                } else {
                    group.append(words)
                }
            }
            if group.count < 2 {
                reader.report("U002", at: groupNode,
                              ms: "kumpulan sinonim perlukan sekurang-kurangnya dua ahli",
                              en: "a synonym group needs at least two members")
            } else {
                table.add(group: group)
            }
        }
        return table
    }
}
