"""Write resources/schema/<revision>.json: the schema our migrations create at each
revision, which every file from outside is compared with (store/schema_trust.py).

Run after adding a migration:  .venv/bin/python tools/make-schema-snapshots.py
tests/test_foreign_schema.py fails until the snapshots match the migrations.
"""

from __future__ import annotations

from intzaken.store.schema_snapshots import write_snapshots

if __name__ == "__main__":
    for written in write_snapshots():
        print(written)
