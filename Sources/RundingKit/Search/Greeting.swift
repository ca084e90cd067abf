/// A message that is only a greeting or a thank-you, answered briefly instead of searched.
public enum Greeting: String, Sendable, Equatable, CaseIterable {
    /// "hai", "hello", "assalamualaikum", "selamat pagi".
    case hello
    /// "terima kasih", "thanks", "tq".
    case thanks

    private static let phrases: [(words: [String], kind: Greeting)] = [
        (["terima", "kasih"], .thanks), (["thank", "you"], .thanks), (["thank", "u"], .thanks),
        (["thanks"], .thanks), (["thank"], .thanks), (["tq"], .thanks), (["ty"], .thanks),
        (["thx"], .thanks), (["tqvm"], .thanks), (["tenkiu"], .thanks), (["makasih"], .thanks),
        (["selamat", "pagi"], .hello), (["selamat", "tengah", "hari"], .hello),
        (["selamat", "petang"], .hello), (["selamat", "malam"], .hello),
        (["good", "morning"], .hello), (["good", "afternoon"], .hello),
        (["good", "evening"], .hello), (["assalamualaikum"], .hello),
        (["assalamu", "alaikum"], .hello), (["salam"], .hello), (["hai"], .hello),
        (["hi"], .hello), (["hello"], .hello), (["helo"], .hello), (["hey"], .hello),
        (["hye"], .hello), (["yo"], .hello),
    ]

    /// Words that may surround a greeting without making it a question.
    private static let fillers: Set<String> = [
        "banyak", "byk", "semua", "all", "so", "much", "a", "lot", "very", "bot", "cikgu",
        "runding", "ok", "okay", "okey", "baik", "there", "sir", "puan", "encik", "tuan",
        "cik", "kawan", "everyone", "again", "sekali", "lagi", "ya", "yes", "and", "dan",
    ]

    /// The greeting that `words` (normalised) consist of, or nil when they say anything else.
    static func detect(in words: [String]) -> Greeting? {
        var found: Greeting?
        var index = 0
        scanning: while index < words.count {
            for (phrase, kind) in phrases
            where index + phrase.count <= words.count
                && words[index..<(index + phrase.count)].elementsEqual(phrase) {
                if found != .thanks { found = kind }
                index += phrase.count
                continue scanning
            }
            guard fillers.contains(words[index]) else { return nil }
            index += 1
        }
        return found
    }
}
