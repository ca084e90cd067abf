/// What a quiz or role-play says about answering, in both languages.
enum DialogueStrings {
    static func howToAnswer(_ dialogue: Dialogue, language: Language) -> String {
        switch (dialogue.inputMode, language) {
        case (.typed, .ms):
            "Taip apa yang anda akan katakan. Tekan Enter (atau /pilihan) untuk melihat pilihan. /berhenti untuk keluar."
        case (.typed, .en):
            "Type what you would say. Press Enter (or /options) to see the options. /stop to leave."
        case (.choices, .ms):
            dialogue.kind == .quiz ? "Jawab dengan nombor atau kata-kata anda. /berhenti untuk keluar."
                : "Pilih nombor, atau taip apa yang anda akan katakan. /berhenti untuk keluar."
        case (.choices, .en):
            dialogue.kind == .quiz ? "Answer with a number or in your own words. /stop to leave."
                : "Pick a number, or type what you would say. /stop to leave."
        }
    }

    static let sayIt = LocalizedText(ms: "(Apa yang anda akan katakan? Enter untuk melihat pilihan.)",
                                     en: "(What would you say? Enter to see the options.)")
    static let typeYourAnswer = LocalizedText(ms: "(Taip jawapan anda.)", en: "(Type your answer.)")
    static let numberBeforeOptions = LocalizedText(
        ms: "Pilihan belum ditunjukkan. Inilah pilihannya: pilih nombor, atau taip apa yang anda akan katakan:",
        en: "The options were not shown yet. Here they are: pick a number, or type what you would say:")
    static let pickAnother = LocalizedText(ms: "Baik. Pilih nombor, atau katakan dengan cara lain:",
                                           en: "All right. Pick a number, or say it another way:")

    static func notUnderstood(_ count: Int, language: Language) -> String {
        language == .ms
            ? "Saya tidak pasti pilihan mana yang anda maksudkan. Taip nombor 1–\(count) atau katakan dengan cara lain:"
            : "I'm not sure which option you mean. Type a number 1–\(count) or say it another way:"
    }

    static func noSuchNumber(_ count: Int, language: Language) -> String {
        language == .ms ? "Tiada pilihan dengan nombor itu. Pilih 1–\(count):" : "There is no option with that number. Pick 1–\(count):"
    }

    static func confirm(number: Int, text: String, language: Language) -> String {
        language == .ms
            ? "Maksud anda pilihan \(number): \(quoted(text))? (ya / tidak / nombor lain)"
            : "Do you mean option \(number): \(quoted(text))? (yes / no / another number)"
    }

    static func understood(_ text: String, language: Language) -> String {
        (language == .ms ? "Anda memilih: " : "You chose: ") + quoted(text)
    }

    /// `text` in curly quotes, once: an option text that is itself a quotation keeps its own.
    static func quoted(_ text: String) -> String {
        let quotes: [(Character, Character)] = [("“", "”"), ("\"", "\""), ("‘", "’"), ("'", "'")]
        if let first = text.first, let last = text.last, text.count > 1,
           quotes.contains(where: { $0.0 == first && $0.1 == last }) {
            return text
        }
        return "“\(text)”"
    }
}
