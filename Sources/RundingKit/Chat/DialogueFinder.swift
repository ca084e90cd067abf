/// Finds the dialogues a learner names: by id, topic, skill or words of the title.
struct DialogueFinder {
    let pack: ContentPack

    /// Dialogues among `options` whose id, topic, skills or title match `text`, the most exact kind of match first.
    func matches(_ text: String, among options: [Dialogue]) -> [Dialogue] {
        let wanted = TextNormalizer.normalize(text)
        guard !wanted.isEmpty else { return [] }
        if let exact = options.first(where: { $0.id == text || TextNormalizer.normalize($0.id) == wanted }) {
            return [exact]
        }
        let topicMatches = options.filter { dialogue in
            guard let topic = dialogue.topic else { return false }
            return TextNormalizer.normalize(topic) == wanted
                || pack.topic(topic).map { $0.name.all.map(TextNormalizer.normalize).contains(wanted) } == true
        }
        if !topicMatches.isEmpty { return topicMatches }
        let skillMatches = options.filter { dialogue in
            dialogue.skills.contains { skill in
                TextNormalizer.normalize(skill) == wanted
                    || pack.skill(skill).map { $0.name.all.map(TextNormalizer.normalize).contains(wanted) } == true
            }
        }
        if !skillMatches.isEmpty { return skillMatches }
        return options.filter { dialogue in
            dialogue.title.all.contains { TextNormalizer.normalize($0).contains(wanted) }
                || TextNormalizer.normalize(dialogue.id).contains(wanted)
        }
    }
}
