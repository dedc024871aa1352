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

# The world map (the Kaart page and the annual overview's map of destinations).
MAP_SEA = "#EEF3F8"
MAP_LAND = "#E2E5E9"  # a country not visited in the year
MAP_BORDER = "#FFFFFF"
# Visits in the year: at least this many for each shade, lightest first.
MAP_SHADES = ((1, "#C6DBEF"), (2, "#93BFDF"), (3, "#5A9BCC"))
MAP_MARKER = "#B5541B"  # relations: burnt orange, apart from the blues of the land
MAP_HOME = "#1A1A1A"


def map_shade(visits: int) -> str:
    """The land's colour for that many visits in the year."""
    colour = MAP_LAND
    for least, each in MAP_SHADES:
        if visits >= least:
            colour = each
    return colour


# Type sizes as a multiple of body text (9.5 pt in reports; the desktop's font in the
# window, so a larger font setting scales the headings with it).
TITLE_SCALE = 20 / 9.5
HEADING_SCALE = 14 / 9.5
SPACING = 6  # points between blocks (a paragraph's space after, in reports)
