/// The curriculum order the content declares: the order of `Glossary/topics.yaml`.
extension ContentPack {
    /// `dialogues` in curriculum order: by the place of their topic in the topic list (dialogues
    /// without a known topic last), quizzes before role-plays within a topic, then by id.
    public func inCurriculumOrder(_ dialogues: [Dialogue]) -> [Dialogue] {
        let place = Dictionary(topics.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        return dialogues.sorted { lhs, rhs in
            let left = lhs.topic.flatMap { place[$0] } ?? Int.max
            let right = rhs.topic.flatMap { place[$0] } ?? Int.max
            if left != right { return left < right }
            if lhs.kind != rhs.kind { return lhs.kind == .quiz }
            return lhs.id < rhs.id
        }
    }
}
