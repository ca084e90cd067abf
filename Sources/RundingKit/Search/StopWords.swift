/// Question words, fillers and function words of both languages that carry no meaning in a search.
///
/// Words that matter in sales training stay out of these lists even when they are common:
/// `aktif`, `menang`, `pembeli`, `satu`, `lawan`.
enum StopWords {
    /// Multi-word question openers, removed before single words (longest first).
    static let phrases: [[String]] = [
        ["apakah", "yang", "dimaksudkan", "dengan"],
        ["apa", "yang", "dimaksudkan", "dengan"],
        ["apakah", "maksud"], ["apa", "maksud"], ["apa", "itu"], ["apa", "erti"],
        ["macam", "mana", "nak"], ["macam", "mana"], ["bagaimana", "nak"],
        ["what", "does", "it", "mean"], ["what", "is", "meant", "by"],
        ["tell", "me", "about"], ["how", "do", "i"], ["how", "to"],
        // Greetings and thanks around a question.
        ["terima", "kasih"], ["selamat", "pagi"], ["selamat", "tengah", "hari"],
        ["selamat", "petang"], ["selamat", "malam"], ["good", "morning"],
        ["good", "afternoon"], ["good", "evening"], ["thank", "you"], ["assalamu", "alaikum"],
    ]

    /// Single words.
    static let words: Set<String> = [
        // Malay
        "apa", "apakah", "maksud", "maksudnya", "erti", "definisi", "terangkan", "jelaskan",
        "huraikan", "bagaimana", "bagaimanakah", "cara", "caranya", "nak", "hendak", "mahu",
        "boleh", "bolehkah", "saya", "aku", "kami", "kita", "anda", "awak", "tentang",
        "mengenai", "dengan", "yang", "dan", "atau", "untuk", "itu", "ini", "ke", "di",
        "dari", "daripada", "pada", "kepada", "dalam", "ialah", "adalah", "iaitu", "tu", "ni",
        "sila", "tolong", "tak", "tidak", "la", "lah", "kah", "pun", "juga", "sahaja", "je",
        "dimaksudkan", "seperti", "sebuah", "sesuatu",
        // English
        "the", "what", "whats", "is", "are", "was", "a", "an", "of", "how", "to", "do", "does",
        "i", "you", "we", "my", "it", "its", "explain", "define", "definition", "meaning",
        "mean", "means", "tell", "me", "about", "please", "can", "could", "should", "would",
        "in", "on", "for", "and", "or", "with", "by", "be", "this", "that", "there",
        // Greetings and thanks
        "hai", "hi", "hello", "helo", "hey", "assalamualaikum", "salam", "thanks", "tq",
        "thx", "cikgu",
    ]

    /// Whether `word` (normalised) is a stop word.
    static func contains(_ word: String) -> Bool { words.contains(word) }
}
