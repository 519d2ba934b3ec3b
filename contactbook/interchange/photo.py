"""Contact photos: a size cap on import, and the small thumbnail the lists show."""

from __future__ import annotations

import io
import warnings

from PIL import Image, UnidentifiedImageError

# A phone photo is a few hundred kilobytes; anything this large is a mistake or an attack.
MAX_PHOTO_BYTES = 5 * 1024 * 1024
THUMBNAIL_PIXELS = 64
# Refuse images that would decode to more than this many pixels (decompression bombs).
MAX_IMAGE_PIXELS = 40_000_000


def thumbnail(photo: bytes) -> bytes | None:
    """A PNG of at most 64×64 pixels, or None when the bytes are not an image Pillow reads.

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
                converted = image.convert("RGBA" if "A" in image.getbands() else "RGB")
                out = io.BytesIO()
                converted.save(out, "PNG", optimize=True)
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
