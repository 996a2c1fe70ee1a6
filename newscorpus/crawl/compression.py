"""Feed post-processing plugin for zstd (Scrapy ships gzip, bz2 and LZMA ones):
``FEEDS = {"out/corpus-%(time)s.jsonl.zst": {"format": "jsonlines", "postprocessing":
["newscorpus.crawl.compression.ZstdPlugin"]}}``."""

from __future__ import annotations

from typing import IO, Any

import zstandard


class ZstdPlugin:
    """Compresses the feed with zstd, one frame with a content checksum. Feed option
    ``zstd_level`` (default 3; 1 fastest, 19 smallest)."""

    def __init__(self, file: IO[bytes], feed_options: dict[str, Any]) -> None:
        self.file = file
        level = int(feed_options.get("zstd_level", 3))
        compressor = zstandard.ZstdCompressor(level=level, write_checksum=True)
        self.writer = compressor.stream_writer(file, closefd=False)

    def write(self, data: bytes) -> int:
        return self.writer.write(data)

    def close(self) -> None:
        self.writer.close()  # ends the frame; the file stays open for the feed storage
