"""The objects that exist before a report is written are left out of garbage collection
while it is written.

Python's full collections scan every tracked object. With a large database open the app
holds a few hundred thousand of them (modules, matplotlib, the session's records), and
writing the annual overview of a thousand trips triggers several full collections, which
cost it about half a second. None of those older objects becomes garbage because of the
report, so they are frozen (gc.freeze) for its duration: collections then look only at
what the report makes, and cyclic garbage is still collected as usual.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def frozen_heap() -> Iterator[None]:
    gc.freeze()
    try:
        yield
    finally:
        # Back into the oldest generation: collected again as before.
        gc.unfreeze()
