"""The benchmark's card generator makes what it promises, and the reader reads all of it."""

from __future__ import annotations

import io

import vobject

from contactbook.interchange.vcard_read import ReadCard, read_vcards
from tests.benchmarks.vcard_samples import generate_cards


def test_generated_cards_are_phone_like_and_all_import() -> None:
    data = generate_cards(40, seed=7)
    assert data == generate_cards(40, seed=7)  # deterministic
    assert data.count(b"BEGIN:VCARD\r\n") == 40
    assert data.count(b"VERSION:2.1\r\n") == data.count(b"VERSION:3.0\r\n") == 20
    assert data.count(b"PHOTO;") == 4
    assert b"CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE" in data
    assert b"X-ABLabel:" in data
    assert b"item1." in data
    items = list(read_vcards(io.BytesIO(data), "samples.vcf"))
    cards = [item for item in items if isinstance(item, ReadCard)]
    assert len(cards) == 40
    assert all(card.notes == () for card in cards)
    photos = [card.contact.photo for card in cards if card.contact.photo]
    assert len(photos) == 4
    assert all(photo.startswith(b"\xff\xd8") for photo in photos)
    assert any(not card.contact.given_name.isascii() for card in cards)
    assert all(card.contact.addresses[0].house_number for card in cards)


def test_vobject_reads_the_generated_cards() -> None:
    text = generate_cards(20, seed=2).decode()
    assert len(list(vobject.readComponents(text, allowQP=True))) == 20
