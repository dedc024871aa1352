"""The error of travel copies, without the ORM: the command line names it in every
command's error handling (cli/commands.py), also where no travel copy is made."""


class TravelCopyError(Exception):
    """A travel copy that cannot be taken or merged; `str()` is the Dutch reason."""
