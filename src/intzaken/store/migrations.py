"""Schema migrations, run from code when a file is opened."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from ..resources import migrations_path


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_path()))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "no migrations found"
    return head


def known_revisions() -> set[str]:
    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade_to_head(engine: Engine) -> None:
    """Apply every pending migration in one transaction on `engine`."""
    with engine.begin() as connection:
        upgrade_in(connection)


def upgrade_in(connection: Connection) -> None:
    """Apply every pending migration inside the transaction `connection` is in."""
    command.upgrade(alembic_config(connection), "head")


def schema_differences(engine: Engine) -> list[object]:
    """What differs between the file's schema and the models (empty when they agree)."""
    from alembic.autogenerate import compare_metadata

    from ..domain.models import Base

    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return list(compare_metadata(context, Base.metadata))
