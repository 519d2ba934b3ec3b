"""The detail pane shows every field, the badge with its evidence, and the consent history."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from contactbook.domain.birthday import Birthday
from contactbook.domain.consent import ConsentRecord
from contactbook.domain.contact_fields import FIELDS, DetailPlace
from contactbook.domain.enums import ConsentKind, LegalBasis, Scope
from contactbook.domain.legal_basis import BalancingTest, LegalBasisRecord
from contactbook.domain.phone import Phone
from contactbook.domain.postal import PostalAddress
from contactbook.services.book import Book
from contactbook.ui.contacts.contact_detail import ContactDetailPane
from contactbook.ui.contacts.contact_table_model import Column
from contactbook.ui.contacts.duplicates_dialog import field_label
from contactbook.ui.shell.main_window import MainWindow
from tests.gui.factories import person


def _png(colour: str) -> bytes:
    image = QImage(40, 40, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def test_every_field_is_shown(qtbot: QtBot) -> None:
    contact = person(
        "Anna",
        "Berg",
        organisation="Berg BV",
        emails=["anna@berg.nl", "info@berg.nl"],
        phones=["06 12345678"],
    )
    contact.name_prefix = "dr."
    contact.middle_name = "Maria"
    contact.nickname = "Annie"
    contact.job_title = "Directeur"
    contact.phones.append(Phone.parse("0612", label="oud"))
    contact.addresses = [
        PostalAddress("Dorpsstraat", "1", "3511 AB", "Utrecht", label="werk"),
        PostalAddress("Rue de la Paix", "2", "75002", "Paris", country="FR"),
    ]
    contact.birthday = Birthday(month=4, day=12, year=1980)
    contact.categories = ["klant", "lead"]
    contact.activities = ["Klantbeheer"]
    contact.notes = "Belt liever dan te mailen."
    contact.photo = _png("#00ff00")
    contact.id = 3
    pane = ContactDetailPane()
    qtbot.addWidget(pane)

    pane.show_contact(contact)

    text = pane.displayed_text()
    for expected in (
        "Anna Berg",
        "Directeur · Berg BV",
        "dr. Anna Maria Berg",
        "Annie",
        "anna@berg.nl (personal)",
        "info@berg.nl (generic)",
        "06 12345678 (+31612345678)",
        "0612 (invalid) — oud",
        "Dorpsstraat 1, 3511 AB Utrecht — werk",
        "Rue de la Paix 2, 75002 Paris, FR",
        "1980",
        "klant, lead",
        "Klantbeheer",
        "Belt liever dan te mailen.",
    ):
        assert expected in text, expected
    # the contact's own photo replaces the initials
    picture = pane.avatar.pixmap().toImage()
    assert picture.pixelColor(picture.width() // 2, picture.height() // 2) == QColor("#00ff00")


def test_empty_optional_fields_are_left_out(qtbot: QtBot) -> None:
    pane = ContactDetailPane()
    qtbot.addWidget(pane)
    pane.show_contact(person("Jan", "Vos"))
    pane.show()

    assert not pane.value_label("nickname").isVisible()
    assert not pane.value_label("notes").isVisible()
    assert not pane.value_label("birthday").isVisible()
    assert pane.value_label("emails").text() == "—"
    # no e-mail address: no consent history either
    assert not pane.consent_label.isVisible()


def test_contract_evidence_is_the_reference(qtbot: QtBot) -> None:
    contact = person("Jan", "Vos")
    contact.legal_basis = LegalBasisRecord(
        LegalBasis.CONTRACT, note="Order 2024-17", recorded_on=date(2024, 5, 1)
    )
    pane = ContactDetailPane()
    qtbot.addWidget(pane)
    pane.show_contact(contact)

    assert pane.badge_chip.text() == "Contract"
    assert "Contract or order: Order 2024-17" in pane.basis_label.text()
    assert "Recorded on 2024-05-01." in pane.basis_label.text()


def test_legitimate_interest_shows_the_whole_balancing_test(qtbot: QtBot) -> None:
    contact = person("Emma", "Bos", basis=LegalBasis.LEGITIMATE_INTEREST)
    contact.legal_basis = LegalBasisRecord(
        LegalBasis.LEGITIMATE_INTEREST,
        balancing_test=BalancingTest(
            purpose="Klanten werven",
            necessity="Alleen zakelijke gegevens",
            balance="Verwacht contact",
            assessed_on=date(2025, 1, 2),
        ),
    )
    pane = ContactDetailPane()
    qtbot.addWidget(pane)
    pane.show_contact(contact)

    text = pane.basis_label.text()
    assert pane.badge_chip.text() == "Legitimate interest"
    assert "Purpose: Klanten werven" in text
    assert "Necessity: Alleen zakelijke gegevens" in text
    assert "Balance: Verwacht contact" in text
    assert "Assessed on 2025-01-02." in text
    # a quiet card in the palette's colours, not a warning
    assert "palette(alternate-base)" in pane.basis_label.styleSheet()


def test_an_incomplete_balancing_test_is_a_warning_that_says_what_is_missing(
    qtbot: QtBot,
) -> None:
    contact = person("Emma", "Bos")
    contact.legal_basis = LegalBasisRecord(
        LegalBasis.LEGITIMATE_INTEREST, balancing_test=BalancingTest(purpose="Werven")
    )
    pane = ContactDetailPane()
    qtbot.addWidget(pane)
    pane.show_contact(contact)

    text = pane.basis_label.text()
    assert text.startswith("Assessment missing")
    assert "Purpose: Werven" in text
    assert "Necessity: not written down" in text
    # the warning in the badge's own colours
    assert "background-color: #" in pane.basis_label.styleSheet()


def test_selecting_a_consent_contact_shows_its_history_per_address(
    qtbot: QtBot, book: Book
) -> None:
    contact = person(
        "Noor",
        "Jansen",
        basis=LegalBasis.CONSENT,
        note="Formulier op de website",
        emails=["noor@jansen.nl", "noor.werk@jansen.nl"],
    )
    [noor] = book.contacts.add_many([contact])
    book.consent.record_many(
        [
            ConsentRecord(
                "noor@jansen.nl",
                ConsentKind.DOUBLE_OPT_IN,
                datetime(2024, 1, 5, 9, 0),
                source="website",
                wording="Ja, stuur mij de nieuwsbrief",
            ),
            ConsentRecord("noor@jansen.nl", ConsentKind.OPT_OUT, datetime(2024, 6, 1, 9, 0)),
        ]
    )
    window = MainWindow(book)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    row = window.model.row_of(noor.id or 0)
    assert row is not None
    cell = window.table.visualRect(window.model.index(row, Column.NAME))

    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=cell.center())

    pane = window.detail_pane
    qtbot.waitUntil(lambda: pane.contact is not None)
    assert pane.badge_chip.text() == "Consent"
    assert "consent history" in pane.basis_label.text()
    assert "How they agreed: Formulier op de website" in pane.basis_label.text()
    history = pane.consent_label.text().splitlines()
    assert history[0] == "noor@jansen.nl"
    # newest first; the latest record decides
    assert history[1].startswith("  2024-06-01 opted out")
    assert history[1].endswith("(this one counts)")
    assert history[2] == (
        "  2024-01-05 opted in and confirmed by e-mail — website; Ja, stuur mij de nieuwsbrief"
    )
    assert "noor.werk@jansen.nl\n  No consent recorded." in pane.consent_label.text()


def test_contacts_outside_the_gdpr_show_their_status_not_a_basis(qtbot: QtBot) -> None:
    pane = ContactDetailPane()
    qtbot.addWidget(pane)
    pane.show_contact(person("Sanne", "Dijk", scope=Scope.PRIVATE))
    assert pane.basis_heading.text() == "Privacy status"
    assert pane.badge_chip.text() == "Private"

    pane.show_contact(person("Jan", "Vos"))
    assert pane.basis_heading.text() == "Legal basis and evidence"


def test_each_declared_field_with_a_place_in_the_pane_has_a_titled_row(qtbot: QtBot) -> None:
    """The pane's rows come from the declaration (domain/contact_fields.py), in its blocks."""
    pane = ContactDetailPane()
    qtbot.addWidget(pane)
    shown = [spec for spec in FIELDS if spec.detail > DetailPlace.FULL_NAME]
    titles = [pane.value_label(spec.name).accessibleName() for spec in shown]
    assert titles == [spec.label for spec in shown]  # the tests run in English
    # the rows follow the pane's blocks: names, contact details, dates, groups, notes
    places = [spec.detail for spec in shown]
    rows = sorted(
        shown, key=lambda spec: pane._form.getWidgetPosition(pane.value_label(spec.name))[0]
    )
    assert [spec.detail for spec in rows] == sorted(places)


def test_the_duplicate_merge_names_the_fields_as_declared() -> None:
    for spec in FIELDS:
        assert field_label(spec.name) == spec.label
    assert field_label("scope") == "Private or business"
