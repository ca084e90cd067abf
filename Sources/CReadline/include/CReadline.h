#ifndef RUNDING_CREADLINE_H
#define RUNDING_CREADLINE_H

/* The only place Runding touches GNU readline and signal handlers. */

#include <stddef.h>

/* Signals caught while reading a line. */
enum runding_signal {
    RUNDING_SIGNAL_NONE = 0,
    RUNDING_SIGNAL_INTERRUPT = 1, /* SIGINT: clear the line */
    RUNDING_SIGNAL_TERMINATE = 2  /* SIGTERM, SIGHUP or SIGQUIT: end the session cleanly */
};

/* Sets the locale (falling back to C.UTF-8), installs the signal handlers, ignores SIGPIPE. */
void runding_install_signal_handlers(void);

/* Waits up to timeout_ms at a time until fd is readable (1), a signal is pending (-2), or an
   error (-1). */
int runding_wait_readable(int fd, int timeout_ms);

/* Takes and clears the pending signal. */
int runding_take_signal(void);

/* Whether SIGTERM, SIGHUP or SIGQUIT arrived (not cleared). */
int runding_termination_requested(void);

/* Whether any of the signals above, SIGINT included, is pending (nothing is cleared). */
int runding_signal_pending(void);

/* Whether fd, not a terminal, is a pipe or socket whose writer has gone with nothing left to
   read (the end of input can be seen without reading). */
int runding_input_closed(int fd);

/* Prepares readline: name, no bracketed paste, own signal handling, completion, history size. */
void runding_readline_setup(const char *program_name, int history_limit);

/* The completion candidates: a NULL-terminated array of strings, copied. */
void runding_set_completions(const char *const *words, size_t count);

/* The candidates for the word after `command` (e.g. "/kuiz"), replacing any set before; copied. */
void runding_set_argument_completions(const char *command, const char *const *words, size_t count);

/* Reads a line with the prompt. Returns a malloc'd string (caller frees with runding_free), or
   NULL on end of input or termination. Ctrl-C on a half-typed line only clears it (as bash
   does); on an empty line the line comes back empty with the interrupt signal pending. */
char *runding_readline(const char *prompt);

/* Adds a line to the history, skipping blanks and consecutive duplicates. */
void runding_add_history(const char *line);

/* Reads and writes the history file (mode 0600), keeping at most `limit` lines. */
int runding_read_history(const char *path);
int runding_write_history(const char *path, int limit);

void runding_free(void *pointer);

/* The linked readline's version, e.g. 0x0802. */
int runding_readline_version(void);

#endif
