#define _GNU_SOURCE
#include <errno.h>
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
    signal(SIGPIPE, SIG_IGN);
}

int runding_take_signal(void) {
    int value = pending_signal;
    pending_signal = RUNDING_SIGNAL_NONE;
    return value;
}

int runding_termination_requested(void) { return termination; }

/* readline's own reader, but a signal ends the line: Ctrl-C accepts an empty line, a
   termination signal ends input. */
static int runding_getc(FILE *stream) {
    for (;;) {
        unsigned char c;
        ssize_t count = read(fileno(stream), &c, 1);
        if (count == 1) return c;
        if (count == 0) return EOF;
        if (errno != EINTR) return EOF;
        if (termination) return EOF;
        if (pending_signal == RUNDING_SIGNAL_INTERRUPT) {
            rl_replace_line("", 0);
            rl_point = rl_end = 0;
            return '\n';
        }
    }
}

static char *completion_generator(const char *text, int state) {
    static size_t index;
    static size_t length;
    if (state == 0) {
        index = 0;
        length = strlen(text);
    }
    while (index < completion_count) {
        const char *word = completion_words[index++];
        if (strncasecmp(word, text, length) == 0) return strdup(word);
    }
    return NULL;
}

static char **complete(const char *text, int start, int end) {
    (void)start;
    (void)end;
    rl_attempted_completion_over = 1; /* never fall back to file names */
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

int runding_read_history(const char *path) { return read_history(path); }

int runding_write_history(const char *path, int limit) {
    mode_t previous = umask(077);
    int result = write_history(path);
    umask(previous);
    if (result == 0) {
        chmod(path, 0600);
        history_truncate_file(path, limit);
    }
    return result;
}

void runding_free(void *pointer) { free(pointer); }

int runding_readline_version(void) { return rl_readline_version; }
