"""Finding a submitter's name and address in free text, and taking them out.

A name is looked for whole ("Lotte van der Berg") and by its parts ("Lotte", "Berg"), the
address whole and by its local part and the pieces of that ("lotte.berg", "lotte", "berg").
Matching ignores case and accents: "Xándra" in the contact field is found as "xandra" in a
message, and the other way round. Parts are matched as whole words only ("Berg" is found in
"Dag Berg," but not in "bergen"), except in the whole address.

Name particles ("van", "der", "de" …) and generic mailboxes ("info", "contact" …) are no
name on their own and are not looked for separately. A part that is also an ordinary word
(the last name "Groen") is removed where it stands as a word: in the few texts of one case,
privacy outweighs the odd missing word.
"""

import re
import unicodedata
from dataclasses import dataclass

NAME_REMOVED = "[naam verwijderd]"
EMAIL_REMOVED = "[e-mailadres verwijderd]"

# Name particles and the shortest everyday words: never a name on their own.
NOT_A_NAME = frozenset(
    ["van", "von", "der", "den", "de", "del", "della", "di", "da", "do", "dos", "du", "het",
     "ter", "ten", "te", "in", "op", "aan", "bij", "uit", "la", "le", "les", "los", "las", "el",
     "al", "en", "er", "of", "om", "is", "mr", "dr", "ir", "ing", "drs", "prof", "mevr", "dhr"]
)  # fmt: skip
# Local parts of shared mailboxes: no person's name.
GENERIC_MAILBOXES = frozenset(
    ["info", "contact", "mail", "email", "post", "secretariaat", "office", "admin", "beheer",
     "noreply", "team", "hallo", "hello", "servicedesk", "support", "gemeente", "provincie"]
)  # fmt: skip
_NAME_PARTS = re.compile(r"[\s\-'\u2019.,()/&+]+")
_MAILBOX_PARTS = re.compile(r"[._+\-]+")


def fold(text: str) -> tuple[str, list[int]]:
    """``text`` in lower case without accents, and for every character of the result the
    index of the character of ``text`` it came from."""
    folded: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        for piece in unicodedata.normalize("NFKD", char).casefold():
            if not unicodedata.combining(piece):
                folded.append(piece)
                origin.append(index)
    return "".join(folded), origin


def folded(text: str) -> str:
    return fold(text)[0]


@dataclass(frozen=True)
class Needles:
    """What to look for of one submitter: patterns over folded text."""

    email: re.Pattern | None
    name: re.Pattern | None

    def __bool__(self) -> bool:
        return bool(self.email or self.name)


def _pattern(values: set[str], whole_words: set[str]) -> re.Pattern | None:
    if not values:
        return None
    alternatives = []
    for value in sorted(values, key=lambda v: (-len(v), v)):  # longest first
        body = r"\s+".join(re.escape(piece) for piece in value.split())
        alternatives.append(rf"(?<!\w){body}(?!\w)" if value in whole_words else body)
    return re.compile("|".join(alternatives))


def _is_name_part(part: str) -> bool:
    return len(part) >= 2 and part not in NOT_A_NAME and not part.isdigit()


def needles(*, name: str = "", email: str = "") -> Needles:
    """The patterns for a submitter with this ``name`` and ``email``."""
    name, email = folded(name).strip(), folded(email).strip()
    names: set[str] = set()
    addresses: set[str] = set()
    whole: set[str] = set()
    if len(name) >= 2:
        names.add(name)
        whole.add(name)
        names.update(part for part in _NAME_PARTS.split(name) if _is_name_part(part))
    if "@" in email:
        addresses.add(email)
        mailbox = email.split("@", 1)[0]
        if len(mailbox) >= 3 and mailbox not in GENERIC_MAILBOXES:
            addresses.add(mailbox)
            whole.add(mailbox)
        names.update(
            part
            for part in _MAILBOX_PARTS.split(mailbox)
            if _is_name_part(part) and part not in GENERIC_MAILBOXES
        )
    whole |= names
    return Needles(email=_pattern(addresses, whole), name=_pattern(names, whole))


def scrub(text: str, found: Needles) -> str:
    """``text`` with every match of ``found`` replaced by a marker."""
    if not text or not found:
        return text
    folded_text, origin = fold(text)
    spans: list[tuple[int, int, bool]] = []  # start, end in text, is an address
    for pattern, is_email in ((found.email, True), (found.name, False)):
        if pattern is not None:
            spans.extend(
                (origin[match.start()], origin[match.end() - 1] + 1, is_email)
                for match in pattern.finditer(folded_text)
                if match.end() > match.start()
            )
    if not spans:
        return text
    merged: list[list] = []
    for start, end, is_email in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
            merged[-1][2] = merged[-1][2] or is_email
        else:
            merged.append([start, end, is_email])
    pieces, position = [], 0
    for start, end, is_email in merged:
        pieces += [text[position:start], EMAIL_REMOVED if is_email else NAME_REMOVED]
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


def contains(text: str, found: Needles) -> bool:
    return scrub(text, found) != text
