import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Issue 16, item 4: the readline history followed a symbolic link planted in its place: the
/// up-arrow showed the target's lines, `/quit` wrote into it (and made it 0600), and a dangling
/// link created the file it named.
@Suite(.serialized) struct HistoryLinkTests {
    @Test(arguments: [true, false])
    func aSymbolicLinkInPlaceOfTheHistoryIsNeitherReadNorWrittenThrough(dangling: Bool) throws {
        let home = try TemporaryDirectory()
        defer { home.remove() }
        let folder = home.path + "/data/runding/history"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let target = home.path + "/other-file"
        if !dangling {
            try home.write("other-file", "rahsia-orang-lain\n")
            #expect(chmod(target, 0o644) == 0)
        }
        #expect(symlink(target, folder + "/pty") == 0)
        let environment = ReadlineFirstHourTests.environment(home)
        let arguments = ReadlineFirstHourTests.arguments.map { $0 == "PROGRESS" ? home.path + "/progress" : $0 }
        let terminal = try PseudoTerminal(arguments: arguments, environment: environment)
        #expect(terminal.waitFor("> "))
        let before = terminal.output.count
        terminal.type("\u{1B}[A")
        usleep(300_000)
        #expect(!terminal.output.dropFirst(before).contains("rahsia-orang-lain"))
        terminal.type("\u{15}hai\n")
        #expect(terminal.waitFor("Hai!", after: before))
        terminal.type("/keluar\n")
        #expect(terminal.waitFor("Sesi ini:"))
        #expect(terminal.waitForExit() == 0)
        if dangling {
            #expect(!FileManager.default.fileExists(atPath: target))
        } else {
            #expect(try String(contentsOfFile: target, encoding: .utf8) == "rahsia-orang-lain\n")
            let attributes = try FileManager.default.attributesOfItem(atPath: target)
            #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o644)
        }
        // The history is now a file of its own, 0600, in place of the link.
        var status = stat()
        #expect(lstat(folder + "/pty", &status) == 0 && status.st_mode & S_IFMT == S_IFREG)
        #expect(status.st_mode & 0o777 == 0o600)
    }
}
