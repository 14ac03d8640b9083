"""Slack markup clean-up, sentence splitting, word tokens and runs of capitalised words."""

from __future__ import annotations

import html
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass

MAX_CHARS = 4000  # a long paste is read only this far
MAX_SENTENCES = 40
MAX_SENTENCE_CHARS = 600

_SLACK_ANGLE = re.compile(r"<([^<>|\n]{0,500})(?:\|([^<>\n]{0,500}))?>")
_EMOJI_CODE = re.compile(r":[a-z0-9_+'-]{1,40}:")
_FORMATTING = re.compile(r"(?<!\w)[*_~`]+|[*_~`]+(?!\w)")
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Runs of spaces made one plain space; a lone plain space is left as it is (replacing each of
# a text's spaces with itself cost as much as the rest of the clean-up).
_SPACES = re.compile(
    r"[\t\u00a0\u2000-\u200a\u3000][ \t\u00a0\u2000-\u200a\u3000]*| [ \t\u00a0\u2000-\u200a\u3000]+"
)


def _slack_angle(match: re.Match[str]) -> str:
    target, label = match.group(1), match.group(2)
    if target.startswith("!date") and label:
        return f" {label} "
    if target.startswith(("@", "!")):
        return " "  # user, group and channel pings carry no facts
    return f" {label} " if label else " "  # links keep their label, drop the URL


def clean_text(text: str) -> str:
    """Plain text of a Slack message: markup, emoji codes and invisible characters removed."""
    text = text[: MAX_CHARS * 2]  # markup is removed below, so allow some slack
    # Each step is skipped when the text cannot hold what it removes (most text is plain ASCII).
    if "<" in text:
        text = _SLACK_ANGLE.sub(_slack_angle, text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = html.unescape(text)
    plain = text.isascii()  # then already NFKC, and without the invisible and typographic characters
    if not plain:
        text = unicodedata.normalize("NFKC", text)
        text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub(" ", text)
    if ":" in text:
        text = _EMOJI_CODE.sub(" ", text)
    if "*" in text or "_" in text or "~" in text or "`" in text:
        text = _FORMATTING.sub("", text)
    if not plain:
        text = (
            text.replace("’", "'")
            .replace("‘", "'")
            .replace("“", '"')
            .replace("”", '"')
            .replace("–", "-")
            .replace("—", " - ")
        )
    text = _SPACES.sub(" ", text)
    if "?" in text or "..." in text or "\u2026" in text:
        text = _without_self_corrections(text)
    if "..." in text:
        text = _without_restarts(text)
    if _SLIP.search(text):
        text = _SLIP.sub(lambda m: _SLIPS[m[0]], text)
    if ":" in text:
        text = _MAIL_PREFIX.sub("", text)
    return text[:MAX_CHARS]


# "FWD: Sojitz to invest $90m ...", "Re: Fw: ...": a mail's forward or reply mark before a
# pasted headline names no one; nor does a newsroom's label in capitals ("PRESS RELEASE:",
# "BREAKING:", "UPDATE 2:"), which only words of that trade make (not "JBIC: lends ...")
_MAIL_PREFIX = re.compile(
    r"^\s*(?:(?:(?i:fwd?|re)|(?:PRESS\s+RELEASE|NEWS\s+RELEASE|MEDIA\s+RELEASE|BREAKING(?:\s+NEWS)?"
    r"|UPDATE(?:\s+\d+)?|UPDATED|EXCLUSIVE|CORRECTED|REFILE|FLASH|URGENT|ALERT|JUST\s+IN|DEVELOPING))"
    r"\s*:\s*)+"
)


# Slips in the words a commitment is read by, typed fast in chat ("Tauron wil put PLN 60 milion
# into a coper recycler"): each has one plain reading
_SLIPS = {
    "wil": "will",
    "milion": "million",
    "millon": "million",
    "bilion": "billion",
    "coper": "copper",
    "lithum": "lithium",
    "nickle": "nickel",
}
_SLIP = re.compile(r"\b(?:" + "|".join(_SLIPS) + r")\b")


# "in a zinc? no, a lithium plant", "to a tantalum? - to a manganese plant", "7 mio EUR? ok
# it's €7m": a writer taking back the words before a "?" inside a statement, not asking. The
# words taken back (from the last "a"/"to"/"in"... the correction repeats) are dropped.
_SELF_CORRECTION = re.compile(
    r"\?\s+"
    r"(?:-+\s*(?:(?:correction|sorry)\s*[:,]\s*|i mean,?\s+)?"
    r"|(?:no|nope|sorry|correction|actually|rather)\s*[:,]\s*|i mean,?\s+|(?:ok|okay),?\s+it'?s\s+)"
    r"(?=(?P<word>[^\W\d_]+)|(?P<sum>[\d$€£¥₹]))"
    # "to Trafigura... no wait, to Mercuria", "from Sumitomo... no, from Nickel Industries": an
    # ellipsis and a word taking back what it trails
    r"|(?:\.{3}|\u2026)\s*(?:no wait|no|wait|sorry|scratch that|i mean)\s*[:,]?\s+"
    r"(?=(?P<again>[^\W\d_]+)\b)",
    re.I,
)
_REPEATED_WORDS = frozenset({"a", "an", "the", "to", "in", "into", "from", "for", "on", "at", "with", "by"})
_LAST_NUMBER = re.compile(r"(?:[A-Z]{0,3}[$€£¥₹])?\d[\d.,]*\D*$")
_TAKEN_BACK_CHARS = 200  # how far back a correction's words are looked for


_LAST_WORD = re.compile(r"([^\W\d_]+)\s*$")


def _both_minerals(taken_back: str, instead: str) -> bool:
    """Whether a lower-case word is taken back by a mineral's name ("zinc? no, copper")."""
    from store.extraction.minerals import mineral_table  # (minerals reads this module)

    # ("diamond? no, copper": the word taken back may be a mineral no list keeps)
    return (
        taken_back.islower() and taken_back not in _REPEATED_WORDS and bool(mineral_table()[0].get(instead))
    )


# "PIF commits... sorry, PIF will invest $2bn": a writer breaking off and starting the sentence
# again from a word already typed; the broken-off words (back to that word) are dropped
_RESTART = re.compile(
    r"\.{2,}\s*(?:sorry|correction|i mean|rather|actually)\s*[:,]?\s+(?P<word>[^\W\d_][\w'&-]*)", re.I
)


def _without_restarts(text: str) -> str:
    """The text without words broken off and typed again after "... sorry,"; a correction whose
    next word was not typed before ("lends... sorry, invests") is left to the readers of sums."""
    out: list[str] = []
    at = 0
    for match in _RESTART.finditer(text):
        mark = match.start()
        floor = max(at, mark - _TAKEN_BACK_CHARS)
        start = max(floor, max(text.rfind(end, floor, mark) for end in ".!?\n") + 1)
        repeated = list(re.finditer(rf"\b{re.escape(match['word'])}\b", text[start:mark]))
        if repeated:
            out.append(text[at : start + repeated[-1].start()])
            at = match.start("word")
    out.append(text[at:])
    return "".join(out)


def _without_self_corrections(text: str) -> str:
    """The text with the words each correction replaces taken out; a question answered stays
    as it was ("is KfW in? no, not yet", "who backs it? - KfW")."""
    out: list[str] = []
    at = 0
    for match in _SELF_CORRECTION.finditer(text):
        mark = match.start()
        floor = max(at, mark - _TAKEN_BACK_CHARS)
        start = max(floor, max(text.rfind(end, floor, mark) for end in ".!?\n") + 1)
        before = text[start:mark]
        word = (match["word"] or match["again"] or "").lower()
        kept = None
        if match["again"] and word not in _REPEATED_WORDS:
            continue  # ("copper... no idea who else"): only a repeated opening word takes back
        if word in _REPEATED_WORDS:
            taken_back = list(re.finditer(rf"\b{word}\b", before, re.I))
            if taken_back:
                kept = before[: taken_back[-1].start()]
        elif match["sum"] and (number := _LAST_NUMBER.search(before)):
            kept = before[: number.start()]
        elif (last := _LAST_WORD.search(before)) and _both_minerals(last[1], word):
            kept = before[: last.start(1)]  # "a copper... diamond? no, copper concentrator"
        if kept is not None:
            out.append(text[at:start])
            out.append(kept)
            at = match.end()
    out.append(text[at:])
    return "".join(out)


_ABBREVIATIONS = frozenset(
    {
        "u.s",
        "u.k",
        "u.s.a",
        "e.g",
        "i.e",
        "inc",
        "corp",
        "co",
        "ltd",
        "no",
        "mr",
        "ms",
        "mrs",
        "rs",  # rupees: "Rs. 500 crore"
        "dr",
        "st",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "approx",
        "vs",
        "govt",
        "dept",
        "min",
        "jr",
        "sr",
        "plc",
    }
)
_SENTENCE_END = re.compile(r"[.!?]+[\"')\]]*(?=\s)|\n+")
_BULLET = re.compile(r"^\s*(?:[-*•·>]+|\d{1,2}[.)])\s+")


def split_sentences(text: str) -> list[str]:
    """Sentences without their bullets, at most MAX_SENTENCES, each at most MAX_SENTENCE_CHARS long."""
    sentences: list[str] = []
    start = 0

    def emit(end: int) -> None:
        chunk = text[start:end]
        bullet = _BULLET.match(chunk)
        chunk = chunk[bullet.end() if bullet else 0 :].strip()
        if chunk:
            sentences.append(chunk[:MAX_SENTENCE_CHARS])

    for match in _SENTENCE_END.finditer(text):
        if len(sentences) >= MAX_SENTENCES:
            return sentences
        mark = match.group()
        if mark.startswith("."):
            before = re.search(r"([\w.]+)$", text[max(start, match.start() - 24) : match.start()])
            word = before.group(1).lower().rstrip(".") if before else ""
            after = text[match.end() : match.end() + 2].lstrip()
            if word in _ABBREVIATIONS or len(word) == 1 or (after and after[0].islower()):
                continue  # "U.S. Treasury", "Corp. said": not a sentence end
        emit(match.end())
        start = match.end()
    if len(sentences) < MAX_SENTENCES:
        emit(len(text))
    return sentences


# "U.S." (a letter and a dot twice or more, written so that a word's first letter without a
# dot after it fails at once), "E.ON" (one word), a word, or a lone "&" joining a name
# ("Energy & Solutions").
_TOKEN = re.compile(r"[^\W\d_]\.(?:[^\W\d_]\.)+|[A-Z]\.[A-Z]{2,}(?![\w.])|\w[\w'&-]*|(?<= )&(?= )")


@dataclass(slots=True)
class Token:
    """A word of a text at [start, end)."""

    start: int
    end: int
    text: str  # without a possessive "'s"
    lower: str
    possessive: bool


def tokenize(text: str) -> list[Token]:
    """The words of text; a possessive "'s" is cut off and kept as a flag."""
    out = []
    for m in _TOKEN.finditer(text):
        word, possessive = m.group(), False
        if "'" in word:  # (tested first: most words have no apostrophe)
            if word.endswith(("'s", "'S")) and len(word) > 2:
                word, possessive = word[:-2], True
            elif word.endswith("'"):
                word, possessive = word.rstrip("'"), True
        if word[-1] in "-&" and len(word) > 1:
            word = word.rstrip("-&")
        if word:
            start = m.start()
            out.append(Token(start, start + len(word), word, word.lower(), possessive))
    return out


def tokens_within(tokens: list[Token], spans: list[tuple[int, int]]) -> set[int]:
    """Indexes of the tokens that start inside one of the [start, end) spans."""
    if not spans:
        return set()
    starts = [t.start for t in tokens]  # in text order: each span's tokens are found by bisection
    return {i for lo, hi in spans for i in range(bisect_left(starts, lo), bisect_left(starts, hi))}


def word_set(words: str) -> frozenset[str]:
    """The whitespace-separated words of a literal, as a set."""
    return frozenset(words.split())


def phrase_key(words: Iterable[str]) -> str:
    """Words joined in lower case: the key a multi-word name is looked up by."""
    return " ".join(words).lower()


DETERMINERS = frozenset({"the", "its", "their", "a", "an", "this", "that", "our", "his", "her"})
_STOP_CAPS = word_set("""
the a an it its they their them we our i he she his her this that these those there here
on in at by for with from to and but or also meanwhile however separately earlier later
yesterday today tomorrow last next officials official great interesting lunch if has have
had did does do is are was were will would could can should may might what why how when
where who which anyone any my your no not big new update fyi note re thanks thank please
per according under after before following as so then now still just only both all some
sources reports report prices price good nice morning afternoon breaking news headline
ok okay yes hey hi hello team everyone folks congrats welcome reminder agenda meeting call
mining graphite lithium nickel cobalt copper rare
having being citing despite amid while
draft correction recap summary context tldr
""")
_MONTH_NAMES = word_set("""january february march april may june july august september
october november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday
wednesday thursday friday saturday sunday""")
_NAME_CONNECTORS = frozenset(
    {
        "of",
        "de",
        "du",
        "des",
        "la",
        "le",
        "and",
        "&",
        "for",
        "und",
        "di",
        "del",
        "della",
        "do",
        "da",
        "dos",
        "y",
        "w",
        "im",  # German "in the": "Raiffeisenbank im Hochtaunus", "Sparkasse am Niederrhein"
        "am",
        "og",  # Norwegian "and": "Sparebanken Sogn og Fjordane"
        "na",  # Irish "of the": "Údarás na Gaeltachta"
        "e",  # Portuguese "and": "Banco Comercial e de Investimentos"
    }
)
# An Italian article joined to the next word ("Banca Popolare dell'Alto Adige")
_JOINED_ARTICLE = re.compile(r"(?:dell|dall|degli|d)['’][A-ZÀ-Ý]\w*")


def capitalised(token: Token) -> bool:
    """Whether a word starts with a capital and is not a month or weekday, or is a brand
    written with one small letter before its capital ("mBank", "eToro")."""
    text = token.text
    if text[:1].isupper():
        return token.lower not in _MONTH_NAMES
    return len(text) >= 4 and text[1].isupper() and text[0].isalpha() and any(c.islower() for c in text[2:])


# "Perth-based", "ASX-listed": a word before a company's name saying where it is from, not
# part of the name (store/extraction/homes.py reads the country from it).
HOME_DESCRIPTOR = re.compile(r"[\w.]+-(?:based|headquartered|listed|quoted|registered|domiciled)", re.I)
# Legal forms written in lower case that still end a company's name ("Hexa Metals plc").
# Also the lower-case "bank" or "savings bank" of Central European names ("Komerční banka"),
# and a brand's that writes its bank word small ("Optima bank").
LOWER_CASE_FORMS = frozenset(
    {"plc", "bank", "banka", "banca", "banken", "bankas", "spořitelna", "sporiteľňa", "sparbank", "pankki"}
)
# ("a Nouveau Monde bank loan": "bank" written small describes the loan, not a name's end)
_BANK_LOAN_WORDS = word_set("loan loans debt financing facility guarantee account credit")


def _bank_word_describes(tokens: list[Token], j: int) -> bool:
    return tokens[j].text == "bank" and j + 1 < len(tokens) and tokens[j + 1].lower in _BANK_LOAN_WORDS


# A one-digit number inside a name, between capitalised words ("SpareBank 1 SR-Bank").
_NAME_NUMBER = re.compile(r"\d")


def _ampersand_near(tokens: list[Token], i: int, j: int) -> bool:
    """Whether the name before the "and" at j, or the capitalised words after it, holds an "&":
    a name joins with one of them, so "Okaya & Co. and Nippon Chemical" or "Vestjysk Bank and
    Lån & Spar Bank" are two names."""
    if any(t.text == "&" for t in tokens[i:j]):
        return True
    k = j + 1
    while k + 1 < len(tokens) and capitalised(tokens[k]):
        if tokens[k + 1].text == "&":
            return True
        k += 1
    return False


def _great_name(tokens: list[Token], i: int) -> bool:
    """Whether a capitalised "Great" opens a name ("Great Southern Bank", "Great Wall Motor"),
    not a reply ("Great news", "Great, thanks")."""
    return (
        tokens[i].text == "Great"
        and i + 1 < len(tokens)
        and tokens[i + 1].start == tokens[i].end + 1
        and capitalised(tokens[i + 1])
        and tokens[i + 1].lower not in _STOP_CAPS
    )


def _owns(token: Token) -> bool:
    """Whether a possessive word ends a name: not "People's" or "Employees'", which are inside
    one ("Heritage and People's Choice", "State Employees' Credit Union")."""
    return token.possessive and token.text not in _MEMBERS_WORDS


# Whose a mutual or pension fund is, inside its name
_MEMBERS_WORDS = frozenset({"People", "Employees", "Teachers", "Workers", "Farmers", "Members", "Servants"})


def name_run(tokens: list[Token], i: int, taken: set[int]) -> tuple[int, int] | None:
    """Token range of a capitalised name starting at i ("Nouveau Monde Graphite"), after a
    word saying where it is from ("Perth-based Atlas Minerals")."""
    if i >= len(tokens) or i in taken or not capitalised(tokens[i]):
        return None
    if tokens[i].lower in _STOP_CAPS and not _great_name(tokens, i):
        return None
    j = i + 1
    while j < len(tokens) and j not in taken and not _owns(tokens[j - 1]):
        if capitalised(tokens[j]) or _JOINED_ARTICLE.fullmatch(tokens[j].text):
            j += 1
        elif (
            (tokens[j].lower in _NAME_CONNECTORS or _NAME_NUMBER.fullmatch(tokens[j].text))
            and j + 1 < len(tokens)
            and capitalised(tokens[j + 1])
            and j + 1 not in taken
            and not (tokens[j].lower == "and" and _ampersand_near(tokens, i, j))
        ):
            j += 2  # "Bank of Queensland", "SpareBank 1 SR-Bank"
        elif (
            # two joining words: "Banco de la Provincia", "Comercial e de Investimentos"
            tokens[j].lower in _NAME_CONNECTORS
            and tokens[j].lower not in ("and", "&")
            and j + 2 < len(tokens)
            and tokens[j + 1].lower in _NAME_CONNECTORS
            and tokens[j + 1].lower not in ("and", "&")
            and capitalised(tokens[j + 2])
            and not taken & {j + 1, j + 2}
        ):
            j += 3
        else:
            break
    if j < len(tokens) and j not in taken and not tokens[j - 1].possessive:
        if tokens[j].text in LOWER_CASE_FORMS and not _bank_word_describes(tokens, j):
            j += 1
        elif (
            j + 1 < len(tokens)
            and j + 1 not in taken
            and tokens[j].text.isalpha()
            and tokens[j].text.islower()
            and tokens[j + 1].text in LOWER_CASE_FORMS - {"plc", "bank"}
        ):
            j += 2  # "Národní rozvojová banka": an adjective written small before the bank word
    # "Buenos Aires-based Puna Litio": the name starts after the words saying where it is from
    for k in range(j - 2, i - 1, -1):
        if "-" in tokens[k].text and HOME_DESCRIPTOR.fullmatch(tokens[k].text):
            i = k + 1
            break
    # "Element 25's refinery", "Sector 7": a number of one to three digits ending a company's
    # name, when the name owns what follows (not "Vale 20 years ago", not a year)
    if (
        j < len(tokens)
        and j not in taken
        and not tokens[j - 1].possessive
        and tokens[j].possessive
        and tokens[j].text.isdigit()
        and len(tokens[j].text) <= 3
    ):
        j += 1
    return i, j


NAME_ABBREVIATIONS = word_set("st co corp inc ltd bros mt ft")


def run_name(text: str, tokens: list[Token], first: int, last: int) -> str:
    """The name tokens [first, last) spell, one space apart, an abbreviation keeping its period
    ("St. Galler Kantonalbank", "Furukawa Co.")."""
    words = []
    for k, t in enumerate(tokens[first:last], first):
        if t.lower in NAME_ABBREVIATIONS and text[t.end : t.end + 1] == ".":
            words.append(f"{t.text}.")
        elif t.possessive and k < last - 1:
            # "Heritage and People's Choice", "State Employees' Credit Union"
            words.append(t.text + text[t.end : t.end + (2 if text[t.end + 1 : t.end + 2] == "s" else 1)])
        else:
            words.append(t.text)
    return " ".join(words)
