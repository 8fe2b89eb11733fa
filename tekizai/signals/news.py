"""Whether a text is a news or sports report: people named in it are the news, not someone's records.

Only a contact detail or an ID beside a name, or a slot, makes a name personal there ("the
36-year-old", "employee", "salary" do not), and a health or HR term there is a public person's.
"""

from __future__ import annotations

import re

# a reporter's words, and a sports report's
_REPORTING = re.compile(
    r"\b(?:said|says|told (?:reporters|the|CNN|BBC)|according to|spokes(?:man|woman|person)|reported|"
    r"officials?|police|(?:CNN|BBC|Reuters|AFP)\b|"
    # a sports report: its players' injuries, suspensions and contracts are the news
    r"(?:scored|goals?|striker|midfielder|defender|goalkeeper|season|league|tournament|championship|grand prix|"
    r"laps?|podium|innings|wickets?|squad|fixture|semi-final|quarter-final|title race|medals?|olympics?|qualifier|"
    r"world record|world cup|rugby|athletics|marathon|test match|premiership|bundesliga|serie a|la liga)\b)"
)
_NEWS_CUES = 3


def news(text: str) -> bool:
    """Whether the text reads as a news or sports report (three of its cues or more)."""
    return sum(1 for _ in zip(range(_NEWS_CUES), _REPORTING.finditer(text), strict=False)) >= _NEWS_CUES
