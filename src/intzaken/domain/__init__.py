"""Domain: typed SQLAlchemy models, enums and value types. No Qt and no I/O here."""
