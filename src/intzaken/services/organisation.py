"""The organisation using the app (printed in report headers), and its contacts abroad."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.enums import OpenDataLicence
from ..domain.models import Contact, Organisation, Place
from ..domain.sourcing import SOURCE_FIELDS
from ..i18n import _
from ..registers import RegisterKey
from .checks import Checker
from .common import check_reference
from .data import LETTER_FIELD_LENGTHS, ContactData, OrganisationData
from .fields import field_label
from .sources import apply_source, check_source, source_row
from .tracking import deleting, editing, record_created, tracked_update

LOGO_TYPES = {"image/png", "image/jpeg", "image/svg+xml"}
MAX_LOGO_BYTES = 2 * 1024 * 1024
# A contact's photo is printed in the who's who of a briefing pack: a raster image.
PHOTO_TYPES = {"image/png", "image/jpeg"}
MAX_PHOTO_BYTES = 2 * 1024 * 1024
CONTACT_FIELDS = (
    "name",
    "organisation",
    "function",
    "email",
    "phone",
    "notes",
    "photo",
    "photo_media_type",
    *SOURCE_FIELDS,
)


def get_organisation(session: Session) -> Organisation | None:
    return session.scalar(select(Organisation).order_by(Organisation.id))


def set_organisation(
    session: Session, data: OrganisationData, *, demo_profile: str | None = None
) -> Organisation:
    """Create the organisation or update it: there is one per database."""
    check = Checker()
    name = check.text("name", data.name, required=True, max_length=200)
    department = check.text("department", data.department, max_length=200)
    email = check.email("email", data.email)
    licence = check.choice("open_data_licence", OpenDataLicence, data.open_data_licence)
    home_place = check_reference(check, session, Place, "home_place_id", data.home_place_id)
    letter = {
        name: check.text(name, getattr(data, name), max_length=length)
        for name, length in LETTER_FIELD_LENGTHS.items()
    }
    if data.logo is not None:
        if data.logo_media_type not in LOGO_TYPES:
            check.fail(
                "logo", _("{field}: only PNG, JPEG or SVG.").format(field=field_label("logo"))
            )
        if len(data.logo) > MAX_LOGO_BYTES:
            check.fail(
                "logo",
                _("{field}: the file is larger than 2 MB.").format(field=field_label("logo")),
            )
    sourced = check_source(check, data)
    check.done()
    assert licence is not None
    organisation = get_organisation(session)
    if organisation is None:
        organisation = Organisation(name=name)
        _set_organisation(organisation, name, department, email, data, demo_profile)
        organisation.open_data_licence = licence
        organisation.home_place = home_place
        _set_letter(organisation, letter)
        apply_source(organisation, sourced)
        session.add(organisation)
        session.flush()
        record_created(session, RegisterKey.ORGANISATION, organisation)
    else:
        with tracked_update(session, RegisterKey.ORGANISATION, organisation):
            _set_organisation(organisation, name, department, email, data, demo_profile)
            organisation.open_data_licence = licence
            organisation.home_place = home_place
            _set_letter(organisation, letter)
            apply_source(organisation, sourced)
    return organisation


def _set_letter(organisation: Organisation, letter: dict[str, str]) -> None:
    for name, value in letter.items():
        setattr(organisation, name, value)


def _set_organisation(
    organisation: Organisation,
    name: str,
    department: str,
    email: str,
    data: OrganisationData,
    demo_profile: str | None,
) -> None:
    organisation.name, organisation.department, organisation.email = name, department, email
    organisation.logo, organisation.logo_media_type = data.logo, data.logo_media_type
    organisation.print_gifts = bool(data.print_gifts)
    if demo_profile is not None:
        organisation.demo_profile = demo_profile


def _validated_contact(data: ContactData) -> Contact:
    check = Checker()
    sourced = check_source(check, data)
    contact = Contact(
        **source_row(sourced),
        name=check.text("name", data.name, required=True, max_length=200),
        organisation=check.text("organisation", data.organisation, max_length=200),
        function=check.text("function", data.function, max_length=200),
        email=check.email("email", data.email),
        phone=check.text("phone", data.phone, max_length=50),
        notes=check.text("notes", data.notes, multiline=True),
        photo=data.photo or None,
        photo_media_type=data.photo_media_type if data.photo else None,
    )
    if data.photo:
        if data.photo_media_type not in PHOTO_TYPES:
            check.fail("photo", _("Photo: only PNG or JPEG."))
        if len(data.photo) > MAX_PHOTO_BYTES:
            check.fail("photo", _("Photo: the file is larger than 2 MB."))
    check.done()
    return contact


def create_contact(session: Session, data: ContactData) -> Contact:
    contact = _validated_contact(data)
    session.add(contact)
    session.flush()
    record_created(session, RegisterKey.CONTACTS, contact)
    return contact


def update_contact(
    session: Session, contact_id: int, data: ContactData, *, expected_version: int | None = None
) -> Contact:
    """`expected_version`: the version the user started from (services/tracking.py)."""
    new = _validated_contact(data)
    contact: Contact  # editing() yields the record of any register
    with editing(session, RegisterKey.CONTACTS, contact_id, expected_version) as contact:
        for attribute in CONTACT_FIELDS:
            setattr(contact, attribute, getattr(new, attribute))
    return contact


def delete_contact(
    session: Session, contact_id: int, *, expected_version: int | None = None
) -> None:
    """Contacts may go; links to them go too, a programme item keeps its text."""
    with deleting(session, RegisterKey.CONTACTS, contact_id, expected_version) as contact:
        session.delete(contact)
