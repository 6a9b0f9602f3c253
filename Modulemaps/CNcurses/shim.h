// The one C surface of acquire-cases: ncursesw with its wide-character API, plus
// Swift-6-safe accessors for the globals and macros Swift cannot import.
#ifndef ACQUIRE_CASES_CNCURSES_SHIM_H
#define ACQUIRE_CASES_CNCURSES_SHIM_H

// SwiftPM drops -D flags from pkg-config: define them here, before the header.
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <langinfo.h>
#include <locale.h>
#include <string.h>
#include <stdio.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

// Globals (Swift 6 refuses mutable C globals).
static inline WINDOW *acq_stdscr(void) { return stdscr; }
static inline int acq_lines(void) { return LINES; }
static inline int acq_cols(void) { return COLS; }
static inline int acq_colors(void) { return COLORS; }
static inline int acq_color_pairs(void) { return COLOR_PAIRS; }

static inline WINDOW *acq_curscr(void) { return curscr; }
static inline FILE *acq_stdin(void) { return stdin; }
static inline FILE *acq_stdout(void) { return stdout; }

/// Whether the current locale (after setlocale) encodes text as UTF-8.
static inline int acq_locale_is_utf8(void) {
    const char *cs = nl_langinfo(CODESET);
    return cs != NULL && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0 || strcmp(cs, "UTF8") == 0);
}

// Attribute macros.
static inline attr_t acq_a_normal(void) { return A_NORMAL; }
static inline attr_t acq_a_bold(void) { return A_BOLD; }
static inline attr_t acq_a_dim(void) { return A_DIM; }
static inline attr_t acq_a_reverse(void) { return A_REVERSE; }
static inline attr_t acq_a_underline(void) { return A_UNDERLINE; }
static inline attr_t acq_a_standout(void) { return A_STANDOUT; }

// Key codes that are macros or need computing.
static inline int acq_key_f(int n) { return KEY_F(n); }
static inline int acq_key_code_yes(void) { return KEY_CODE_YES; }
static inline int acq_key_resize(void) { return KEY_RESIZE; }
static inline int acq_key_mouse(void) { return KEY_MOUSE; }
static inline int acq_err(void) { return ERR; }
static inline int acq_ok(void) { return OK; }

// Mouse: wheel buttons are macros that depend on the mouse version.
static inline mmask_t acq_wheel_up_mask(void) { return BUTTON4_PRESSED; }
#ifdef BUTTON5_PRESSED
static inline mmask_t acq_wheel_down_mask(void) { return BUTTON5_PRESSED; }
#else
static inline mmask_t acq_wheel_down_mask(void) { return 0; }
#endif
static inline mmask_t acq_button1_mask(void) { return BUTTON1_PRESSED | BUTTON1_CLICKED; }

/// Puts one cell (a character plus any combining marks) with attributes and a colour pair.
static inline int acq_put_cell(int y, int x, const wchar_t *wch, attr_t attrs, short pair) {
    cchar_t cc;
    if (setcchar(&cc, wch, attrs, pair, NULL) != OK) return ERR;
    return mvwadd_wch(stdscr, y, x, &cc);
}

/// Whether the current terminal has capability `name` as a string (tigetstr neither NULL nor -1).
static inline int acq_has_string_cap(const char *name) {
    const char *cap = tigetstr(name);
    return cap != NULL && cap != (char *)-1;
}

/// Checks a terminal type without touching the terminal: 0 ok, 1 unknown type,
/// 2 hard-copy or generic (no cursor addressing), 3 terminfo database missing.
/// Uses setupterm (which writes nothing) and frees what it loaded.
static inline int acq_probe_term(const char *term, int fd) {
    int err = 0;
    TERMINAL *saved = cur_term;
    if (setupterm(term, fd, &err) != OK) {
        if (err == 1) return 2;   // hard-copy terminal
        if (err == 0) return 1;   // not found / generic
        return 3;                 // database not found
    }
    int ok = acq_has_string_cap("cup") && acq_has_string_cap("clear");
    TERMINAL *probe = cur_term;
    set_curterm(saved);
    del_curterm(probe);
    return ok ? 0 : 2;
}

/// Copies the terminal's exit-alternate-screen and show-cursor strings (for a fatal-signal
/// handler, which may only write bytes). Returns the number of bytes written into buf.
static inline int acq_reset_sequence(char *buf, int size) {
    int n = 0;
    const char *names[] = { "sgr0", "rmcup", "cnorm", "rmkx" };
    for (int i = 0; i < 4; i++) {
        const char *cap = tigetstr(names[i]);
        if (cap == NULL || cap == (char *)-1) continue;
        for (const char *p = cap; *p && n < size - 1; p++) {
            // Skip padding specs like $<5> which are not bytes for the terminal.
            if (p[0] == '$' && p[1] == '<') { while (*p && *p != '>') p++; if (!*p) break; continue; }
            buf[n++] = *p;
        }
    }
    buf[n] = 0;
    return n;
}

#endif
