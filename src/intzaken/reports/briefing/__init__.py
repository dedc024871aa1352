"""Briefingsmap: what the official reads on the way. A cover, "at a glance" on one
page, the programme day by day, who's who, background per relation and network, the
logistics and emergency page and the budget with the estimated costs.

No empty sections: what has no data is left out of the official's pack (the officer's
readiness checklist says what is still missing). A table of contents only when the pack
is long enough to need one, printed on the cover so it costs no page.
"""

from __future__ import annotations

import datetime as dt
import io

from reportlab.platypus import Flowable
from sqlalchemy.orm import Session

from ...formatting import long_date
from ...i18n import _
from ...services.briefing_facts import earlier_meetings
from ...services.country_facts import facts_by_country
from ...services.map_data import route_data
from ...services.reporting import get_trip
from ..job import Job
from ..pdf import Letterhead, Report, write_pdf
from .background import background
from .glance import about_the_trip, at_a_glance, cover, glance_needed
from .logistics import budget, logistics
from .people import people_met, whos_who
from .programme import programme

# Up to this many pages the pack is read front to back and "at a glance" is the guide;
# beyond it (a mission of several days with background) the reader looks things up, and
# page numbers on the cover save leafing.
CONTENTS_FROM_PAGES = 9


def _story(
    session: Session, trip_id: int, as_of: dt.date, job: Job, *, with_contents: bool
) -> list[Flowable]:
    trip = get_trip(session, trip_id)
    facts = facts_by_country(session, [d.country_code for d in trip.destinations])
    earlier = earlier_meetings(session, [c.id for c in people_met(trip)], trip)
    glance = glance_needed(trip, facts)
    story = cover(
        trip,
        as_of,
        with_contents=with_contents,
        with_delegation=not glance,
        route=route_data(session, trip_id),
    )
    story += at_a_glance(trip, facts, as_of) if glance else []
    story += about_the_trip(trip)
    story += programme(trip)
    story += whos_who(trip, earlier)
    job.step(8, _("Relations"))
    story += background(session, trip, as_of, job, met={c.id for c in people_met(trip)})
    story += logistics(trip, facts)
    story += budget(session, trip)
    return story


def _pages(story: list[Flowable], as_of: dt.date) -> int:
    """Pages the story takes, laid out once without contents (the letterhead's text
    does not change the page count: it sits above the frame)."""
    probe = Report(title="", subject="", story=story)
    write_pdf(probe, Letterhead(name=""), io.BytesIO(), printed_on=as_of)
    return int(probe.meta["pages"])


def build(session: Session, job: Job, *, trip_id: int, as_of: dt.date) -> Report:
    trip = get_trip(session, trip_id)
    pages = _pages(_story(session, trip_id, as_of, job, with_contents=False), as_of)
    with_contents = pages >= CONTENTS_FROM_PAGES
    # A story once laid out is not laid out again: platypus marks the flowables it
    # postponed to the next page and would take them for too large the second time.
    story = _story(session, trip_id, as_of, job, with_contents=with_contents)
    return Report(
        title=_("Briefing pack {title}").format(title=trip.title),
        subject=_("Briefing pack for the trip of {date}").format(date=long_date(trip.start_date))
        if trip.start_date
        else _("Briefing pack for an official trip abroad"),
        story=story,
        with_toc=with_contents,
        meta={"trip": trip.id, "contents": with_contents, "pages_without_contents": pages},
    )
