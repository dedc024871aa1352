"""Use cases: every write goes through a function here that validates first.

Callers own the transaction (`with database.sessions.begin() as session:`); a service
raises `ValidationError` before it changes anything, so a refused action leaves the
session as it was and the caller's rollback leaves the file unchanged.
"""
