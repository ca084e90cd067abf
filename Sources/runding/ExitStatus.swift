import ArgumentParser

/// The exit statuses Runding uses, documented in `--help` and the README.
enum ExitStatus {
    static let contentErrors = ExitCode(1)
    /// `runding report --learner NAME` or `runding export xapi --learner NAME` found no file.
    static let notFound = ExitCode(1)
    /// An invalid value: a learner name, an unknown dialogue or node (`play`, `graph`).
    static let invalidInput = ExitCode(2)
    static let noContent = ExitCode(66)
    static let cannotWrite = ExitCode(73)
    static let cannotRead = ExitCode(74)
    /// The chat stopped waiting for the lock on the learner's log that another process holds.
    static let logLocked = ExitCode(75)

    static let helpText = """
        Exit status / status keluar:
          0   success / berjaya
          1   content has errors (runding check; with --missing: a text lacks that language);
              nothing found (glossary, report --learner); runding play: input ended before an
              ending / kandungan ada ralat; tiada yang ditemui; input tamat sebelum penamat
          2   invalid value: a learner name, an unknown dialogue or node (play, graph) /
              nilai tidak sah: nama pelajar, dialog atau nod yang tidak wujud
          64  usage error (unknown option) / salah guna pilihan
          66  no content found / kandungan tidak ditemui
          73  output file cannot be written (--output) / fail output tidak dapat ditulis
          74  a progress file or directory cannot be read / fail kemajuan tidak dapat dibaca
          75  the chat stopped waiting for the lock another process holds on the learner's log
              (a signal, the end of input, or 30 s) / sembang berhenti menunggu kunci log
        The chat exits 0 at end of input, /quit, SIGTERM, SIGHUP or SIGQUIT (after saving and the summary),
        or when its output is closed. / Sembang keluar dengan 0 selepas sesi disimpan.
        """
}
