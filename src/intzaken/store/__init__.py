"""Storage: engine and sessions, migrations at open, backups and integrity checks."""
