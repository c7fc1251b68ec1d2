"""Personal identifiers written inside free text, found for pseudonymisation.

A narrative says "IP born 14/03/1987, lives ZZ9 9QX, mob 07700 900123, VRM AB12 CDE":
every one of those identifies someone even with the names masked. Each kind has one
pattern, written for RE2 as well as Python's re (so pyarrow can pick the texts that hold
any of them in one vectorised pass) and a normal form the token is derived from, so that
"07700 900123" and "+447700900123" get one token:

    postcode   UK postcodes, with or without the space          POSTCODE-...
    phone      UK numbers (+44 or 0, 10-11 digits, spaces/dashes) PHONE-...
    email      addresses                                          EMAIL-...
    vehicle    UK registrations: current (AB12 CDE), prefix (A123 BCD), suffix (ABC 123D)
                                                                  VEHICLE-...
    handle     online handles (@name)                             HANDLE-...
    date       a date in a common written form: 14/03/1987, 14-3-87, 1987-03-14,
               14 March 1987, 14th of Mar 87, March 14, 1987 -- masked when it is a
               recorded date of birth, or when "born", "DOB" or "date of birth" comes
               just before it                                    DOB-...

What this cannot find is listed in SECURITY.md.
"""

from __future__ import annotations

import re

_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_MONTH_WORD = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
               r"aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_ORDINAL = r"(?:st|nd|rd|th)?"

# kind -> pattern. Case-insensitive except the older registration formats, which in
# lower case look like ordinary words ("j14 the").
PATTERNS = {
    "email": r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    "postcode": r"\b[a-z]{1,2}[0-9][a-z0-9]? ?[0-9][a-z]{2}\b",
    "phone": r"(?:\+44[ -]?\(?0?\)?[ -]?|\b0)[1-9](?:[ -]?[0-9]){8,9}\b",
    "vehicle": r"\b[a-z]{2}[0-9]{2} ?[a-z]{3}\b",
    "handle": r"(?:^|[^\w.@])@[a-z0-9_.]{3,30}\b",
    "date": (rf"\b[0-9]{{1,2}}[/.\-][0-9]{{1,2}}[/.\-](?:[0-9]{{4}}|[0-9]{{2}})\b"
             rf"|\b[0-9]{{4}}-[0-9]{{1,2}}-[0-9]{{1,2}}\b"
             rf"|\b[0-9]{{1,2}}{_ORDINAL}(?: of)? {_MONTH_WORD}\.?,? (?:[0-9]{{4}}|[0-9]{{2}})\b"
             rf"|\b{_MONTH_WORD}\.? [0-9]{{1,2}}{_ORDINAL},? [0-9]{{4}}\b"),
}
OLD_VEHICLE = r"\b(?:[A-Z][0-9]{1,3} ?[A-Z]{3}|[A-Z]{3} ?[0-9]{1,3}[A-Z])\b"

# One pass over all kinds (RE2-compatible: pyarrow uses it to pick candidate texts).
ANY_PATTERN = "(?i:" + "|".join(f"(?:{p})" for p in PATTERNS.values()) + ")|" + OLD_VEHICLE
_FIND = re.compile("|".join(f"(?P<{kind}>{p})" for kind, p in PATTERNS.items()),
                   re.IGNORECASE)
_FIND_OLD_VEHICLE = re.compile(OLD_VEHICLE)
_DOB_CUE = re.compile(r"(?:born|b\.|dob|d\.o\.b\.?|date of birth)\W{0,3}(?:on\W{1,3})?$",
                      re.IGNORECASE)


def parse_written_date(text: str) -> tuple[int, int, int] | None:
    """(year, month, day) of a date as matched by PATTERNS["date"]; two-digit years come
    back as 0-99 (compared with a date of birth's year modulo 100)."""
    lowered = text.lower().replace(",", " ").replace(".", " ").replace("of ", " ")
    numbers = [int(n) for n in re.findall(r"[0-9]+", lowered)]
    month_word = re.search(r"[a-z]{3,}", re.sub(r"(?<=[0-9])(st|nd|rd|th)", "", lowered))
    if month_word:
        if month_word.group()[:3] not in _MONTHS or len(numbers) != 2:
            return None
        month = _MONTHS.index(month_word.group()[:3]) + 1
        day, year = (numbers[0], numbers[1]) if numbers[1] > 31 or lowered[0].isdigit() \
            else (numbers[1], numbers[0])
    elif len(numbers) == 3:
        if numbers[0] > 31:  # ISO
            year, month, day = numbers
        else:  # day first, as in England and Wales
            day, month, year = numbers
    else:
        return None
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return year, month, day


def dob_keys(dates) -> dict[tuple[int, int, int], str]:
    """(year, month, day) and (year % 100, month, day) of each date of birth -> its ISO
    date, so "14/03/87" gets the token of 1987-03-14."""
    keys = {}
    for day in dates:
        if hasattr(day, "year"):
            iso = _iso((day.year, day.month, day.day))
            keys[(day.year, day.month, day.day)] = iso
            keys.setdefault((day.year % 100, day.month, day.day), iso)
    return keys


def _iso(parts: tuple[int, int, int]) -> str:
    return f"{parts[0]:04d}-{parts[1]:02d}-{parts[2]:02d}"


def normal_form(kind: str, text: str) -> str:
    """The value a token is derived from: one form for every way of writing it."""
    if kind == "email" or kind == "handle":
        return text.strip().lower()
    compact = re.sub(r"[\s\-()]", "", text).upper()
    if kind == "phone" and compact.startswith("+44"):
        compact = "0" + compact[3:].lstrip("0")
    return compact


def find(text: str, dobs: dict[tuple[int, int, int], str]) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, normal form) of every identifier in text."""
    found = []
    for match in _FIND.finditer(text):
        kind = match.lastgroup
        start, end = match.span()
        value = match.group()
        if kind == "handle":
            start += value.index("@")
            value = text[start:end]
        if kind == "date":
            parts = parse_written_date(value)
            if parts is None:
                continue
            if parts not in dobs and not _DOB_CUE.search(text[max(0, start - 24):start]):
                continue
            found.append((start, end, "dob", dobs.get(parts) or _iso(parts)))
            continue
        found.append((start, end, kind, normal_form(kind, value)))
    for match in _FIND_OLD_VEHICLE.finditer(text):
        found.append((match.start(), match.end(), "vehicle", normal_form("vehicle",
                                                                          match.group())))
    return found
