"""The command line: argument parsing and printing, no widgets, all work in the services."""
