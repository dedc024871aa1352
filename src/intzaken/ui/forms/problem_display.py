"""Where a form shows what blocks saving, without moving its fields: a line of fixed height
under each field, a mark on each tab that holds a problem, and one line beside Save that
says what still blocks it, each problem a link to its field."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QResizeEvent
from PySide6.QtWidgets import QLabel, QStyle, QTabWidget, QWidget

from ...services.errors import Problem

ERROR_STYLE = "color: palette(highlighted-text); background: #b3261e; padding: 2px 6px;"
# Beside Save: a summary of the problems, which are already marked at their fields.
BLOCKERS_STYLE = "color: #5c1119; padding: 2px 4px;"
SHOWN_IN_SUMMARY = 2  # problems named beside Save; the count says how many there are


class ProblemLine(QLabel):
    """The message under a field. Its one line of room is kept while there is no message, so
    the fields below never move; a longer message is cut short with "…", and its full text
    is the tooltip (and stands in the summary beside Save)."""

    def __init__(self) -> None:
        super().__init__()
        self._message = ""
        self.setWordWrap(False)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setFixedHeight(self.fontMetrics().height() + 6)  # the padding of ERROR_STYLE
        self.setMinimumWidth(1)  # cut short rather than widen the form

    def message(self) -> str:
        return self._message

    def set_message(self, message: str) -> None:
        self._message = message
        self.setStyleSheet(ERROR_STYLE if message else "")
        self.setToolTip(message)
        self.setAccessibleDescription(message)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        one_line = " · ".join(self._message.splitlines())
        room = max(self.width() - 14, 0)  # the stylesheet's padding on both sides
        self.setText(self.fontMetrics().elidedText(one_line, Qt.TextElideMode.ElideRight, room))


class SaveBlockers(QLabel):
    """ "Nog 2 problemen: Einde ligt voor Begin · …" beside Save; a click on a problem
    (or Enter on it) asks for its field: `chosen` with the problem's index."""

    chosen = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setStyleSheet(BLOCKERS_STYLE)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.setAccessibleName(self.tr("What blocks saving"))
        self.linkActivated.connect(lambda link: self.chosen.emit(int(link)))
        # Two lines of room, kept while hidden: the row of buttons keeps its height, so the
        # fields above keep their place; more only when the problems need it (a narrow
        # form or large text), rather than cut them off.
        self.setMinimumHeight(2 * self.fontMetrics().lineSpacing() + 6)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self.hide()

    def show_problems(self, problems: list[Problem]) -> None:
        if not problems:
            self.clear()
            self.hide()
            return
        count = len(problems)
        lead = self.tr("Still %n problem(s):", "", count)
        links = [
            f'<a href="{index}">{escape(problem.message)}</a>'
            for index, problem in enumerate(problems[:SHOWN_IN_SUMMARY])
        ]
        more = " …" if count > SHOWN_IN_SUMMARY else ""
        self.setText(f"{escape(lead)} {' · '.join(links)}{more}")
        self.setToolTip("\n".join(p.message for p in problems))
        self.show()


class TabMarks(QObject):
    """Marks each tab of a form that holds a problem with an icon and its count in words,
    not by colour alone; the titles are kept to restore."""

    def __init__(self, tabs: QTabWidget) -> None:
        super().__init__(tabs)  # a QObject for its tr(); lives as long as the tabs
        self.tabs = tabs
        self.titles = {index: tabs.tabText(index) for index in range(tabs.count())}
        self.warning = tabs.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        # No taller than the text, so a marked tab is as high as before: the fields below
        # stay put.
        side = tabs.fontMetrics().height() - 2
        tabs.setIconSize(QSize(side, side))

    def mark(self, widgets_with_problems: list[QWidget]) -> None:
        for index, title in self.titles.items():
            page = self.tabs.widget(index)
            count = sum(
                1 for w in widgets_with_problems if page is not None and page.isAncestorOf(w)
            )
            text = self.tr("{tab} (%n problem(s))", "", count).format(tab=title) if count else title
            if self.tabs.tabText(index) != text:
                self.tabs.setTabText(index, text)
                self.tabs.setTabIcon(index, self.warning if count else QIcon())


def tab_holding(tabs: QTabWidget, widget: QWidget) -> int:
    """The index of the tab whose page holds `widget`; -1 for none."""
    for index in range(tabs.count()):
        page = tabs.widget(index)
        if page is not None and (page is widget or page.isAncestorOf(widget)):
            return index
    return -1
