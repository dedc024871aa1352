"""Charts drawn with matplotlib inside Qt widgets.

matplotlib costs about 0.4 s to import, so nothing here imports it at module level: the
canvas is made the first time a chart is actually drawn, after the window has shown.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QColor, QFontInfo, QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QStackedLayout, QWidget

from ..formatting import money, percent
from ..services.budget import BudgetUse

if TYPE_CHECKING:
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure

# Calm blues for money used, a warm red only where a line is overrun.
SPENT_COLOUR = "#2f5f8a"
COMMITTED_COLOUR = "#8fb3d3"
OVERRUN_COLOUR = "#c0392b"
# Height of one budget line in logical pixels: room for a name wrapped onto two lines.
ROW_HEIGHT = 42
# Legend and margins above and below the bars.
CHROME_HEIGHT = 56
NAME_WIDTH = 30  # characters per line of a wrapped budget line name
FIRST_DRAW_DELAY_MS = 100  # lets the window paint before matplotlib is imported


def budget_bars(uses: Iterable[BudgetUse]) -> list[BudgetBar]:
    """The chart's values, copied out of the lines while their session is open."""
    return [BudgetBar(use.line.name, use.line.amount, use.spent, use.committed) for use in uses]


@dataclass(frozen=True)
class BudgetBar:
    """One budget line as the chart shows it, copied out of the session."""

    name: str
    budget: Decimal | None  # None: not known; the bar shows what is used, with no track
    spent: Decimal
    committed: Decimal

    @property
    def used(self) -> Decimal:
        return self.spent + self.committed

    @property
    def overrun(self) -> Decimal:
        """What is used beyond the budget; nothing when the budget is not known."""
        if self.budget is None:
            return Decimal(0)
        return max(self.used - self.budget, Decimal(0))


def _matplotlib_font(widget: QWidget) -> str:
    """The family Qt really uses for the widget, if matplotlib knows it (no log noise)."""
    from matplotlib import font_manager

    family = QFontInfo(widget.font()).family()
    known = {entry.name for entry in font_manager.fontManager.ttflist}
    return family if family in known else "DejaVu Sans"


class BudgetChart(QWidget):
    """Spent and committed per budget line, stacked against the line's budget."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Budget use per budget line"))
        self._bars: list[BudgetBar] = []
        self._figure: Figure | None = None
        self._view: FigureCanvasQTAgg | None = None
        self._message = QLabel(self.tr("No budget lines."))
        self._message.setWordWrap(True)
        self._message.setMargin(12)
        self._layout = QStackedLayout(self)
        self._layout.addWidget(self._message)
        # One timer, so several set_data calls in a row draw once.
        self._draw_timer = QTimer(self, singleShot=True)
        self._draw_timer.timeout.connect(self._draw)
        self._empty_text = self.tr("No budget lines.")
        self._dirty = False  # data or looks changed since the figure was last built
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    # --- API ---------------------------------------------------------------------------

    def set_bars(self, bars: list[BudgetBar], empty_text: str | None = None) -> None:
        """Show these bars (see `budget_bars`); `empty_text` is said instead of an empty
        chart."""
        if bars and bars == self._bars and self._figure is not None and not self._dirty:
            # The overview reloads after every save and import, most often with the same
            # figures for the year's budget: drawing the same chart again held the GUI
            # thread 100-200 ms (matplotlib), a pause at the end of an import (issue 22).
            return
        self._bars = bars
        if empty_text is not None:
            self._empty_text = empty_text
        self.setAccessibleDescription(
            "; ".join(self._value_text(bar) + " — " + bar.name for bar in self._bars)
        )
        if not self._bars:
            self._draw_timer.stop()
            self._message.setText(self._empty_text)
            self._layout.setCurrentWidget(self._message)
            self.setMaximumHeight(16777215)
            self._fit_message()
            return
        # As tall as the lines need and no taller: the page scrolls, bars never squeeze.
        self.setFixedHeight(CHROME_HEIGHT + ROW_HEIGHT * len(self._bars))
        if self._view is None:
            self._message.setText(self.tr("Loading the chart…"))
        self._dirty = True
        if self.isVisible():
            self._schedule()

    @property
    def bars(self) -> list[BudgetBar]:
        return list(self._bars)

    @property
    def figure(self) -> Figure | None:
        """The drawn figure; None until the chart has been drawn once."""
        return self._figure

    @property
    def message(self) -> str:
        """What the chart says when it has nothing to draw."""
        return self._message.text() if self._layout.currentWidget() is self._message else ""

    # --- drawing -----------------------------------------------------------------------

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._dirty:
            self._schedule()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if (
            event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange)
            and self._figure is not None
        ):
            self._dirty = True
            self._schedule()

    def _schedule(self) -> None:
        self._draw_timer.start(0 if self._view is not None else FIRST_DRAW_DELAY_MS)

    # A stacked layout does not pass on a wrapped label's height for its width, so the
    # card around an empty chart squeezed the message's last line (the accessibility walk
    # caught it): while the message shows, the chart itself has a height for its width.
    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return self._layout.currentWidget() is self._message

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        if self._layout.currentWidget() is self._message:
            return self._message.heightForWidth(width)
        return super().heightForWidth(width)

    def _fit_message(self) -> None:
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        # And at least one line's worth with its margins, which a layout that does not ask
        # for the height for a width (a grid in a scroll area) then keeps.
        self.setMinimumHeight(self._message.minimumSizeHint().height())
        self.updateGeometry()

    def _draw(self) -> None:
        if not self._bars or not self._dirty:
            return
        self._dirty = False
        if self._view is None:
            from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
            from matplotlib.figure import Figure
            from shiboken6 import isValid

            # Loading matplotlib the first time takes seconds, and lets Qt carry out
            # pending deletions meanwhile: a page closed in that time took the chart along.
            if not isValid(self):
                return
            # Points at the screen's logical DPI match Qt's points, so the text has the
            # app's size; the canvas multiplies by the device pixel ratio itself, so the
            # chart is sharp on high-DPI screens.
            self._figure = Figure(dpi=self.logicalDpiX(), layout="tight")
            self._view = FigureCanvasQTAgg(self._figure)
            self._view.setAccessibleName(self.accessibleName())
            self._layout.addWidget(self._view)
        assert self._figure is not None
        self._view.setAccessibleDescription(self.accessibleDescription())
        self._render(self._figure)
        self._layout.setCurrentWidget(self._view)
        self._view.draw_idle()

    def _value_text(self, bar: BudgetBar) -> str:
        if bar.budget is None:
            return self.tr("{used} of a budget not known").format(used=money(bar.used, whole=True))
        fraction = bar.used / bar.budget if bar.budget else None
        text = self.tr("{used} of {budget}").format(
            used=money(bar.used, whole=True), budget=money(bar.budget, whole=True)
        )
        return f"{text} ({percent(fraction, decimals=0)})" if fraction is not None else text

    def _render(self, figure: Figure) -> None:
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText).name()
        background = palette.color(QPalette.ColorRole.Base)  # the card the chart sits on
        track = _blend(background, QColor(text), 0.12)
        font: dict[str, Any] = {"family": _matplotlib_font(self), "size": self.font().pointSizeF()}

        figure.clear()
        figure.set_facecolor(background.name())
        axes = figure.add_subplot()
        axes.set_facecolor(background.name())
        rows = range(len(self._bars))
        budgets = [float(b.budget or 0) for b in self._bars]
        spent = [float(b.spent) for b in self._bars]
        committed = [float(b.committed) for b in self._bars]
        overrun = [float(b.overrun) for b in self._bars]
        # The budget is the track the money used fills; an overrun sticks out beyond it.
        axes.barh(rows, budgets, height=0.6, color=track, label="_budget", gid="budget")
        axes.barh(rows, spent, height=0.6, color=SPENT_COLOUR, label=self.tr("Spent"), gid="spent")
        axes.barh(
            rows,
            committed,
            left=spent,
            height=0.6,
            color=COMMITTED_COLOUR,
            label=self.tr("Committed"),
            gid="committed",
        )
        axes.barh(
            rows,
            overrun,
            left=budgets,
            height=0.6,
            color=OVERRUN_COLOUR,
            label=self.tr("Over budget"),
            gid="overrun",
        )
        for row, bar in zip(rows, self._bars, strict=True):
            # Beside the longest bar of all, so the amounts line up in one column.
            axes.annotate(
                self._value_text(bar),
                xy=(1, row),
                xycoords=("axes fraction", "data"),
                xytext=(8, 0),
                textcoords="offset points",
                va="center",
                color=OVERRUN_COLOUR if bar.overrun else text,
                fontweight="bold" if bar.overrun else "normal",
                fontfamily=font["family"],
                fontsize=font["size"],
                annotation_clip=False,
            )
        axes.set_yticks(
            list(rows),
            [textwrap.fill(b.name, NAME_WIDTH) for b in self._bars],
            fontfamily=font["family"],
            fontsize=font["size"],
            color=text,
        )
        axes.invert_yaxis()  # the first line on top, as in the budget table
        widest = max(max(b.budget or 0, b.used) for b in self._bars)
        axes.set_xlim(0, float(widest) or 1.0)
        axes.set_ylim(len(self._bars) - 0.5, -0.5)
        axes.xaxis.set_visible(False)  # every bar carries its own amounts
        axes.tick_params(axis="y", length=0, pad=8)
        for spine in axes.spines.values():
            spine.set_visible(False)
        shown = [
            c
            for c in axes.containers
            if not (c.get_label() or "").startswith("_")
            and (c.get_label() != self.tr("Over budget") or any(overrun))
        ]
        # Above the bars (an axes legend, so the tight layout makes room for it).
        axes.legend(
            shown,
            [c.get_label() or "" for c in shown],
            loc="lower left",
            bbox_to_anchor=(0, 1),
            ncols=3,
            frameon=False,
            prop=font,
            labelcolor=text,
            handlelength=1.2,
            borderaxespad=0.2,
        )


def _blend(base: QColor, other: QColor, amount: float) -> str:
    """`amount` of `other` mixed into `base`: a track colour that suits light and dark."""
    mix = [
        round(a * (1 - amount) + b * amount)
        for a, b in zip(
            (base.red(), base.green(), base.blue()),
            (other.red(), other.green(), other.blue()),
            strict=True,
        )
    ]
    return QColor(*mix).name()
