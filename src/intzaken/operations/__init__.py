"""The use cases the window and the command line share, written once, without Qt.

Each module is one use case (importing, merging, travel_copying, restoring, backing_up):
the sequence of opening or locking, checks, the backup before a write, the transaction
with its confirmed outcome, and what is refused. The window (ui/*_flow.py) adds threads,
progress and dialogs around these functions; the command line (cli/*_command.py) adds
argument parsing and printing. Neither repeats a step of the sequence.
"""
