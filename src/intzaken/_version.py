"""The version, in one place: hatchling reads it into the package metadata (pyproject.toml,
[tool.hatch.version]) and `intzaken --version` and About read it from here."""

__version__ = "0.1.0"
