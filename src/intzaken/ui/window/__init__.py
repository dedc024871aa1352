"""The parts of the main window (ui/main_window.py), one concern each: the pages and the
navigation between them, the menus and toolbar, opening and backing up databases, the
record actions, and the layout and settings kept between sessions.

Like the window frame, these modules import Qt and light modules only: the frame is painted
before anything heavy loads (ui/first_paint.py).
"""
