"""Reading the cards of a large import in worker processes while the importer writes.

Each worker is a plain child process (this module's ``main`` in a new Python interpreter)
started with the job on its standard input. The chunks of the files are dealt out in a fixed
cycle of readers (``import_prepare.card_chunks``): reader 0 is the importing process itself
(on a two-core machine it reads one chunk in three besides writing), readers 1…n are the
workers, which write their chunks, pickled, to their standard output. The importer takes
chunk j from reader ``cycle[j % len(cycle)]``, so the chunks arrive in file order exactly as
a single process would produce them. A worker writes ahead only as far as its pipe holds, so
memory stays flat however large the files are. If a worker fails or cannot start, the
importer reads the remaining chunks itself.

The children only read the files: the database, its transaction and every decision about
merging stay in the importing process.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import subprocess
import sys
import traceback
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from contactbook.services.import_prepare import Chunk, Preparation, PreparedCard, card_chunks

_BOOT = (
    "import sys; sys.path.insert(0, sys.argv[1]); "
    "from contactbook.services.import_workers import main; main()"
)
_PIPE_SIZE = 1 << 20  # room for a few chunks ahead (Linux; elsewhere the default size)


class WorkerError(RuntimeError):
    """A worker process stopped or failed; the import cannot go on."""


@dataclass(frozen=True)
class _Job:
    paths: tuple[Path, ...]
    preparation: Preparation
    reader: int
    cycle: tuple[int, ...]


def reader_cycle(workers: int, cores: int) -> tuple[int, ...]:
    """Who reads which chunk: 0 is the importing process, 1…workers the worker processes.

    With two cores the importer reads one chunk in three itself (it also writes them all);
    with more, the workers read everything.
    """
    if workers < 1:
        return (0,)
    if workers == 1 and cores <= 2:
        return (0, 1, 1)
    return tuple(range(1, workers + 1))


class CardReaders:
    """The chunks of the files in order, read by this process and worker processes.

    Use as a context manager: leaving it (also by an exception or a cancel) stops the
    workers that are still running.
    """

    def __init__(
        self, paths: Sequence[Path], preparation: Preparation, cycle: tuple[int, ...]
    ) -> None:
        self._paths = tuple(Path(p).resolve() for p in paths)
        self._preparation = preparation
        self._cycle = cycle
        self.fell_back = False  # True once the rest is read here because a worker failed
        self._processes: list[subprocess.Popen[bytes]] = []
        # -I: no current folder, user site or PYTHON* variables on the path; the package is
        # imported from where this very module was imported
        package_root = str(Path(__file__).resolve().parents[2])
        command = [sys.executable, "-I", "-c", _BOOT, package_root]
        try:
            for reader in range(1, max(cycle) + 1):
                process = subprocess.Popen(
                    command,
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.DEVNULL,
                )
                self._processes.append(process)
                assert process.stdin is not None
                assert process.stdout is not None
                _widen(process.stdout)
                job = _Job(self._paths, preparation, reader, cycle)
                process.stdin.write(pickle.dumps(job, pickle.HIGHEST_PROTOCOL))
                process.stdin.close()
        except OSError:  # no Python to start, or a worker that died at once
            self.close()
            self.fell_back = True
        except BaseException:
            self.close()
            raise

    def __enter__(self) -> CardReaders:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __iter__(self) -> Iterator[Chunk]:
        delivered = 0
        if not self.fell_back:
            try:
                shared = self._with_own_share() if 0 in self._cycle else self._from_workers_only()
                for chunk in shared:
                    yield chunk
                    delivered += 1
                return
            except WorkerError:
                self.close()
                self.fell_back = True
        # A worker that could not start (a packaged app without a Python to run it) or that
        # died: the rest is read here, from the first chunk not delivered, so the import gives
        # the same result. A file that cannot be read fails here as it did there.
        rest = card_chunks(self._paths, self._preparation, start=delivered)
        yield from (chunk for chunk in rest if chunk is not None)

    def _with_own_share(self) -> Iterator[Chunk]:
        own = card_chunks(self._paths, self._preparation, reader=0, cycle=self._cycle)
        for number, chunk in enumerate(own):
            reader = self._cycle[number % len(self._cycle)]
            if reader == 0:
                assert chunk is not None
                yield chunk
            else:
                message = self._receive(reader)
                if message[0] != "chunk":
                    raise WorkerError("a card-reading process got out of step")
                yield message[1]
        for reader in range(1, len(self._processes) + 1):
            self._expect_end(reader)

    def _from_workers_only(self) -> Iterator[Chunk]:
        number = 0
        while True:
            reader = self._cycle[number % len(self._cycle)]
            message = self._receive(reader)
            if message[0] == "end":
                # every later chunk would belong to a worker that is done too
                for other in range(1, len(self._processes) + 1):
                    if other != reader:
                        self._expect_end(other)
                return
            yield message[1]
            number += 1

    def _expect_end(self, reader: int) -> None:
        if self._receive(reader)[0] != "end":
            raise WorkerError("a card-reading process got out of step")

    def _receive(self, reader: int) -> tuple[Any, ...]:
        if reader > len(self._processes):
            raise WorkerError("the card-reading processes were stopped")
        process = self._processes[reader - 1]
        assert process.stdout is not None
        try:
            message = pickle.load(process.stdout)
        except Exception:  # the end of the pipe, or a message cut off by a crash
            code = process.wait()
            raise WorkerError(
                f"a card-reading process stopped unexpectedly (exit code {code})"
            ) from None
        if not isinstance(message, tuple) or not message:
            raise WorkerError("a card-reading process sent something unexpected")
        if message[0] == "error":
            raise WorkerError(f"a card-reading process failed: {message[1]}")
        if message[0] == "chunk" and not isinstance(message[1], Chunk):
            raise WorkerError("a card-reading process sent something unexpected")
        return message

    def close(self) -> None:
        for process in self._processes:
            if process.poll() is None:
                process.kill()
        for process in self._processes:
            process.wait()
            if process.stdout is not None:
                process.stdout.close()
        self._processes = []


def _widen(pipe: IO[bytes]) -> None:
    """Let a worker write a few chunks ahead (Linux only; best effort)."""
    try:
        import fcntl

        fcntl.fcntl(pipe.fileno(), fcntl.F_SETPIPE_SZ, _PIPE_SIZE)
    except (ImportError, AttributeError, OSError):
        pass


def _work(source: IO[bytes], out: IO[bytes]) -> None:
    job = pickle.load(source)
    assert isinstance(job, _Job)
    try:
        for chunk in card_chunks(job.paths, job.preparation, reader=job.reader, cycle=job.cycle):
            if chunk is None:
                continue
            items = [
                item.for_transfer() if isinstance(item, PreparedCard) else item
                for item in chunk.items
            ]
            pickle.dump(("chunk", Chunk(items, chunk.position)), out, pickle.HIGHEST_PROTOCOL)
            out.flush()
        pickle.dump(("end",), out)
    except Exception as error:  # reported to the importing process, which rolls back
        detail = "".join(traceback.format_exception_only(error)).strip()
        pickle.dump(("error", detail), out)
    out.flush()


def main() -> None:
    # The pickled messages go over the original standard output; anything a library might
    # print goes to standard error instead, so it cannot corrupt them.
    out = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    try:
        _work(sys.stdin.buffer, out)
    except BrokenPipeError:  # the importer stopped reading (cancelled): nothing to do
        pass
    finally:
        with contextlib.suppress(BrokenPipeError):
            out.close()
