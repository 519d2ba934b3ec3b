"""Contact photos: a size cap on import, and the small thumbnail the lists show."""

from __future__ import annotations

import io
import warnings

from PIL import Image, UnidentifiedImageError

# A phone photo is a few hundred kilobytes; anything this large is a mistake or an attack.
MAX_PHOTO_BYTES = 5 * 1024 * 1024
THUMBNAIL_PIXELS = 64
THUMBNAIL_QUALITY = 85  # JPEG: a 64 px face in 2–3 kB, indistinguishable at that size
# Refuse images that would decode to more than this many pixels (decompression bombs).
MAX_IMAGE_PIXELS = 40_000_000


def photo_too_large_note() -> str:
    """The import note for a photo past the cap."""
    return f"The photo was larger than {MAX_PHOTO_BYTES // (1024 * 1024)} MB and was left out."


def thumbnail(photo: bytes) -> bytes | None:
    """A JPEG (a PNG when the image has transparency) of at most 64×64 pixels, or None when
    the bytes are not an image Pillow reads. The lists load it with Qt, which reads either.

    Photos come from files of unknown origin: whatever Pillow makes of damaged bytes (an
    exception of any kind, a warning about broken metadata) only costs the thumbnail.
    """
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # e.g. "Tag data larger than file" on bad EXIF
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(photo)) as image:
                if image.width * image.height > MAX_IMAGE_PIXELS:
                    return None
                image.thumbnail((THUMBNAIL_PIXELS, THUMBNAIL_PIXELS))
                out = io.BytesIO()
                if "A" in image.getbands() or "transparency" in image.info:
                    # a fast PNG: smaller than an optimised one costs ten times the time
                    image.convert("RGBA").save(out, "PNG", compress_level=1)
                else:
                    image.convert("RGB").save(out, "JPEG", quality=THUMBNAIL_QUALITY)
                return out.getvalue()
    except (
        UnidentifiedImageError,
        OSError,
        ValueError,
        Image.DecompressionBombError,
        Image.DecompressionBombWarning,
        SyntaxError,
    ):
        return None
    except Exception:  # a decoder bug on hostile bytes (struct.error, IndexError, …)
        return None
