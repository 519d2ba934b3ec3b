"""``contactbook list`` read without SQLAlchemy prints exactly what the normal way prints.

The quick way (storage/quick_list.py) repeats the list query in plain SQL; these tests run
both ways on one demo book with awkward contacts added and compare the output byte for byte,
for many filters and for searches drawn from the book itself.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import shutil
import sqlite3
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from contactbook.cli import main
from contactbook.cli.contact_commands import cmd_list, quick_list
from contactbook.cli.parser import build_parser
from contactbook.domain.contact import Contact
from contactbook.domain.contact_query import ContactFilter
from contactbook.domain.email_address import EmailAddress
from contactbook.domain.enums import LegalBasis, Scope, Subject
from contactbook.domain.legal_basis import LegalBasisRecord
from contactbook.domain.phone import Phone
from contactbook.domain.postal import PostalAddress
from contactbook.services.book import Book, open_book
from contactbook.storage.quick_list import quick_list_rows
from contactbook.storage.revision import HEAD_REVISION
from tests.cli.test_startup import loaded_modules

DATA = Path(__file__).parent.parent / "data"

_EDGE_CASES = [
    Contact(
        given_name="Zoë",
        family_name="Ørsted-Çelik",
        organisation="Café Ûrsprong",
        scope=Scope.BUSINESS,
        legal_basis=LegalBasisRecord(LegalBasis.CONSENT),
        emails=[EmailAddress("zoe@ursprong.nl"), EmailAddress("z.orsted@gmail.com")],
        phones=[Phone.parse("+31 20 123 4567"), Phone.parse("06-12345678")],
        addresses=[PostalAddress(street="Dorpsstraat", house_number="1", city="Ĳsselstein")],
        categories=["klant", "Café Ñ"],
        activities=["Nieuwsbrief"],
    ),
    Contact(given_name="Jan", family_name="Jansen"),  # no organisation, e-mail or phone
    Contact(given_name="Jan", family_name="Jansen", scope=Scope.PRIVATE),  # the same name
    Contact(
        given_name="Anne-Marie",
        family_name="van 't Hoff",
        nickname='"Annie"',
        scope=Scope.PRIVATE,
        emails=[EmailAddress("annie@thuis.nl")],
        categories=["familie", "Café Ñ"],
    ),
    Contact(
        given_name="Émile",
        family_name="Dubois",
        scope=Scope.BUSINESS,
        deceased=True,
        legal_basis=LegalBasisRecord(LegalBasis.LEGITIMATE_INTEREST),  # test missing
        activities=["Klantbeheer", "Nieuwsbrief"],
    ),
    Contact(
        subject=Subject.ORGANISATION,
        organisation="=SUM(A1) Holding B.V.",  # a formula to a spreadsheet
        scope=Scope.BUSINESS,
        legal_basis=LegalBasisRecord(LegalBasis.CONTRACT),
        emails=[EmailAddress("info@sumholding.nl")],
        phones=[Phone.parse("(010) 4 123 456")],
    ),
    Contact(
        given_name="Ångström",
        organisation="Très Long Organisatienaam Voor Een Brede Kolom In De Tabel B.V.",
        phones=[Phone.parse("12")],  # invalid, kept as typed
    ),
]

_SCOPES = [None, *(scope.value for scope in Scope)]
_BASES = [None, "consent", "contract", "legitimate_interest", "none"]
_CATEGORIES = [None, "klant", "familie", "Café Ñ", "no such category"]
_ACTIVITIES = [None, "Nieuwsbrief", "Klantbeheer", "No such activity"]
_ID_LISTS: list[tuple[int, ...]] = [(), (1,), (3, 1, 99999), (2, 2)]


@pytest.fixture(scope="module")
def demo_book(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Book]]:
    path = tmp_path_factory.mktemp("quick-list") / "book.sqlite"
    assert main(["--db", str(path), "demo", "--contacts", "300", "--seed", "7"]) == 0
    book = open_book(path)
    try:
        book.contacts.add_many([c.with_classified_emails() for c in _EDGE_CASES])
        yield path, book
    finally:
        book.close()


@pytest.fixture(scope="module")
def search_words(demo_book: tuple[Path, Book]) -> list[str]:
    """Names, organisations, cities, phone numbers and e-mail addresses of the book."""
    _path, book = demo_book
    words: set[str] = set()
    for contact in book.contacts.get_many():
        words.update(contact.display_name.split())
        words.update(contact.organisation.split())
        words.update(address.city for address in contact.addresses if address.city)
        words.update(phone.raw for phone in contact.phones)
        words.update(email.address for email in contact.emails)
    return sorted(word for word in words if word)


def _arguments(
    output: str = "table",
    *,
    search: str = "",
    scope: str | None = None,
    basis: str | None = None,
    category: str | None = None,
    activity: str | None = None,
    ids: tuple[int, ...] = (),
) -> list[str]:
    arguments = ["list", "--format", output, f"--search={search}"]  # "-:" is no option
    for option, value in (
        ("--scope", scope),
        ("--basis", basis),
        ("--category", category),
        ("--activity", activity),
    ):
        if value is not None:
            arguments += [option, value]
    for contact_id in ids:
        arguments += ["--id", str(contact_id)]
    return arguments


def _parse(path: Path, arguments: list[str]) -> argparse.Namespace:
    full = ["--db", str(path), *arguments]
    return build_parser(full).parse_args(full)


def _both_ways(path: Path, book: Book, arguments: list[str]) -> tuple[str, str]:
    """What the normal way and the quick way print for the same arguments."""
    args = _parse(path, arguments)
    normal = io.StringIO()
    with contextlib.redirect_stdout(normal):
        assert cmd_list(book, args) == 0
    quick = io.StringIO()
    with contextlib.redirect_stdout(quick):
        assert quick_list(path, args) == 0, "the quick way fell back on an up-to-date book"
    return normal.getvalue(), quick.getvalue()


def _assert_same(path: Path, book: Book, arguments: list[str]) -> str:
    normal, quick = _both_ways(path, book, arguments)
    assert quick.encode() == normal.encode(), arguments
    return normal


@pytest.mark.parametrize("output", ["table", "csv"])
@pytest.mark.parametrize("scope", _SCOPES)
@pytest.mark.parametrize("basis", _BASES)
def test_scope_and_basis_filters_print_the_same(
    demo_book: tuple[Path, Book], output: str, scope: str | None, basis: str | None
) -> None:
    path, book = demo_book
    _assert_same(path, book, _arguments(output, scope=scope, basis=basis))


@pytest.mark.parametrize("output", ["table", "csv"])
@pytest.mark.parametrize("category", _CATEGORIES)
@pytest.mark.parametrize("activity", _ACTIVITIES)
@pytest.mark.parametrize("ids", _ID_LISTS)
def test_category_activity_and_id_filters_print_the_same(
    demo_book: tuple[Path, Book],
    output: str,
    category: str | None,
    activity: str | None,
    ids: tuple[int, ...],
) -> None:
    path, book = demo_book
    _assert_same(path, book, _arguments(output, category=category, activity=activity, ids=ids))


def test_the_whole_book_and_the_edge_cases_are_listed(demo_book: tuple[Path, Book]) -> None:
    path, book = demo_book
    table = _assert_same(path, book, _arguments("table"))
    assert len(table.splitlines()) == 1 + 300 + len(_EDGE_CASES)
    for text in ("Zoë Ørsted-Çelik", "Café Ûrsprong", "=SUM(A1) Holding B.V.", "Ångström"):
        assert text in table
    csv_text = _assert_same(path, book, _arguments("csv"))
    assert "'=SUM(A1) Holding B.V." in csv_text  # neutralised for spreadsheets both ways
    assert csv_text.count("\r\n") == 1 + 300 + len(_EDGE_CASES)
    # two contacts called Jan Jansen: the lower id first, both ways
    jansens = [line.split()[0] for line in table.splitlines() if "Jan Jansen" in line]
    assert len(jansens) == 2
    assert int(jansens[0]) < int(jansens[1])


@pytest.mark.parametrize(
    "search",
    [
        "zoe",  # finds Zoë
        "ZOË",
        "orsted celik",
        "ijsselstein",
        "0612",  # a phone number in another notation
        "+31 20 123",
        "010 4123",
        "12",  # a short digit term
        "an",  # short terms go through instr(), not the trigram index
        "a b",
        "jan",
        '"annie"',
        "van 't",
        "=sum",
        "café ñ",
        "@gmail",
        "xyzzy",  # nothing
        "   ",
        "",
    ],
)
@pytest.mark.parametrize("output", ["table", "csv"])
def test_searches_print_the_same(demo_book: tuple[Path, Book], search: str, output: str) -> None:
    path, book = demo_book
    _assert_same(path, book, _arguments(output, search=search))


_ACCENTED = str.maketrans("aeiouycnAEIOUYCN", "áëïöüÿçñÁËÏÖÜŸÇÑ")


def _without_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@st.composite
def _search_text(draw: st.DrawFn, words: list[str]) -> str:
    """A search a user might type: words of the book, cut, re-accented, with short terms."""
    terms = []
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(["word", "fragment", "short", "any"]))
        if kind == "short":
            term = draw(st.text("abcdeijnorstuvz0123456789ëé", min_size=1, max_size=2))
        elif kind == "any":
            term = draw(st.text(max_size=5))
        else:
            term = draw(st.sampled_from(words))
            if kind == "fragment":
                start = draw(st.integers(0, len(term)))
                term = term[start : draw(st.integers(start, len(term)))]
        change = draw(st.sampled_from(["none", "upper", "accents", "no accents"]))
        if change == "upper":
            term = term.upper()
        elif change == "accents":
            term = term.translate(_ACCENTED)
        elif change == "no accents":
            term = _without_accents(term)
        terms.append(term)
    return draw(st.sampled_from([" ", "  ", "\t"])).join(terms)


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_any_search_with_any_filter_prints_the_same(
    demo_book: tuple[Path, Book], search_words: list[str], data: st.DataObject
) -> None:
    path, book = demo_book
    arguments = _arguments(
        data.draw(st.sampled_from(["table", "csv"])),
        search=data.draw(_search_text(search_words)),
        scope=data.draw(st.sampled_from(_SCOPES)),
        basis=data.draw(st.sampled_from([None, None, *_BASES])),
        category=data.draw(st.sampled_from([None, None, *_CATEGORIES])),
        activity=data.draw(st.sampled_from([None, None, *_ACTIVITIES])),
    )
    _assert_same(path, book, arguments)


def test_the_command_line_takes_the_quick_way_and_prints_the_same(
    demo_book: tuple[Path, Book], capsys: pytest.CaptureFixture[str]
) -> None:
    path, book = demo_book
    for arguments in (_arguments("table", search="jan"), _arguments("csv", scope="private")):
        normal, _quick = _both_ways(path, book, arguments)
        assert main(["--db", str(path), *arguments]) == 0
        assert capsys.readouterr().out == normal


def test_json_keeps_the_normal_way(demo_book: tuple[Path, Book]) -> None:
    path, _book = demo_book
    assert quick_list(path, _parse(path, _arguments("json"))) is None


def test_a_book_of_an_older_schema_is_upgraded_the_normal_way(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "contactbook.sqlite"
    shutil.copy(DATA / "book-0001.sqlite", path)
    path.chmod(0o600)
    assert quick_list_rows(path, ContactFilter()) is None
    assert main(["--db", str(path), "list", "--search", "0612"]) == 0
    assert "Jan de Vries" in capsys.readouterr().out
    with contextlib.closing(sqlite3.connect(path)) as connection:
        [(revision,)] = connection.execute("SELECT version_num FROM alembic_version")
    assert revision == HEAD_REVISION  # the normal way ran: it upgraded the book
    rows = quick_list_rows(path, ContactFilter(search="0612"))  # now the quick way reads it
    assert rows is not None
    assert [row[1] for row in rows] == ["Jan de Vries"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"BEGIN:VCARD\r\nFN:Jan\r\nEND:VCARD\r\n", "not a SQLite database file"),
        (b"SQLite format 3\x00" + b"\xff" * 2000, ""),  # a damaged header
    ],
)
def test_a_file_that_is_not_a_book_gets_the_normal_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, message: str
) -> None:
    path = tmp_path / "contacts.vcf"
    path.write_bytes(content)
    path.chmod(0o600)
    assert quick_list_rows(path, ContactFilter()) is None
    assert main(["--db", str(path), "list"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("contactbook: ")
    assert message in captured.err
    assert "Traceback" not in captured.err
    assert path.read_bytes() == content  # left as it was


def test_a_database_of_another_program_gets_the_normal_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "other.sqlite"
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)")
        connection.commit()
    path.chmod(0o600)
    assert quick_list_rows(path, ContactFilter()) is None
    assert main(["--db", str(path), "list"]) == 2
    assert "a SQLite database of another program" in capsys.readouterr().err


def test_a_missing_book_is_created_the_normal_way(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "new" / "book.sqlite"
    assert quick_list_rows(path, ContactFilter()) is None
    assert main(["--db", str(path), "list"]) == 0
    assert capsys.readouterr().out.split() == [
        "id",
        "name",
        "organisation",
        "e-mail",
        "phone",
        "scope",
        "badge",
    ]
    assert path.is_file()


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_a_book_others_can_read_is_made_private_the_normal_way(
    demo_book: tuple[Path, Book], tmp_path: Path
) -> None:
    source, _book = demo_book
    path = tmp_path / "book.sqlite"
    shutil.copy(source, path)
    path.chmod(0o644)
    assert quick_list_rows(path, ContactFilter()) is None
    with contextlib.redirect_stdout(io.StringIO()):
        assert main(["--db", str(path), "list"]) == 0
    assert path.stat().st_mode & 0o777 == 0o600
    assert quick_list_rows(path, ContactFilter()) is not None


@pytest.mark.parametrize("output", ["table", "csv"])
def test_list_loads_neither_sqlalchemy_nor_qt(demo_book: tuple[Path, Book], output: str) -> None:
    path, _book = demo_book
    code, modules = loaded_modules("--db", str(path), "list", "--format", output, "--search", "jan")
    assert code == 0
    assert "contactbook.storage.quick_list" in modules
    heavy = {module.split(".")[0] for module in modules} & {"sqlalchemy", "alembic", "PySide6"}
    assert heavy == set()


def test_list_as_json_still_opens_the_book_the_normal_way(demo_book: tuple[Path, Book]) -> None:
    path, _book = demo_book
    code, modules = loaded_modules("--db", str(path), "list", "--format", "json")
    assert code == 0
    assert "sqlalchemy.orm" in modules  # the check above can fail
