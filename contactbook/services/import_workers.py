"""Reading the cards of a large import in worker processes while the importer writes.

Each worker is a plain child process (``python -m contactbook.services.import_workers``)
started with the job on its standard input. With n workers, worker k prepares chunks k,
k + n, k + 2n … (``import_prepare.card_chunks``) and writes them, pickled, to its standard
output; the importing process takes chunk j from worker j mod n, so the chunks arrive in file
order exactly as a single process would produce them. A worker writes ahead only as far as
the pipe holds, so memory stays flat however large the files are.

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

_MODULE = "contactbook.services.import_workers"


class WorkerError(RuntimeError):
    """A worker process stopped or failed; the import cannot go on."""


@dataclass(frozen=True)
class _Job:
    paths: tuple[Path, ...]
    preparation: Preparation
    share: tuple[int, int]


class CardReaders:
    """n worker processes reading the files; iterate for the chunks in file order.

    Use as a context manager: leaving it (also by an exception or a cancel) stops the
    workers that are still running.
    """

    def __init__(self, paths: Sequence[Path], preparation: Preparation, workers: int) -> None:
        if workers < 1:
            raise ValueError("at least one worker")
        self._processes: list[subprocess.Popen[bytes]] = []
        package_root = str(Path(__file__).resolve().parents[2])
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(
            p for p in (package_root, env.get("PYTHONPATH", "")) if p
        )
        try:
            for index in range(workers):
                process = subprocess.Popen(
                    [sys.executable, "-m", _MODULE],
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.DEVNULL,
                    env=env,
                )
                self._processes.append(process)
                job = _Job(tuple(Path(p).resolve() for p in paths), preparation, (index, workers))
                assert process.stdin is not None
                process.stdin.write(pickle.dumps(job, pickle.HIGHEST_PROTOCOL))
                process.stdin.close()
        except BaseException:
            self.close()
            raise

    def __enter__(self) -> CardReaders:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __iter__(self) -> Iterator[Chunk]:
        finished = [False] * len(self._processes)
        number = 0
        while True:
            index = number % len(self._processes)
            message = self._receive(index)
            if message[0] == "end":
                finished[index] = True
                # every later chunk would belong to a worker that is done too
                for other in range(len(self._processes)):
                    if not finished[other]:
                        self._expect_end(other)
                return
            chunk = message[1]
            assert isinstance(chunk, Chunk)
            yield chunk
            number += 1

    def _expect_end(self, index: int) -> None:
        message = self._receive(index)
        if message[0] != "end":
            raise WorkerError("a card-reading process got out of step")

    def _receive(self, index: int) -> tuple[Any, ...]:
        process = self._processes[index]
        assert process.stdout is not None
        try:
            message = pickle.load(process.stdout)
        except EOFError:
            code = process.wait()
            raise WorkerError(
                f"a card-reading process stopped unexpectedly (exit code {code})"
            ) from None
        if not isinstance(message, tuple) or not message:
            raise WorkerError("a card-reading process sent something unexpected")
        if message[0] == "error":
            raise WorkerError(f"a card-reading process failed: {message[1]}")
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


def _work(source: IO[bytes], out: IO[bytes]) -> None:
    job = pickle.load(source)
    assert isinstance(job, _Job)
    try:
        for chunk in card_chunks(job.paths, job.preparation, share=job.share):
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


if __name__ == "__main__":
    # run the importable module's main, so that pickled classes are the same ones
    from contactbook.services.import_workers import main as module_main

    module_main()
