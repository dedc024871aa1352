"""The command line's arguments, one module per group of subcommands: light on purpose.

Building the parser (for `--help`, `--version` and every command) imports these and
nothing heavy; each command's own module (../*_command.py) is imported only when that
command runs (../commands.py).
"""
