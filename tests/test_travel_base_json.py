"""A base is stored as orjson writes it (travel/portable.dumps) and read back as the
content json would have given: numbers as keys become text, nothing else changes."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from intzaken.travel.portable import dumps, loads

_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**63 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text()  # accents, CJK, control characters, quotes and backslashes
)
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.text(max_size=8), inner, max_size=4)
        # Numbers as keys (a trip's travellers' roles by official); never mixed with
        # text, which json could not sort either.
        | st.dictionaries(st.integers(0, 10**6), inner, max_size=4)
    ),
    max_leaves=20,
)


@given(st.dictionaries(st.text(max_size=12), _VALUES, max_size=8))
def test_a_base_reads_back_as_json_would_have_given_it(content: dict[str, Any]) -> None:
    text = dumps(content)
    assert loads(text) == json.loads(json.dumps(content, sort_keys=True, ensure_ascii=False))


def test_a_base_is_compact_with_its_keys_sorted() -> None:
    content = {"title": "Zürich – 北京", "b": [1, 2.5, None, True], "a": {"2": "x", "1": "y"}}
    assert dumps(content) == '{"a":{"1":"y","2":"x"},"b":[1,2.5,null,true],"title":"Zürich – 北京"}'
