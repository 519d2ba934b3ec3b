"""Phone-like vCard exports for import benchmarks (a data generator, not a pytest test).

``generate_cards(count)`` returns one ``.vcf`` file as bytes with CRLF line ends, the way a
phone exports its address book:

* even cards look like Android's vCard 2.1 export: Dutch accented names (Joël, Zoë …), and
  every value that is not plain ASCII QUOTED-PRINTABLE with ``CHARSET=UTF-8``, each byte
  encoded as ``=XX``, with soft line breaks (``=`` at the end of a line) after about 70
  characters; bare 2.1 parameters (``TEL;CELL``);
* odd cards look like an iPhone's vCard 3.0 export: ``item1.`` groups with ``X-ABLabel``
  (``_$!<Work>!$_`` and custom labels), ``type=`` parameters, ADR with ``X-ABADR``,
  birthdays with Apple's 1604 "no year" marker now and then, lines folded at 75 octets;
* every tenth card carries a base64 JPEG photo (96×96, a few kilobytes, as phones keep them);
* the people are unique, as in a real address book: unique e-mail addresses (initials or a
  number added when ``given.family`` is taken), valid Dutch mobile (06-1…06-5) and landline
  numbers (real area codes), and about 1.5 % of the cards repeat an earlier person (saved twice
  on the phone) so that merging stays exercised.

The output is deterministic for a given ``seed``.
"""

from __future__ import annotations

import base64
import io
import random
import unicodedata
from collections.abc import Callable
from functools import cache

GIVEN_NAMES = (
    "Joël", "Zoë", "Anaïs", "Renée", "Chloë", "Daniëlle", "Noël", "Michiel", "Sanne", "Daan",
    "Sem", "Fleur", "Eefje", "Lotte", "Bram", "Thijs", "Inge", "Marloes", "Gijs", "Ilse",
    "Maaïke", "Loïs", "Jeroen", "Anouk", "Sjoerd", "Femke", "Ruud", "Hélène", "Thaïs", "Wouter",
)  # fmt: skip
ACCENTED_GIVEN_NAMES = tuple(name for name in GIVEN_NAMES if not name.isascii())
FAMILY_NAMES = (
    "van den Berg", "de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer",
    "Mulder", "de Groot", "Bos", "Vos", "Hendriks", "van Leeuwen", "Dekker", "Brouwer",
    "de Wit", "Dijkstra", "van der Meer", "van der Linden", "de Haan", "Geërts", "Hoëvenaars",
    "van 't Hof", "Çelik", "Öztürk", "ter Brügge", "van Beek", "Willems", "Kuipers",
)  # fmt: skip
STREETS = (
    "Kerkstraat", "Dorpsstraat", "Molenweg", "Stationsweg", "Schoolstraat", "Julianastraat",
    "Beatrixlaan", "Wilhelminaweg", "Noordeinde", "Oranjestraat", "Rijnkade", "Bisschopsweg",
    "Prinsengracht", "Maliebaan", "Coöperatiestraat", "Ëlandsweg",
)  # fmt: skip
CITIES = (
    ("Amsterdam", "1011"), ("Rotterdam", "3011"), ("'s-Hertogenbosch", "5211"),
    ("Utrecht", "3511"), ("Den Haag", "2511"), ("Eindhoven", "5611"), ("Groningen", "9711"),
    ("Tilburg", "5038"), ("Breda", "4811"), ("Nijmegen", "6511"), ("Leeuwarden", "8911"),
)  # fmt: skip
COMPANIES = (
    "Bakkerij de Vries", "Installatiebedrijf Jansen B.V.", "Café 't Hoekje",
    "Van der Meer & Zonen", "Kapsalon Zoë", "Administratiekantoor Smit, Bos en Partners",
)  # fmt: skip
CUSTOM_LABELS = ("Zaak", "Vakantiehuis", "Oma", "Werk (oud)")
NOTES = (
    "Klant sinds 2015; wil offertes per e-mail.",
    'Belt liever na 17:00. Heeft een hond, "Bikkel".',
    "Jaarlijkse controle in maart.\nSleutel ligt bij de buren (nr. 14).",
)

_CRLF = "\r\n"


def generate_cards(count: int, seed: int = 1) -> bytes:
    """``count`` cards as one vCard file (bytes, CRLF line ends), half Android, half iPhone."""
    rng = random.Random(seed)
    people = _People(rng)
    parts: list[str] = []
    for index in range(count):
        with_photo = index % 10 == 9
        person = people.next(accented=index % 2 == 0)
        if index % 2 == 0:
            parts.append(_android_card(rng, person, with_photo))
        else:
            parts.append(_iphone_card(rng, person, with_photo))
    return "".join(parts).encode("utf-8")


# Dutch geographic area codes (a selection of real ones) and the mobile range 06-1…06-5.
AREA_CODES = (
    "010", "013", "015", "020", "023", "024", "026", "030", "033", "035", "036", "038", "040",
    "043", "045", "046", "050", "053", "055", "058", "070", "071", "072", "073", "074", "075",
    "076", "077", "078", "079",
)  # fmt: skip
MAIL_DOMAINS = ("ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.com", "outlook.com", "xs4all.nl")
DUPLICATE_SHARE = 0.015  # a person saved twice on the phone (merged by the import)


class _People:
    """Unique people, as in a real address book, with a small share saved twice.

    E-mail addresses and phone numbers are unique per person (a number or initials are
    added to the local part when ``given.family`` is taken); about 1.5 % of the cards repeat
    an earlier person (same mobile and e-mail, other details may differ) so the import's
    merge path is exercised as it is on real phones.
    """

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.emails: set[str] = set()
        self.numbers: set[str] = set()
        self.seen: list[dict[str, str]] = []

    def next(self, accented: bool) -> dict[str, str]:
        rng = self.rng
        if self.seen and rng.random() < DUPLICATE_SHARE:
            earlier = rng.choice(self.seen)
            again = _person(rng, self._mail_local, self._unique_number, accented)
            # the same person: same name, mobile and e-mail; the rest as typed the second time
            keep = ("given", "family", "email", "mobile")
            return {**again, **{key: earlier[key] for key in keep}}
        person = _person(rng, self._mail_local, self._unique_number, accented)
        if len(self.seen) < 5000:  # a bounded pool of people who may turn up again
            self.seen.append(person)
        return person

    def _mail_local(self, given: str, family: str) -> str:
        rng = self.rng
        domain = rng.choice(MAIL_DOMAINS)
        base_given, base_family = _mail_word(given), _mail_word(family)
        candidates = [
            f"{base_given}.{base_family}",
            f"{base_given[0]}.{base_family}",
            f"{base_given}{base_family}",
        ]
        for local in candidates:
            address = f"{local}@{domain}"
            if address not in self.emails:
                self.emails.add(address)
                return address
        while True:
            address = f"{base_given}.{base_family}{rng.randint(1, 9999)}@{domain}"
            if address not in self.emails:
                self.emails.add(address)
                return address

    def _unique_number(self, mobile: bool) -> str:
        rng = self.rng
        while True:
            if mobile:
                number = f"06-{rng.randint(1, 5)}{rng.randint(0, 9_999_999):07d}"
            else:
                area = rng.choice(AREA_CODES)
                number = f"{area}-{rng.randint(2, 9)}{rng.randint(0, 999_999):06d}"
            if number not in self.numbers:
                self.numbers.add(number)
                return number


def _mail_word(text: str) -> str:
    """``Hoëvenaars`` → ``hoevenaars``, ``van 't Hof`` → ``vanthof``: what people type."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return "".join(ch for ch in plain.lower() if ch.isalnum())


def _person(
    rng: random.Random,
    mail: Callable[[str, str], str],
    number: Callable[[bool], str],
    accented: bool,
) -> dict[str, str]:
    given = rng.choice(ACCENTED_GIVEN_NAMES if accented else GIVEN_NAMES)
    family = rng.choice(FAMILY_NAMES)
    city, postcode_digits = rng.choice(CITIES)
    letters = "".join(rng.choice("ABCEGHJKLMNPRTVWXZ") for _ in range(2))
    house = str(rng.randint(1, 240)) + rng.choice(("", "", "", "A", "B", "-2"))
    return {
        "given": given,
        "family": family,
        "street": rng.choice(STREETS),
        "number": house,
        "postcode": f"{postcode_digits} {letters}",
        "city": city,
        "email": mail(given, family),
        "mobile": number(True),
        "landline": number(False),
        "company": rng.choice(COMPANIES),
        "note": rng.choice(NOTES),
        "year": str(rng.randint(1940, 2005)),
        "month": f"{rng.randint(1, 12):02d}",
        "day": f"{rng.randint(1, 28):02d}",
    }


# --- Android 2.1 ------------------------------------------------------------------------


def _android_card(rng: random.Random, p: dict[str, str], with_photo: bool) -> str:
    lines = ["BEGIN:VCARD", "VERSION:2.1"]
    lines += _android_property("N", [p["family"], p["given"], "", "", ""])
    lines += _android_property("FN", [f"{p['given']} {p['family']}"])
    lines.append(f"TEL;CELL:{p['mobile']}")
    if rng.random() < 0.6:
        lines.append(f"TEL;HOME:{p['landline']}")
    lines.append(f"EMAIL;HOME:{p['email']}")
    if rng.random() < 0.4:
        lines += _android_property("ORG", [p["company"]])
    street = f"{p['street']} {p['number']}"
    lines += _android_property(
        "ADR;HOME", ["", "", street, p["city"], "", p["postcode"], "Nederland"]
    )
    if rng.random() < 0.5:
        lines += _android_property("NOTE", [p["note"].replace("\n", "\r\n")])
    if rng.random() < 0.7:
        lines.append(f"BDAY:{p['year']}-{p['month']}-{p['day']}")
    if with_photo:
        lines.append("PHOTO;ENCODING=BASE64;JPEG:" + _android_base64(_jpeg(rng.randrange(4))))
        lines.append("")  # Android ends a base64 value with an empty line
    lines.append("END:VCARD")
    return _CRLF.join(lines) + _CRLF


def _android_property(name: str, components: list[str]) -> list[str]:
    """One property as Android writes it: QP with CHARSET only when a value needs it."""
    text = ";".join(component.replace(";", "\\;") for component in components)
    if text.isascii() and "\r\n" not in text:
        return [f"{name}:{text}"]
    encoded = ";".join(_qp_all_bytes(component) for component in components)
    header = f"{name};CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:"
    return _qp_soft_breaks(header + encoded)


def _qp_all_bytes(text: str) -> str:
    # Android encodes every byte of a non-ASCII value, not only the ones that need it.
    return "".join(f"={byte:02X}" for byte in text.replace(";", "\\;").encode("utf-8"))


def _qp_soft_breaks(line: str, width: int = 70) -> list[str]:
    """Break a QP line with ``=`` soft breaks, never inside an ``=XX`` triplet."""
    out: list[str] = []
    current = ""
    index = 0
    while index < len(line):
        token = line[index : index + 3] if line[index] == "=" else line[index]
        if len(current) + len(token) > width:
            out.append(current + "=")
            current = ""
        current += token
        index += len(token)
    out.append(current)
    return out


def _android_base64(data: bytes) -> str:
    text = base64.b64encode(data).decode("ascii")
    first, rest = text[:48], text[48:]
    chunks = [rest[i : i + 75] for i in range(0, len(rest), 75)]
    return first + "".join(_CRLF + " " + chunk for chunk in chunks)


# --- iPhone 3.0 ---------------------------------------------------------------------------


def _iphone_card(rng: random.Random, p: dict[str, str], with_photo: bool) -> str:
    lines = ["BEGIN:VCARD", "VERSION:3.0", "PRODID:-//Apple Inc.//iPhone OS 17.4//EN"]
    lines.append(f"N:{_esc(p['family'])};{_esc(p['given'])};;;")
    lines.append(f"FN:{_esc(p['given'])} {_esc(p['family'])}")
    if rng.random() < 0.4:
        lines.append(f"ORG:{_esc(p['company'])};")
    item = 0

    def group() -> str:
        nonlocal item
        item += 1
        return f"item{item}."

    lines.append(f"TEL;type=CELL;type=VOICE;type=pref:{p['mobile']}")
    if rng.random() < 0.5:
        g = group()
        lines.append(f"{g}TEL:+31 {p['landline'][1:].replace('-', ' ')}")
        label = "_$!<Work>!$_" if rng.random() < 0.5 else rng.choice(CUSTOM_LABELS)
        lines.append(f"{g}X-ABLabel:{label}")
    g = group()
    lines.append(f"{g}EMAIL;type=INTERNET;type=pref:{p['email']}")
    if rng.random() < 0.3:
        lines.append(f"{g}X-ABLabel:_$!<Other>!$_")
    g = group()
    street = _esc(f"{p['street']} {p['number']}")
    lines.append(
        f"{g}ADR;type=HOME;type=pref:;;{street};{_esc(p['city'])};;{p['postcode']};Nederland"
    )
    lines.append(f"{g}X-ABADR:nl")
    if rng.random() < 0.3:
        g = group()
        lines.append(f"{g}URL;type=pref:https://www.example.nl/{item}")
        lines.append(f"{g}X-ABLabel:_$!<HomePage>!$_")
    if rng.random() < 0.4:
        lines.append(f"NOTE:{_esc(p['note'])}")
    if rng.random() < 0.7:
        year = "1604" if rng.random() < 0.2 else p["year"]
        lines.append(f"BDAY;value=date:{year}-{p['month']}-{p['day']}")
    if with_photo:
        encoded = base64.b64encode(_jpeg(rng.randrange(4))).decode("ascii")
        lines.append(f"PHOTO;ENCODING=b;TYPE=JPEG:{encoded}")
    lines.append("END:VCARD")
    return "".join(_fold(line) for line in lines)


def _esc(text: str) -> str:
    return text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")


def _fold(line: str) -> str:
    """Fold at 75 octets without splitting a UTF-8 sequence, as RFC 2425 asks."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line + _CRLF
    pieces: list[str] = []
    current = ""
    size = 0
    limit = 75
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            pieces.append(current)
            current, size, limit = "", 0, 74
        current += char
        size += width
    pieces.append(current)
    return (_CRLF + " ").join(pieces) + _CRLF


@cache
def _jpeg(variant: int) -> bytes:
    """A small JPEG (96×96, a few kB) such as a phone keeps as a contact thumbnail."""
    from PIL import Image

    rng = random.Random(variant)
    image = Image.new("RGB", (96, 96))
    image.putdata(
        [
            (
                (x * 2 + variant * 40) % 256,
                (y * 2 + rng.randrange(32)) % 256,
                (x + y + rng.randrange(64)) % 256,
            )
            for y in range(96)
            for x in range(96)
        ]
    )
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=80)
    return buffer.getvalue()
