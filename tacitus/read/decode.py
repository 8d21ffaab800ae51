"""Bytes → text: UTF-8 first, then the encoding charset-normalizer detects; binary data is refused.

Newlines are normalised to "\n" so that offsets do not depend on the platform
that wrote the file.
"""
from __future__ import annotations

from tacitus.errors import ReadError

# File signatures of common binary formats someone may pass by mistake.
_SIGNATURES = {
    b"\x89PNG\r\n\x1a\n": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF87a": "a GIF image",
    b"GIF89a": "a GIF image",
    b"%PDF-": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or DOCX/XLSX/EPUB)",
    b"\x1f\x8b": "a gzip archive",
    b"BZh": "a bzip2 archive",
    b"\x7fELF": "an executable",
    b"SQLite format 3\x00": "an SQLite database",
    b"\xd0\xcf\x11\xe0": "an old Microsoft Office document",
}
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def binary_kind(data: bytes) -> str | None:
    """What binary data this looks like, or None when it may be text."""
    for signature, kind in _SIGNATURES.items():
        if data.startswith(signature):
            return kind
    head = data[:8192]
    if b"\x00" in head and not head.startswith(_BOMS[1:]):
        return "binary data (NUL bytes)"
    return None


def decode(data: bytes, source: str) -> str:
    """The text of `data`, or a ReadError naming `source` and why it is not text."""
    kind = binary_kind(data)
    if kind:
        raise ReadError(source, f"{kind}, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = _detect_and_decode(data, source)
    if _control_share(text) > 0.05:
        raise ReadError(source, "binary data (control characters), not text")
    return normalise_newlines(text)


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _detect_and_decode(data: bytes, source: str) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise ReadError(source, "not UTF-8 and its encoding could not be detected")
    return str(best)


def _control_share(text: str) -> float:
    sample = text[:8192]
    if not sample:
        return 0.0
    control = sum(1 for c in sample if ord(c) < 32 and c not in "\n\r\t\f\v")
    return control / len(sample)
