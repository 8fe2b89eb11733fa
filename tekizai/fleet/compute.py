"""A process-wide cap on embedded compute: threads x concurrent generations <= cores.

Every embedded generation takes one slot; requests beyond the slots wait, so two models never
oversubscribe the CPU and slow each other down.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager


class ComputeSlots:
    def __init__(self, total_threads: int | None = None, threads_per_generation: int | None = None) -> None:
        self.total_threads = total_threads or os.cpu_count() or 1
        self.threads_per_generation = min(threads_per_generation or self.total_threads, self.total_threads)
        self.slots = max(1, self.total_threads // self.threads_per_generation)
        self._semaphore = asyncio.Semaphore(self.slots)

    @asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        async with self._semaphore:
            yield

    @property
    def busy(self) -> int:
        return self.slots - self._semaphore._value
