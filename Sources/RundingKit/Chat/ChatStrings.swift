/// The chat's fixed texts in both languages.
enum ChatStrings {
    static func t(_ ms: String, _ en: String) -> LocalizedText { LocalizedText(ms: ms, en: en) }

    static let welcome = t(
        "Selamat datang ke Runding, jurulatih rundingan jualan anda. Tanya apa-apa (cth. \"apa itu eNPS?\"), atau taip /kuiz, /lakonan, /ulangkaji, /kemajuan. /bantuan untuk semua arahan.",
        "Welcome to Runding, your sales-negotiation coach. Ask anything (e.g. \"what is active listening?\"), or type /quiz, /roleplay, /review, /progress. /help lists every command.")

    static func help(_ language: Language) -> [String] {
        let rows: [(ChatCommand, String, LocalizedText)] = [
            (.help, "", t("senarai arahan ini", "this list of commands")),
            (.next, "", t("mulakan aktiviti terbaik seterusnya untuk anda", "start the best next activity for you")),
            (.glossary, " [istilah|term]", t("cari istilah glosari, atau senaraikan semua", "look up a glossary term, or list them all")),
            (.quiz, " [topik|kemahiran]", t("mulakan kuiz (tanpa topik: papar menu)", "start a quiz (no argument: a menu)")),
            (.roleplay, " [id]", t("mulakan lakonan peranan dengan pembeli (tanpa topik: papar menu)", "start a role-play with a buyer (no argument: a menu)")),
            (.review, "", t("ulang kaji item yang sudah tiba masanya", "review the items that are due")),
            (.progress, "", t("penguasaan kemahiran dan jadual ulang kaji anda", "your skill mastery and review schedule")),
            (.lang, " ms|en", t("tukar bahasa", "switch language")),
            (.hint, "", t("petunjuk untuk soalan semasa", "a hint for the current question")),
            (.options, "", t("tunjukkan pilihan jawapan (atau tekan Enter)", "show the answer options (or press Enter)")),
            (.stop, "", t("tinggalkan kuiz atau lakonan semasa", "leave the current quiz or role-play")),
            (.quit, "", t("tamatkan sesi (Ctrl-D juga boleh)", "end the session (Ctrl-D works too)")),
        ]
        return rows.map { command, argument, text in
            let other = language == .ms ? command.rawValue : command.malayName
            return "/\(command.name(in: language))\(argument) (/\(other)): \(text[language])"
        }
    }

    static let helpFooter = t(
        "Di luar kuiz, apa sahaja yang anda taip ialah soalan kepada glosari. Dalam kuiz atau lakonan, jawab dengan nombor pilihan atau dengan kata-kata anda sendiri.",
        "Outside a quiz, anything you type is a question to the glossary. In a quiz or role-play, answer with the option's number or in your own words.")
}
