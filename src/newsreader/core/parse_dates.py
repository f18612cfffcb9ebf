"""Dates as news pages write them: "June 18, 2024", "2024-06-18", "Tuesday, 18 June 2024".

A date line is recognised only when the whole line is a date (with an optional weekday,
"Published:"-style label and time of day), so a body sentence that merely mentions a
date never becomes the article's date.
"""

from __future__ import annotations

import datetime as dt
import re

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10,
    "november": 11, "nov": 11, "december": 12, "dec": 12,
}

_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_LABEL = r"(?:(?:published|updated|posted|date|dated|last\s+updated)(?:\s+on)?\s*:?\s*)?"
_MONTH = r"(?P<month>[a-z]{3,9})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_TIME = (
    r"(?:\s*(?:,|at|-|–|—|\|)?\s*\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?"
    r"(?:\s*[a-z]{2,5})?)?"
)

# What may follow the date on a dateline: "| Reuters", "· 4 min read", "by Jane Roe".
_TAIL = r"(?:\s*(?:[|·•]|\s-|\s–|\s—)\s*\S.{0,60}|\s+by\s+\S.{0,60})?"

_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(rf"^{_LABEL}{_WEEKDAY}{body}{_TIME}\.?{_TAIL}$", re.IGNORECASE)
    for body in (
        rf"{_MONTH}\s+{_DAY},?\s+{_YEAR}",  # June 18, 2024
        rf"{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}",  # 18 June 2024
        r"(?P<year>\d{4})-(?P<mnum>\d{1,2})-(?P<day>\d{1,2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?",
        r"(?P<year>\d{4})/(?P<mnum>\d{1,2})/(?P<day>\d{1,2})",
    )
)


def parse_date(line: str) -> dt.date | None:
    """The date a whole line states, or ``None`` when the line is not just a date.

    Ambiguous numeric forms (06/07/2024: June or July?) are refused rather than guessed.
    """
    candidate = " ".join(line.split())
    if not candidate or len(candidate) > 60 or not any(map(str.isdigit, candidate)):
        return None
    for pattern in _PATTERNS:
        match = pattern.match(candidate)
        if match is None:
            continue
        groups = match.groupdict()
        if groups.get("mnum") is not None:
            month = int(groups["mnum"])
        else:
            found = MONTHS.get(groups["month"].lower())
            if found is None:
                continue
            month = found
        try:
            return dt.date(int(groups["year"]), month, int(groups["day"]))
        except ValueError:
            return None
    return None


def coerce_date(value: object) -> dt.date | None:
    """A front-matter value as a date: YAML gives ``date``/``datetime`` objects or strings."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        return parse_date(value)
    return None
