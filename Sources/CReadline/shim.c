#include <stdio.h>
#include <readline/readline.h>
#include "CReadline.h"
int runding_readline_version(void) { return rl_readline_version; }
