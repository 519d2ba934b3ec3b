"""Thumbnails for the lists: small, quick to make, and readable by Qt's image loader."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from PySide6.QtGui import QImage

from contactbook.interchange.photo import THUMBNAIL_PIXELS, thumbnail


def _image_bytes(mode: str, size: tuple[int, int], fmt: str, **options: object) -> bytes:
    colour = (200, 120, 40, 90)[: len(mode)] if mode != "P" else 3
    image = Image.new(mode, size, colour)
    for x in range(0, size[0], 7):  # some detail, so that the encoder has work to do
        image.putpixel((x, x % size[1]), (0, 0, 0, 255)[: len(mode)] if mode != "P" else 1)
    out = io.BytesIO()
    image.save(out, fmt, **options)
    return out.getvalue()


@pytest.mark.parametrize(
    ("mode", "size", "fmt", "kind"),
    [
        ("RGB", (96, 96), "JPEG", "JPEG"),
        ("RGB", (640, 480), "JPEG", "JPEG"),
        ("L", (300, 500), "JPEG", "JPEG"),
        ("RGB", (200, 100), "PNG", "JPEG"),  # no transparency: JPEG is smaller
        ("RGBA", (200, 200), "PNG", "PNG"),  # transparency kept
        ("RGB", (120, 80), "GIF", "JPEG"),
        ("RGB", (50, 40), "BMP", "JPEG"),  # smaller than 64 px: not enlarged
    ],
)
def test_thumbnail_is_small_and_qt_reads_it(
    mode: str, size: tuple[int, int], fmt: str, kind: str
) -> None:
    small = thumbnail(_image_bytes(mode, size, fmt))
    assert small is not None
    with Image.open(io.BytesIO(small)) as image:
        assert image.format == kind
        assert max(image.size) == min(THUMBNAIL_PIXELS, max(size))
        if kind == "PNG":
            assert "A" in image.getbands()
    loaded = QImage()
    assert loaded.loadFromData(small)  # what ui/avatars.py and the detail view do
    assert max(loaded.width(), loaded.height()) <= THUMBNAIL_PIXELS


def test_a_palette_image_with_transparency_keeps_it() -> None:
    image = Image.new("P", (100, 100), 0)
    out = io.BytesIO()
    image.save(out, "GIF", transparency=0)
    small = thumbnail(out.getvalue())
    assert small is not None
    assert small.startswith(b"\x89PNG")


def test_the_thumbnail_of_a_phone_photo_is_smaller_than_the_photo() -> None:
    photo = _image_bytes("RGB", (96, 96), "JPEG", quality=90)
    small = thumbnail(photo)
    assert small is not None
    assert len(small) < len(photo)


@pytest.mark.parametrize("data", [b"", b"not an image", b"\xff\xd8\xff\xe0" + bytes(200)])
def test_bytes_that_are_no_image_give_no_thumbnail(data: bytes) -> None:
    assert thumbnail(data) is None
