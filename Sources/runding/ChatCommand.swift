import ArgumentParser
import RundingKit

struct ChatCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chat",
        abstract: "Berbual dengan Runding (lalai) / chat with Runding (the default)."
    )

    @OptionGroup var options: ContentOptions

    func run() throws {
        let language = try options.language()
        _ = try options.contentRoot(language: language)
        print(language == .ms
              ? "Selamat datang ke Runding. Arahan: runding check, runding glossary."
              : "Welcome to Runding. Commands: runding check, runding glossary.")
    }
}
