#define _GNU_SOURCE
#include <errno.h>
#include <poll.h>
#include <pthread.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <readline/readline.h>
#include <readline/history.h>
#include "CReadline.h"

static volatile sig_atomic_t pending_signal = RUNDING_SIGNAL_NONE;
static volatile sig_atomic_t termination = 0;

static char **completion_words = NULL;
static size_t completion_count = 0;

/* Candidates for the argument of a command ("/kuiz " → quiz ids and topics). */
#define RUNDING_MAX_ARGUMENT_COMMANDS 32
struct argument_completions {
    char *command;
    char **words;
    size_t count;
};
static struct argument_completions argument_table[RUNDING_MAX_ARGUMENT_COMMANDS];
static size_t argument_table_count = 0;

/* The list the generator walks through for the word being completed. */
static char *const *active_words = NULL;
static size_t active_count = 0;

static void on_signal(int number) {
    if (number == SIGINT) {
        pending_signal = RUNDING_SIGNAL_INTERRUPT;
    } else {
        pending_signal = RUNDING_SIGNAL_TERMINATE;
        termination = 1;
    }
}

void runding_install_signal_handlers(void) {
    if (setlocale(LC_ALL, "") == NULL || strstr(setlocale(LC_CTYPE, NULL), "UTF-8") == NULL) {
        if (setlocale(LC_CTYPE, "C.UTF-8") == NULL) setlocale(LC_CTYPE, "C.utf8");
    }
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_signal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0; /* no SA_RESTART: a blocked read returns EINTR */
    sigaction(SIGINT, &action, NULL);
    sigaction(SIGTERM, &action, NULL);
    sigaction(SIGHUP, &action, NULL);
    /* Ctrl-\: like SIGTERM (save, summarise, exit), not the runtime's crash report. */
    sigaction(SIGQUIT, &action, NULL);
    signal(SIGPIPE, SIG_IGN);
    /* A parent may have blocked them (test runners do); this thread must receive them. */
    sigset_t wanted;
    sigemptyset(&wanted);
    sigaddset(&wanted, SIGINT);
    sigaddset(&wanted, SIGTERM);
    sigaddset(&wanted, SIGHUP);
    sigaddset(&wanted, SIGQUIT);
    pthread_sigmask(SIG_UNBLOCK, &wanted, NULL);
}

int runding_take_signal(void) {
    int value = pending_signal;
    pending_signal = RUNDING_SIGNAL_NONE;
    return value;
}

int runding_termination_requested(void) { return termination; }

int runding_signal_pending(void) { return pending_signal != RUNDING_SIGNAL_NONE || termination; }

int runding_input_closed(int fd) {
    if (isatty(fd)) return 0;
    struct pollfd descriptor = { .fd = fd, .events = POLLIN, .revents = 0 };
    if (poll(&descriptor, 1, 0) != 1) return 0;
    if (descriptor.revents & (POLLERR | POLLNVAL)) return 1;
    return (descriptor.revents & POLLHUP) && !(descriptor.revents & POLLIN);
}

/* Waits until `fd` is readable, a signal is pending, or the timeout passes. A signal may be
   delivered to any thread, so the flag is polled rather than relying on EINTR. */
int runding_wait_readable(int fd, int timeout_ms) {
    struct pollfd descriptor = { .fd = fd, .events = POLLIN, .revents = 0 };
    for (;;) {
        if (pending_signal != RUNDING_SIGNAL_NONE || termination) return -2;
        int ready = poll(&descriptor, 1, timeout_ms);
        if (ready > 0) return 1;
        if (ready == 0) continue;
        if (errno != EINTR) return -1;
    }
}

/* readline's own reader, but a signal ends the line: Ctrl-C accepts an empty line, a
   termination signal ends input. */
static int runding_getc(FILE *stream) {
    for (;;) {
        int ready = runding_wait_readable(fileno(stream), 100);
        if (ready == -2) {
            if (termination) return EOF;
            if (rl_end > 0) {
                /* Like bash: the first Ctrl-C only clears a half-typed line. */
                pending_signal = RUNDING_SIGNAL_NONE;
                rl_replace_line("", 0);
                rl_point = rl_end = 0;
                rl_crlf();
                rl_on_new_line();
                rl_redisplay();
                continue;
            }
            return '\n';
        }
        if (ready < 0) return EOF;
        unsigned char c;
        ssize_t count = read(fileno(stream), &c, 1);
        if (count == 1) return c;
        if (count == 0) return EOF;
        if (errno != EINTR && errno != EAGAIN) return EOF;
    }
}

static char *completion_generator(const char *text, int state) {
    static size_t index;
    static size_t length;
    if (state == 0) {
        index = 0;
        length = strlen(text);
    }
    while (index < active_count) {
        const char *word = active_words[index++];
        if (strncasecmp(word, text, length) == 0) return strdup(word);
    }
    return NULL;
}

/* The argument candidates of the command that starts the line, if it has any. */
static const struct argument_completions *arguments_for_line(int start) {
    const char *line = rl_line_buffer;
    size_t skip = strspn(line, " \t");
    size_t length = strcspn(line + skip, " \t");
    if (length == 0 || (int)(skip + length) >= start) return NULL;
    for (size_t i = 0; i < argument_table_count; i++) {
        const char *command = argument_table[i].command;
        if (strlen(command) == length && strncasecmp(command, line + skip, length) == 0) return &argument_table[i];
    }
    return NULL;
}

static char **complete(const char *text, int start, int end) {
    (void)end;
    rl_attempted_completion_over = 1; /* never fall back to file names */
    const struct argument_completions *arguments = arguments_for_line(start);
    if (arguments != NULL) {
        active_words = arguments->words;
        active_count = arguments->count;
    } else {
        active_words = completion_words;
        active_count = completion_count;
    }
    return rl_completion_matches(text, completion_generator);
}

void runding_readline_setup(const char *program_name, int history_limit) {
    rl_readline_name = program_name;
    rl_catch_signals = 0;
    rl_catch_sigwinch = 1;
    rl_getc_function = runding_getc;
    rl_attempted_completion_function = complete;
    rl_completer_word_break_characters = " \t\n\"'";
    rl_variable_bind("enable-bracketed-paste", "off");
    /* Candidates match ignoring case, so the common prefix must too ("/kuiz enp" + Tab must not
       become "/kuiz e" because of "eNPS" and "enps"). */
    rl_variable_bind("completion-ignore-case", "on");
    using_history();
    stifle_history(history_limit);
}

void runding_set_completions(const char *const *words, size_t count) {
    for (size_t i = 0; i < completion_count; i++) free(completion_words[i]);
    free(completion_words);
    completion_words = calloc(count + 1, sizeof(char *));
    completion_count = completion_words ? count : 0;
    for (size_t i = 0; i < completion_count; i++) completion_words[i] = strdup(words[i]);
}

void runding_set_argument_completions(const char *command, const char *const *words, size_t count) {
    struct argument_completions *slot = NULL;
    for (size_t i = 0; i < argument_table_count; i++) {
        if (strcmp(argument_table[i].command, command) == 0) slot = &argument_table[i];
    }
    if (slot == NULL) {
        if (argument_table_count == RUNDING_MAX_ARGUMENT_COMMANDS) return;
        slot = &argument_table[argument_table_count++];
        slot->command = strdup(command);
        slot->words = NULL;
        slot->count = 0;
    }
    for (size_t i = 0; i < slot->count; i++) free(slot->words[i]);
    free(slot->words);
    slot->words = calloc(count + 1, sizeof(char *));
    slot->count = slot->words ? count : 0;
    for (size_t i = 0; i < slot->count; i++) slot->words[i] = strdup(words[i]);
}

char *runding_readline(const char *prompt) {
    if (termination) return NULL;
    return readline(prompt);
}

void runding_add_history(const char *line) {
    if (line == NULL) return;
    const char *p = line;
    while (*p == ' ' || *p == '\t') p++;
    if (*p == '\0') return;
    HIST_ENTRY *last = history_length > 0 ? history_get(history_base + history_length - 1) : NULL;
    if (last != NULL && strcmp(last->line, line) == 0) return;
    add_history(line);
}

/* Only a regular file of our own is read: a symbolic link planted in the history folder would
   show another file's lines at the up-arrow. */
int runding_read_history(const char *path) {
    struct stat status;
    if (lstat(path, &status) != 0) return errno;
    if (!S_ISREG(status.st_mode) || status.st_uid != geteuid()) return EPERM;
    return read_history(path);
}

/* Written to a new file next to it, then renamed over it: a symbolic link (even a dangling one)
   or a hard link at `path` is replaced, never written through. */
int runding_write_history(const char *path, int limit) {
    size_t length = strlen(path);
    char *temporary = malloc(length + 8);
    if (temporary == NULL) return ENOMEM;
    memcpy(temporary, path, length);
    memcpy(temporary + length, ".XXXXXX", 8);
    mode_t previous = umask(077);
    int descriptor = mkstemp(temporary);
    umask(previous);
    if (descriptor < 0) {
        int code = errno;
        free(temporary);
        return code;
    }
    close(descriptor);
    int result = write_history(temporary);
    if (result == 0) result = history_truncate_file(temporary, limit);
    if (result == 0) {
        chmod(temporary, 0600);
        if (rename(temporary, path) != 0) result = errno;
    }
    if (result != 0) unlink(temporary);
    free(temporary);
    return result;
}

void runding_free(void *pointer) { free(pointer); }

int runding_readline_version(void) { return rl_readline_version; }
