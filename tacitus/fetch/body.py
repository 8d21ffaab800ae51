"""Reading a response body within bounds: a size cap that counts decompressed bytes (a
gzip bomb stops at the cap, not in memory exhaustion), and a total deadline (an endless
or trickling response stops at the deadline). Decompression is done here, chunk by
chunk with zlib's `max_length`, rather than left to the HTTP library, so the bound
holds whatever the library version."""
from __future__ import annotations

import time
import zlib

CHUNK = 64 * 1024


class BodyError(Exception):
    """Why a body was not read to its end (one line)."""


class Decoder:
    """Content-Encoding gzip / deflate / identity, decoded incrementally."""

    SUPPORTED = ("gzip", "x-gzip", "deflate", "identity", "")

    def __init__(self, encoding: str) -> None:
        encoding = encoding.strip().lower()
        if encoding not in self.SUPPORTED:
            raise BodyError(f"content encoding {encoding!r} is not supported")
        self.compressed = encoding not in ("identity", "")
        # gzip: a gzip header; deflate: a zlib header as the standard says (raw deflate falls back below)
        self._wbits = 16 + zlib.MAX_WBITS if encoding in ("gzip", "x-gzip") else zlib.MAX_WBITS
        self._raw_fallback = encoding == "deflate"
        self._obj = zlib.decompressobj(self._wbits) if self.compressed else None

    def feed(self, chunk: bytes, room: int) -> bytes:
        """The decoded bytes of `chunk`, at most room + 1 of them (one more tells the cap is passed)."""
        if self._obj is None:
            return chunk[: room + 1]
        try:
            out = self._obj.decompress(chunk, room + 1)
        except zlib.error:
            if not self._raw_fallback:
                raise BodyError("compressed body that could not be decompressed") from None
            self._raw_fallback = False  # some servers send raw deflate without the zlib header
            self._obj = zlib.decompressobj(-zlib.MAX_WBITS)
            return self.feed(chunk, room)
        self._raw_fallback = False
        return out


def read_body(chunks, encoding: str, max_bytes: int, deadline: float, seconds: float) -> bytes:
    """The whole body from an iterator of raw chunks, or BodyError when it passes `max_bytes`
    (decoded) or the `deadline` (time.monotonic(), `seconds` after the request began)."""
    decoder = Decoder(encoding)
    body = bytearray()
    raw = 0
    for chunk in chunks:
        raw += len(chunk)
        body += decoder.feed(chunk, max_bytes - len(body))
        if len(body) > max_bytes or raw > max_bytes:
            what = "once decompressed " if decoder.compressed and len(body) > max_bytes else ""
            raise BodyError(f"response {what}over the {max_bytes / 1e6:g} MB limit")
        if time.monotonic() > deadline:
            raise BodyError(f"response still arriving after {seconds:g} s; stopped")
    return bytes(body)
