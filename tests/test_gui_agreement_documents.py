"""The signed documents of an agreement: Open and Remove can only be pressed when there
is a document to open or remove."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from intzaken.services.data import DocumentData
from intzaken.ui.forms.agreements import DocumentList


def test_open_and_remove_are_disabled_while_the_list_is_empty(qtbot: Any, tmp_path: Path) -> None:
    documents = DocumentList()
    qtbot.addWidget(documents)
    assert not documents.open_button.isEnabled()
    assert not documents.remove_button.isEnabled()

    signed = tmp_path / "mou-rotterdam-shanghai.pdf"
    signed.write_bytes(b"%PDF-1.7 signed")
    assert documents.attach_file(signed)
    assert documents.open_button.isEnabled() and documents.remove_button.isEnabled()

    documents.remove_button.click()  # the one just attached is the chosen one
    assert documents.documents() == []
    assert not documents.open_button.isEnabled()
    assert not documents.remove_button.isEnabled()


def test_an_agreement_with_documents_opens_with_them_usable(qtbot: Any) -> None:
    documents = DocumentList()
    qtbot.addWidget(documents)
    documents.set_documents([DocumentData("brief.pdf", b"a"), DocumentData("mou.pdf", b"b")])
    assert documents.remove_button.isEnabled()
    documents.set_documents([])
    assert not documents.remove_button.isEnabled()
