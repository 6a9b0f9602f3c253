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

#include <locale.h>
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

/// Whether the terminal can address the cursor (clear and cup capabilities exist).
static inline int acq_term_can_address(void) {
    const char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1;
}

#endif
