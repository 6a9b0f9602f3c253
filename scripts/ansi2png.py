#!/usr/bin/env python3
"""Renders a tmux `capture-pane -e -p` dump (text with SGR colour escapes) to a PNG,
cell by cell, in a monospace font, keeping colours, bold and reverse video.
Usage: ansi2png.py INPUT.ansi OUTPUT.png COLUMNS ROWS"""
import re
import sys
import unicodedata

from PIL import Image, ImageDraw, ImageFont

try:
    import wcwidth  # the same width rules as the terminal (pip install wcwidth)
except ImportError:
    wcwidth = None

FONT_SIZE = 16
MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
MONO_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"
FALLBACKS = ["/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
             "/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf",
             "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"]
BG = (24, 26, 33)
FG = (220, 223, 228)
BASE16 = [(0, 0, 0), (205, 49, 49), (13, 188, 121), (229, 229, 16), (36, 114, 200), (188, 63, 188),
          (17, 168, 205), (229, 229, 229), (102, 102, 102), (241, 76, 76), (35, 209, 139), (245, 245, 67),
          (59, 142, 234), (214, 112, 214), (41, 184, 219), (255, 255, 255)]


def xterm256(n):
    if n < 16:
        return BASE16[n]
    if n < 232:
        n -= 16
        steps = [0, 95, 135, 175, 215, 255]
        return (steps[n // 36], steps[(n // 6) % 6], steps[n % 6])
    v = 8 + (n - 232) * 10
    return (v, v, v)


def width(ch):
    if wcwidth is not None:
        return max(0, wcwidth.wcwidth(ch))
    if unicodedata.combining(ch):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def parse(text, cols, rows):
    grid = [[(" ", FG, BG, False, 1) for _ in range(cols)] for _ in range(rows)]
    for y, line in enumerate(text.split("\n")[:rows]):
        fg, bg, bold, rev = FG, BG, False, False
        x = 0
        for tok in re.split(r"(\x1b\[[0-9;]*m)", line):
            m = re.fullmatch(r"\x1b\[([0-9;]*)m", tok)
            if m:
                codes = [int(c) if c else 0 for c in m.group(1).split(";")]
                i = 0
                while i < len(codes):
                    c = codes[i]
                    if c == 0:
                        fg, bg, bold, rev = FG, BG, False, False
                    elif c == 1:
                        bold = True
                    elif c == 22:
                        bold = False
                    elif c == 7:
                        rev = True
                    elif c == 27:
                        rev = False
                    elif 30 <= c <= 37:
                        fg = BASE16[c - 30]
                    elif 90 <= c <= 97:
                        fg = BASE16[c - 90 + 8]
                    elif 40 <= c <= 47:
                        bg = BASE16[c - 40]
                    elif 100 <= c <= 107:
                        bg = BASE16[c - 100 + 8]
                    elif c == 39:
                        fg = FG
                    elif c == 49:
                        bg = BG
                    elif c in (38, 48) and i + 2 < len(codes) and codes[i + 1] == 5:
                        col = xterm256(codes[i + 2])
                        if c == 38:
                            fg = col
                        else:
                            bg = col
                        i += 2
                    i += 1
                continue
            for ch in tok:
                w = width(ch)
                if w == 0:
                    if x > 0:
                        prev = grid[y][x - 1]
                        grid[y][x - 1] = (prev[0] + ch,) + prev[1:]
                    continue
                if x + w > cols:
                    break
                f, b = (bg, fg) if rev else (fg, bg)
                grid[y][x] = (ch, f, b, bold, w)
                if w == 2 and x + 1 < cols:
                    grid[y][x + 1] = ("", f, b, bold, 0)
                x += w
        # tmux trims trailing blanks even when they carry a background colour (a filled bar):
        # carry the background that was in force at the end of the line to the edge.
        if bg != BG:
            for xx in range(x, cols):
                grid[y][xx] = (" ", fg, bg, bold, 1)
    return grid


def main():
    src, dst, cols, rows = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    text = open(src, encoding="utf-8", errors="replace").read()
    mono = ImageFont.truetype(MONO, FONT_SIZE)
    bold = ImageFont.truetype(MONO_BOLD, FONT_SIZE)
    fallbacks = [ImageFont.truetype(f, FONT_SIZE) for f in FALLBACKS]
    cw = int(mono.getlength("M"))
    ch = FONT_SIZE + 4
    img = Image.new("RGB", (cols * cw + 16, rows * ch + 16), BG)
    draw = ImageDraw.Draw(img)
    for y, row in enumerate(parse(text, cols, rows)):
        for x, (glyph, fg, bg, isbold, w) in enumerate(row):
            if w == 0:
                continue
            px, py = 8 + x * cw, 8 + y * ch
            draw.rectangle([px, py, px + cw * w - 1, py + ch - 1], fill=bg)
            if glyph.strip():
                font = bold if isbold else mono
                if any(0x2800 <= ord(c) <= 0x28FF for c in glyph):
                    font = fallbacks[-1]   # braille spinner: DejaVu Sans has it, the mono face does not
                elif ord(glyph[0]) >= 0x1F000 or 0x2600 <= ord(glyph[0]) <= 0x27BF:
                    font = fallbacks[1]    # emoji and symbols: Symbola
                elif ord(glyph[0]) > 0x2FFF:
                    font = fallbacks[0]    # CJK: WenQuanYi Zen Hei
                draw.text((px, py + 1), glyph, font=font, fill=fg)
    img.save(dst)


if __name__ == "__main__":
    main()
