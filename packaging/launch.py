"""Entry point of the PyInstaller bundle: the same as the installed `intzaken` command."""

import sys

from intzaken.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
