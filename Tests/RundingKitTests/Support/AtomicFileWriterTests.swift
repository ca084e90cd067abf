import Foundation
import Testing
@testable import RundingKit

/// Issue 16, item 3: `--output` replaced devices and symbolic links with a regular file and
/// turned a 0600 file into 0644.
@Suite struct AtomicFileWriterTests {
    @Test func aSymbolicLinkIsRefusedAndLeftAlone() throws {
        let directory = try TemporaryDirectory()
        try directory.write(Array("secret\n".utf8), to: "target")
        #expect(symlink(directory.file("target"), directory.file("team.html")) == 0)
        #expect(throws: ProgressFileError(path: directory.file("team.html"), operation: .write, reason: .isASymbolicLink)) {
            try AtomicFileWriter(path: directory.file("team.html"))
        }
        var status = stat()
        #expect(lstat(directory.file("team.html"), &status) == 0 && status.st_mode & S_IFMT == S_IFLNK)
        #expect(try directory.read("target") == Array("secret\n".utf8))
    }

    @Test func aDeviceIsRefused() {
        #expect(throws: ProgressFileError(path: "/dev/null", operation: .write, reason: .notARegularFile)) {
            try AtomicFileWriter(path: "/dev/null")
        }
        var status = stat()
        #expect(lstat("/dev/null", &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)
    }

    @Test func aLinkPlantedBeforeTheCommitIsRefused() throws {
        let directory = try TemporaryDirectory()
        let writer = try AtomicFileWriter(path: directory.file("team.html"))
        try writer.write("<html>")
        #expect(symlink("/dev/null", directory.file("team.html")) == 0)
        #expect(throws: ProgressFileError.self) { try writer.commit() }
        var status = stat()
        #expect(lstat(directory.file("team.html"), &status) == 0 && status.st_mode & S_IFMT == S_IFLNK)
    }

    @Test(arguments: [0o600 as mode_t, 0o640, 0o664])
    func anExistingFileKeepsItsMode(mode: mode_t) throws {
        let directory = try TemporaryDirectory()
        try directory.write(Array("old".utf8), to: "team.html")
        #expect(chmod(directory.file("team.html"), mode) == 0)
        let writer = try AtomicFileWriter(path: directory.file("team.html"))
        try writer.write("new")
        try writer.commit()
        var status = stat()
        #expect(stat(directory.file("team.html"), &status) == 0)
        #expect(status.st_mode & 0o7777 == mode)
        #expect(try directory.read("team.html") == Array("new".utf8))
    }
}
