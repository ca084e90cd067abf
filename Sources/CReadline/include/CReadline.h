#ifndef RUNDING_CREADLINE_H
#define RUNDING_CREADLINE_H
/* Placeholder: filled in by the chat. */
int runding_readline_version(void);
#endif
