"""Reading the cards of a large import in worker processes while the importer writes.

Each worker is a plain child process (this module's ``main`` in a new Python interpreter)
started with the job on its standard input. The chunks of the files are dealt out in a fixed
cycle of readers: reader 0 is the importing process itself (on a two-core machine it reads
one chunk in three besides writing), readers 1…n are the workers, which write their chunks,
numbered and pickled, to their standard output. The importer takes chunk j from reader
``cycle[j % len(cycle)]``, so the chunks arrive in file order exactly as a single process
would produce them. When a worker's chunk is not ready at its turn, the importer reads it
itself instead of waiting, and tells the worker (a line with the chunk number on the
worker's standard input) so that it skips the chunks the import is past. A worker writes
ahead only as far as its pipe and a small queue hold, so memory stays flat however large the
files are. If a worker fails or cannot start, the importer reads its chunks itself.

The children only read the files: the database, its transaction and every decision about
merging stay in the importing process.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import queue
import subprocess
import sys
import threading
import traceback
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from contactbook.services.import_prepare import (
    Chunk,
    Preparation,
    PreparedCard,
    prepare_chunk,
    raw_chunks,
)

_BOOT = (
    "import sys; sys.path.insert(0, sys.argv[1]); "
    "from contactbook.services.import_workers import main; main()"
)
_PIPE_SIZE = 1 << 20  # room for a few chunks ahead (Linux; elsewhere the default size)
_AHEAD = 4  # chunks taken off a worker's pipe ahead of their turn
# A worker late for this many of its turns in a row is stopped (not before chunk _GRACE: it
# needs a moment to start), so that on a busy machine it does not take processor time from
# the importer for nothing.
_GIVE_UP = 3
_GRACE = 8


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

    A worker can never hold the import up: when the next chunk in file order is a worker's
    and it has not arrived yet, this process reads it itself ("steals" it), tells the worker
    how far the import got so that it skips what it no longer needs, and drops the worker's
    copy if it comes after all. One worker therefore never makes an import slower than none
    (only its share of the processor), even on a machine busy with other work.

    Use as a context manager: leaving it (also by an exception or a cancel) stops the
    workers that are still running.
    """

    def __init__(
        self, paths: Sequence[Path], preparation: Preparation, cycle: tuple[int, ...]
    ) -> None:
        self._paths = tuple(Path(p).resolve() for p in paths)
        self._preparation = preparation
        self._cycle = cycle
        self.fell_back = False  # True once a worker failed or could not start
        self.stolen = 0  # chunks of a worker read here because the worker was behind
        self.from_workers = 0  # chunks that came from a worker
        self.retired = 0  # workers stopped because they were late too often
        self._workers: list[_Worker] = []
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
                worker = _Worker(process)
                self._workers.append(worker)
                assert process.stdout is not None
                _widen(process.stdout)
                worker.send(pickle.dumps(_Job(self._paths, preparation, reader, cycle), -1))
                worker.start()
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
        # This process splits every chunk (cheap) so that it can read any of them itself; a
        # file that cannot be read fails here as it would in a single process.
        behind = [0] * (len(self._workers) + 1)  # turns in a row a worker was late, by reader
        for raw in raw_chunks(self._paths):
            reader = self._cycle[raw.number % len(self._cycle)]
            chunk = self._from_worker(reader, raw.number) if reader else None
            if chunk is not None:
                self.from_workers += 1
                behind[reader] = 0
            else:
                if reader:
                    self._steal(reader, raw.number, behind)
                chunk = prepare_chunk(raw, self._preparation)
            yield chunk

    def _steal(self, reader: int, number: int, behind: list[int]) -> None:
        """Chunk ``number`` of ``reader`` is read here: tell the workers, retire a slow one."""
        self.stolen += 1
        if reader <= len(self._workers) and not self._workers[reader - 1].failed:
            behind[reader] += 1
            if behind[reader] >= _GIVE_UP and number >= _GRACE:
                # late again and again: the machine has no core for it, and the processor
                # time it takes is missed by this process
                self._workers[reader - 1].stop()
                self.retired += 1
                return
        for worker in self._workers:
            worker.taken(number)

    def _from_worker(self, reader: int, number: int) -> Chunk | None:
        """Chunk ``number`` if its worker has it ready, else None (without waiting)."""
        if reader > len(self._workers) or self._workers[reader - 1].failed:
            return None
        worker = self._workers[reader - 1]
        try:
            return worker.ready(number)
        except WorkerError:
            worker.stop()
            self.fell_back = True  # this worker's chunks are read here from now on
            return None

    def close(self) -> None:
        for worker in self._workers:
            worker.stop()
        self._workers = []


class _Worker:
    """One worker process, and a thread that takes its chunks off the pipe as they come."""

    def __init__(self, process: subprocess.Popen[bytes]) -> None:
        self.process = process
        self.failed = False
        self._messages: queue.Queue[tuple[Any, ...]] = queue.Queue(maxsize=_AHEAD)
        self._held: tuple[Any, ...] | None = None
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._receive_all, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def send(self, data: bytes) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(data)
        self.process.stdin.flush()

    def taken(self, number: int) -> None:
        """Tell the worker that the import is past chunk ``number`` (best effort)."""
        if self.failed:
            return
        with contextlib.suppress(OSError):  # it stopped; the receiving thread reports why
            self.send(b"%d\n" % number)

    def ready(self, number: int) -> Chunk | None:
        """Chunk ``number`` if it has arrived; copies of chunks read here are dropped."""
        while True:
            message = self._held
            self._held = None
            if message is None:
                try:
                    message = self._messages.get_nowait()
                except queue.Empty:
                    return None
            if message[0] == "failed":
                self.failed = True
                raise WorkerError(message[1])
            if message[0] != "chunk":  # "end": it has nothing more for this import
                self._held = message
                return None
            if message[1] < number:
                continue  # a chunk this process read itself in the meantime
            if message[1] > number:  # not yet: keep it for its turn
                self._held = message
                return None
            chunk = message[2]
            assert isinstance(chunk, Chunk)
            return chunk

    def _receive_all(self) -> None:
        stdout = self.process.stdout
        assert stdout is not None
        while True:
            try:
                message = pickle.load(stdout)
            except Exception:  # the end of the pipe, or a message cut off by a crash
                if self._stopping.is_set():
                    return
                code = self.process.wait()
                self._put(("failed", f"a card-reading process stopped (exit code {code})"))
                return
            if (
                not isinstance(message, tuple)
                or not message
                or (message[0] == "chunk" and not _is_chunk_message(message))
            ):
                self._put(("failed", "a card-reading process sent something unexpected"))
                return
            if message[0] == "error":
                self._put(("failed", f"a card-reading process failed: {message[1]}"))
                return
            self._put(message)
            if message[0] == "end":
                return

    def _put(self, message: tuple[Any, ...]) -> None:
        while not self._stopping.is_set():
            try:
                self._messages.put(message, timeout=0.1)
                return
            except queue.Full:
                continue

    def stop(self) -> None:
        self._stopping.set()
        self.failed = True
        process = self.process
        if process.poll() is None:
            process.kill()
        process.wait()
        if self._thread.is_alive():
            self._thread.join(timeout=5)
        for pipe in (process.stdin, process.stdout):
            if pipe is not None:
                with contextlib.suppress(OSError):
                    pipe.close()


def _is_chunk_message(message: tuple[Any, ...]) -> bool:
    return len(message) == 3 and isinstance(message[1], int) and isinstance(message[2], Chunk)


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
    taken = [-1]  # the importer is past this chunk: skip up to it

    def listen() -> None:
        for line in source:
            with contextlib.suppress(ValueError):
                taken[0] = max(taken[0], int(line))

    threading.Thread(target=listen, daemon=True).start()
    try:
        for raw in raw_chunks(job.paths):
            if job.cycle[raw.number % len(job.cycle)] != job.reader or raw.number <= taken[0]:
                continue
            chunk = prepare_chunk(raw, job.preparation)
            if raw.number <= taken[0]:
                continue  # read by the importer while this one was at it
            items = [
                item.for_transfer() if isinstance(item, PreparedCard) else item
                for item in chunk.items
            ]
            message = ("chunk", raw.number, Chunk(items, chunk.position))
            pickle.dump(message, out, pickle.HIGHEST_PROTOCOL)
            out.flush()
        pickle.dump(("end",), out)
    except Exception as error:  # reported to the importing process, which reads alone
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
