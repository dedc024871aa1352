"""The house style the window and the reports share: one quiet blue, the greys of text,
rules and fills, and the type sizes of headings relative to body text.

Plain values only (hex colours, numbers), so the window can use them without loading
reportlab, and reports/styles.py makes its reportlab colours and paragraph styles from
the same values.
"""

from __future__ import annotations

ACCENT = "#154273"  # a deep blue, as Dutch government documents use: titles, headings
TEXT = "#1A1A1A"
MUTED = "#5F6B7A"  # subtitles, notes
RULE = "#B8C2CE"
HEADER_FILL = "#E6ECF3"  # table heads in reports; the chosen page in the window
TOTAL_FILL = "#F2F4F7"
OVERRUN = "#B00020"  # an overrun, an error
OVERRUN_FILL = "#FBE9EC"

# Type sizes as a multiple of body text (9.5 pt in reports; the desktop's font in the
# window, so a larger font setting scales the headings with it).
TITLE_SCALE = 20 / 9.5
HEADING_SCALE = 14 / 9.5
SPACING = 6  # points between blocks (a paragraph's space after, in reports)
