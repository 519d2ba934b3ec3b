"""Properties without a field, kept as vCard 3.0 lines so that an export writes them back.

A 3.0/4.0 line that needed no decoding is kept exactly as it was read. Anything else — a vCard
2.1 line, QUOTED-PRINTABLE or base64, a CHARSET, control characters, a line vobject's grammar
refused — is rebuilt in 3.0 form: decoded value, 3.0 escaping, bare 2.1 parameters as
``TYPE=``. Reading a kept line
again gives the same line (the fuzz tests hold it to that).
"""

from __future__ import annotations

import re

from contactbook.interchange.vcard_values import (
    Property,
    components,
    decode_bytes,
    decode_text,
    escape,
    has_control_characters,
)

_NEEDS_QUOTES = re.compile(r"[;:,]")
# Properties whose values are not TEXT (URIs, dates, numbers): no backslash escaping to convert.
_NOT_TEXT = frozenset(
    {
        "URL", "GEO", "TZ", "UID", "REV", "BDAY", "ANNIVERSARY", "KEY", "SOUND", "LOGO", "PHOTO",
        "AGENT", "FBURL", "CALURI", "CALADRURI", "CAPURI", "SOURCE", "IMPP", "TEL", "EMAIL",
        "MEMBER", "RELATED", "X-SIP", "X-ABDATE",
    }
)  # fmt: skip


def kept_line(prop: Property, version: str, text_value: str | None = None) -> str:
    """The property as one unfolded vCard 3.0 line, to keep in ``extra_properties``.

    A 3.0/4.0 line that needed no decoding is kept verbatim; otherwise (vCard 2.1, QP, a
    CHARSET, a renamed property) it is rebuilt with the decoded value in 3.0 escaping.
    """
    plain = (
        version != "2.1"
        and not prop.irregular
        and not prop.encoding  # base64 loses its white space, QP is decoded
        and "CHARSET" not in prop.params
    )
    if plain:
        text, fallback = decode_bytes(prop.line, "")
        if fallback is None and not has_control_characters(text):
            return text
    if prop.encoding == "B":  # kept as it was, less white space and bytes base64 never has
        value = "".join(prop.value.decode("ascii", "ignore").split())
    else:
        value = decode_text(prop) if text_value is None else text_value
        if version == "2.1" and prop.name not in _NOT_TEXT:
            # 2.1 has no comma escaping and may carry raw newlines: re-escape per component.
            value = ";".join(escape(part) for part in components(value))
        else:
            value = value.replace("\n", "\\n")
    return header_text(prop) + ":" + value


def header_text(prop: Property) -> str:
    """``group.NAME;PARAM=value`` in vCard 3.0 form, without QP and CHARSET."""
    parts = [f"{prop.group}.{prop.name}" if prop.group else prop.name]
    for key, values in prop.params.items():
        if key in ("CHARSET", "ENCODING"):
            continue  # the value is decoded: only base64 stays encoded (below)
        values = [value.replace('"', "") for value in values]  # cannot be written in 3.0
        quoted = (f'"{v}"' if _NEEDS_QUOTES.search(v) else v for v in values)
        parts.append(f"{key}={','.join(quoted)}")
    if prop.encoding == "B":
        parts.append("ENCODING=b")
    return ";".join(parts)
