"""Large imports read their cards in worker processes: same result, same guarantees."""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Iterable
from pathlib import Path

import pytest

from contactbook.domain.contact import Contact
from contactbook.domain.enums import Scope
from contactbook.domain.phone import Phone
from contactbook.interchange.vcard_read import CardProblem, ReadCard, read_vcard_file
from contactbook.services.book import Book, open_book
from contactbook.services.import_prepare import CHUNK, Chunk, Preparation, PreparedCard, card_chunks
from contactbook.services.import_workers import CardReaders, reader_cycle
from contactbook.services.vcard_import import (
    MAX_WORKERS,
    PARALLEL_FROM_BYTES,
    ImportCancelledError,
    ImportFailedError,
    ImportOptions,
    _worker_count,
    import_files,
)
from tests.benchmarks.vcard_samples import generate_cards

EMPTY_CARD = b"BEGIN:VCARD\r\nVERSION:3.0\r\nEND:VCARD\r\n"


@pytest.fixture
def two_files(tmp_path: Path) -> list[Path]:
    """Several chunks of phone cards with a card that cannot be imported in the middle, and a
    second file that repeats part of the first (merges and unchanged cards across files)."""
    first = tmp_path / "phone.vcf"
    cards = generate_cards(CHUNK * 3 + 17, seed=11)
    middle = cards.index(b"BEGIN:VCARD", len(cards) // 2)
    first.write_bytes(cards[:middle] + EMPTY_CARD + cards[middle:])
    second = tmp_path / "again.vcf"
    second.write_bytes(generate_cards(CHUNK + 3, seed=11))
    return [first, second]


def _essence(contact: Contact) -> tuple[object, ...]:
    return (
        contact.id,
        contact.uid if contact.uid.startswith("contactbook-import-") else "(random)",
        contact.display_name,
        contact.scope,
        contact.organisation,
        [(e.address, e.label, e.auto_classification) for e in contact.emails],
        [(p.raw, p.e164, p.label) for p in contact.phones],
        [(a.street, a.house_number, a.postcode, a.city) for a in contact.addresses],
        contact.birthday,
        contact.photo,
        contact.thumbnail,
        contact.notes,
        contact.extra_properties,
    )


def _import(path: Path, files: list[Path], workers: int) -> tuple[dict[str, object], list[object]]:
    book = open_book(path)
    try:
        # a contact already in the book (id 2) that the first card of the file matches by
        # its name and mobile number
        first = next(c for c in read_vcard_file(files[0]) if isinstance(c, ReadCard)).contact
        book.contacts.add(Contact(given_name="Al", family_name="Bekend"))
        book.contacts.add(
            Contact(
                given_name=first.given_name,
                family_name=first.family_name,
                scope=Scope.PRIVATE,
                phones=[Phone.parse(first.phones[0].raw)],
            )
        )
        report = import_files(book, files, ImportOptions(scope=None), workers=workers)
        contacts = [_essence(c) for c in book.contacts.get_many()]
        return report.to_json(), sorted(contacts, key=lambda c: int(str(c[0])))
    finally:
        book.close()


def test_workers_give_exactly_what_one_process_gives(tmp_path: Path, two_files: list[Path]) -> None:
    alone = _import(tmp_path / "alone.sqlite", two_files, workers=0)
    shared = _import(tmp_path / "shared.sqlite", two_files, workers=2)
    report = alone[0]
    assert report["rejected"]
    assert report["merged"]
    assert report["unchanged"]
    assert any(m["contact_id"] == 2 for m in report["merges"])  # type: ignore[attr-defined, index]
    assert shared == alone
    three = _import(tmp_path / "three.sqlite", two_files, workers=3)
    assert three == alone


@pytest.mark.parametrize("cycle", [(0, 1, 1), (1, 2), (0, 1), (2, 1, 0)])
def test_every_cycle_of_readers_gives_the_chunks_of_one_process(
    two_files: list[Path], cycle: tuple[int, ...]
) -> None:
    preparation = Preparation("NL", None, ())

    def essence(chunks: Iterable[Chunk]) -> list[object]:
        return [(chunk.position, [_card_essence(item) for item in chunk.items]) for chunk in chunks]

    alone = essence(c for c in card_chunks(two_files, preparation) if c is not None)
    with CardReaders(two_files, preparation, cycle) as readers:
        assert essence(readers) == alone
        assert not readers.fell_back  # the workers did their share
    assert len(alone) >= 2 * len(cycle)


def _card_essence(item: PreparedCard | CardProblem) -> object:
    if isinstance(item, CardProblem):
        return item
    return (item.file, item.line, item.notes, item.keys, item.rows, item.contact())


def test_progress_goes_up_to_the_total(book: Book, two_files: list[Path]) -> None:
    seen: list[tuple[int, int]] = []
    import_files(
        book, two_files, progress=lambda done, total: seen.append((done, total)), workers=2
    )
    total = sum(path.stat().st_size for path in two_files)
    assert len(seen) >= 5
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    assert seen[-1] == (total, total)


def test_large_imports_use_workers_small_ones_do_not() -> None:
    assert _worker_count(PARALLEL_FROM_BYTES - 1, cores=8, busy=0) == 0
    assert _worker_count(PARALLEL_FROM_BYTES, cores=1, busy=0) == 0
    assert _worker_count(PARALLEL_FROM_BYTES, cores=2, busy=0.3) == 1
    assert reader_cycle(1, cores=2) == (0, 1, 1)  # this process reads a third itself
    assert _worker_count(PARALLEL_FROM_BYTES, cores=64, busy=1) == MAX_WORKERS
    # a worker cannot hold the import up (it steals), so one even when the cores are busy
    assert _worker_count(PARALLEL_FROM_BYTES, cores=2, busy=1.2) == 1
    assert _worker_count(PARALLEL_FROM_BYTES, cores=2, busy=6) == 1
    assert _worker_count(PARALLEL_FROM_BYTES, cores=4, busy=1.8) == 1
    assert _worker_count(PARALLEL_FROM_BYTES, cores=4, busy=9) == 1
    assert reader_cycle(3, cores=4) == (1, 2, 3)


def test_cancelling_with_workers_leaves_nothing_and_stops_them(
    book: Book, two_files: list[Path]
) -> None:
    checks = iter([False, True])
    with pytest.raises(ImportCancelledError):
        import_files(book, two_files, is_cancelled=lambda: next(checks), workers=2)
    assert book.contacts.count() == 0
    children = Path(f"/proc/{os.getpid()}/task/{os.getpid()}/children")
    if children.exists():
        assert children.read_text().split() == []


def test_a_failing_worker_rolls_the_whole_import_back(
    book: Book, two_files: list[Path], tmp_path: Path
) -> None:
    big = tmp_path / "big.vcf"
    big.write_bytes(generate_cards(CHUNK * 8, seed=3))
    files = [big, two_files[1]]

    def remove_second_file(done: int, total: int) -> None:
        files[1].unlink(missing_ok=True)  # the workers have not reached it yet

    with pytest.raises(ImportFailedError, match="nothing was imported"):
        import_files(book, files, progress=remove_second_file, workers=2)
    assert book.contacts.count() == 0


def test_a_file_that_cannot_be_read_is_an_error_not_a_worker_crash(tmp_path: Path) -> None:
    preparation = Preparation("NL", Scope.UNSORTED, ())
    with (
        CardReaders([tmp_path / "gone.vcf"], preparation, cycle=(1,)) as readers,
        pytest.raises(FileNotFoundError, match=r"gone\.vcf"),
    ):
        list(readers)


@pytest.mark.parametrize("cycle", [(0, 1, 1), (1, 2)])
def test_when_a_worker_dies_the_rest_is_read_here(
    two_files: list[Path], cycle: tuple[int, ...]
) -> None:
    preparation = Preparation("NL", None, ())
    alone = [c for c in card_chunks(two_files, preparation) if c is not None]
    with CardReaders(two_files, preparation, cycle) as readers:
        # A crash, as far as the importer can tell. Killed before their first chunk and
        # waited for until their pipes report it: a worker killed later may have sent all of
        # its chunks already on a fast machine, and then nothing is left to fall back for.
        for worker in readers._workers:
            worker.process.kill()
            worker.process.wait()
            worker._thread.join(timeout=30)
        got = list(readers)
        assert readers.fell_back
        assert readers.from_workers == 0
    assert [(c.position, [_card_essence(i) for i in c.items]) for c in got] == [
        (c.position, [_card_essence(i) for i in c.items]) for c in alone
    ]


def test_without_a_python_to_start_workers_the_importer_reads_alone(
    two_files: list[Path], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "executable", str(tmp_path / "no-python-here"))
    preparation = Preparation("NL", None, ())
    alone = [c for c in card_chunks(two_files, preparation) if c is not None]
    with CardReaders(two_files, preparation, (0, 1, 1)) as readers:
        got = list(readers)
        assert readers.fell_back
    assert [(c.position, [_card_essence(i) for i in c.items]) for c in got] == [
        (c.position, [_card_essence(i) for i in c.items]) for c in alone
    ]


@pytest.mark.skipif(not hasattr(signal, "SIGSTOP"), reason="needs SIGSTOP")
@pytest.mark.parametrize("cycle", [(0, 1, 1), (1, 2)])
def test_a_worker_that_falls_behind_is_not_waited_for(
    two_files: list[Path], cycle: tuple[int, ...]
) -> None:
    """A stopped worker (a starved one, at the extreme): its chunks are read here at once,
    and its copies of them that come later are dropped; the chunks are those of one process."""
    preparation = Preparation("NL", None, ())
    alone = [c for c in card_chunks(two_files, preparation) if c is not None]
    with CardReaders(two_files, preparation, cycle) as readers:
        for worker in readers._workers:
            os.kill(worker.process.pid, signal.SIGSTOP)
        chunks = iter(readers)
        got = [next(chunks) for _ in range(len(cycle) + 1)]
        assert readers.stolen >= len(cycle) - 1
        for worker in readers._workers:  # the worker wakes up with the import past it
            os.kill(worker.process.pid, signal.SIGCONT)
        got.extend(chunks)
        assert not readers.fell_back
    assert [(c.position, [_card_essence(i) for i in c.items]) for c in got] == [
        (c.position, [_card_essence(i) for i in c.items]) for c in alone
    ]


@pytest.mark.skipif(not hasattr(signal, "SIGSTOP"), reason="needs SIGSTOP")
def test_an_import_with_a_stopped_worker_finishes_with_the_same_result(
    tmp_path: Path, two_files: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    stopped: list[int] = []
    real_init = CardReaders.__init__

    def init_and_stop(self: CardReaders, *args: object) -> None:
        real_init(self, *args)  # type: ignore[arg-type]
        for worker in self._workers:
            os.kill(worker.process.pid, signal.SIGSTOP)
            stopped.append(worker.process.pid)

    alone = _import(tmp_path / "alone.sqlite", two_files, workers=0)
    monkeypatch.setattr(CardReaders, "__init__", init_and_stop)
    starved = _import(tmp_path / "starved.sqlite", two_files, workers=1)
    assert stopped
    assert starved == alone
    children = Path(f"/proc/{os.getpid()}/task/{os.getpid()}/children")
    if children.exists():  # the stopped worker was ended with the import
        assert children.read_text().split() == []


def test_a_large_import_refreshes_the_planner_statistics(book: Book, tmp_path: Path) -> None:
    from contactbook.services.vcard_import import REFRESH_STATISTICS_FROM

    def statistics_rows() -> int:
        with book.database.engine.connect() as connection:
            try:
                return len(connection.exec_driver_sql("SELECT * FROM sqlite_stat1").all())
            except Exception:  # no ANALYZE yet: the table does not exist
                return 0

    small = tmp_path / "small.vcf"
    small.write_bytes(generate_cards(50, seed=5))
    import_files(book, [small], workers=0)
    before = statistics_rows()
    large = tmp_path / "large.vcf"
    large.write_bytes(generate_cards(REFRESH_STATISTICS_FROM + 100, seed=6))
    report = import_files(book, [large], workers=0)
    assert report.imported >= REFRESH_STATISTICS_FROM
    assert statistics_rows() > before


@pytest.mark.skipif(not hasattr(signal, "SIGSTOP"), reason="needs SIGSTOP")
def test_a_worker_late_again_and_again_is_stopped(tmp_path: Path) -> None:
    big = tmp_path / "big.vcf"
    big.write_bytes(generate_cards(CHUNK * 14, seed=4))
    preparation = Preparation("NL", None, ())
    alone = [c for c in card_chunks([big], preparation) if c is not None]
    with CardReaders([big], preparation, (0, 1, 1)) as readers:
        (worker,) = readers._workers
        os.kill(worker.process.pid, signal.SIGSTOP)
        got = list(readers)
        assert readers.retired == 1
        assert worker.process.returncode is not None  # ended, not left stopped
        assert readers.from_workers == 0
        assert not readers.fell_back
    assert [(c.position, [_card_essence(i) for i in c.items]) for c in got] == [
        (c.position, [_card_essence(i) for i in c.items]) for c in alone
    ]
