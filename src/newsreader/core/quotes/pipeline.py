"""The stages of the quote engine wired together, quote by quote in reading order."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from newsreader.core.document import Block, Quote, Speaker
from newsreader.core.quotes import vocab
from newsreader.core.quotes.attribute import Event, Resolver
from newsreader.core.quotes.cues import (
    Cue,
    after_cue,
    agent_after,
    before_cue,
    names_a_word,
    speech_verbs,
)
from newsreader.core.quotes.lazy import LazyPattern
from newsreader.core.quotes.merge import Entity, NameIndex, build_entities
from newsreader.core.quotes.names import Mention, tokens
from newsreader.core.quotes.phrases import parse_np
from newsreader.core.quotes.sentences import (
    first_sentence_end,
    mask,
    sentence_start_before,
)
from newsreader.core.quotes.spans import Span, find_spans
from newsreader.core.quotes.subjects import clause_subject, subject_before


def _ends_sentence(words: str) -> bool:
    """Whether ``words`` end with . ? ! or … (closing single marks and spaces after it
    allowed), or with an elision "[.]". Read from the end: a regex search would try
    every position of a long quote."""
    if words.endswith("[.]"):
        return True
    k = len(words) - 1
    while k >= 0 and (words[k] in "'’‘" or words[k].isspace()):
        k -= 1
    return k >= 0 and words[k] in ".?!…"


Who = tuple[str, Mention]  # a speaker's canonical name, and how the cue named them


class _Article(NamedTuple):
    """What every step of the attribution reads: the text, its masked copy, the spans."""

    text: str
    masked: str
    blocks: Sequence[Block]
    spans: list[Span]
    resolver: Resolver


def run(text: str, blocks: Sequence[Block]) -> tuple[tuple[Quote, ...], tuple[Speaker, ...]]:
    """Quotes and speakers of one article."""
    blocks = [b for b in blocks if 0 <= b.start <= b.end <= len(text)]
    spans = find_spans(text, blocks)
    if not spans:
        return (), ()
    masked = mask(text, spans)
    index = NameIndex(masked, [(span.start, span.end) for span in spans])
    resolver = Resolver(index, masked, [b.start for b in blocks])

    article = _Article(text, masked, blocks, spans, resolver)
    speakers: list[Who | None] = []
    cues: list[str | None] = []
    for n, span in enumerate(spans):
        found = _attribute(article, n, speakers)
        speakers.append(found[0])
        cues.append(found[1])
        if found[0] is not None:
            key, mention = found[0]
            resolver.add(
                _new(Event, (span.start, key, mention, 2, (mention.description or "").lower()))
            )
    # A quote over several paragraphs whose attribution comes in a later paragraph.
    for n in range(len(spans) - 2, -1, -1):
        if speakers[n] is None and not spans[n].closed and spans[n + 1].continued:
            speakers[n] = speakers[n + 1]
    _echo_headline_quotes(text, spans, speakers)
    return _records(article, speakers, cues)


def _echo_headline_quotes(text: str, spans: list[Span], speakers: list[Who | None]) -> None:
    """A quote in the headline ("Police shoot man after 'terrorist-related' attack")
    repeats words the article quotes below: it is theirs whose words they are there."""
    if not spans[0].in_heading or speakers[0] is not None:
        return  # the common case: no quote in the headline (which comes first)
    said: dict[str, Who] = {}
    for span, who in zip(spans, speakers, strict=True):
        if who is not None and not span.in_heading:
            said.setdefault(_words_key(text[span.start : span.end]), who)
    for n, span in enumerate(spans):
        if span.in_heading and speakers[n] is None:
            key = _words_key(text[span.start : span.end])
            speakers[n] = said.get(key) or _sole_sayer_of(key, said)


def _sole_sayer_of(words: str, said: dict[str, Who]) -> Who | None:
    """The one speaker whose quote holds ``words`` ("'Lack of consensus'" in the
    headline, "… there was a lack of consensus …" in the minister's quote)."""
    if len(words.split()) < 3:
        return None  # "dark web": too common a phrase to tell whose it is
    found = {who[0]: who for quote, who in said.items() if f" {words} " in f" {quote} "}
    return next(iter(found.values())) if len(found) == 1 else None


def _words_key(words: str) -> str:
    return " ".join(re.findall(r"\w+", words.lower()))


class _Around(NamedTuple):
    """Where quote ``n`` sits: its neighbours in the paragraph and its sentence."""

    n: int
    prev: Span | None  # the quote before it in the same paragraph
    nxt: Span | None  # the quote after it in the same paragraph
    lo: int  # where the narrative before it starts (previous quote or paragraph start)
    hi: int  # where the narrative after it ends (next quote or paragraph end)
    inner: str  # the quote's words, without trailing space
    ends_sentence: bool  # the quote ends with . ? ! inside the marks
    same_sentence: bool  # it continues the sentence of the quote before it
    sent_lo: int  # start of the sentence holding its opening mark


def _around(article: _Article, n: int) -> _Around:
    """The surroundings of quote ``n``, computed once for the cue and carry-over rules."""
    text, masked, spans = article.text, article.masked, article.spans
    span = spans[n]
    block = article.blocks[span.block]
    prev = spans[n - 1] if n and spans[n - 1].block == span.block else None
    nxt = spans[n + 1] if n + 1 < len(spans) and spans[n + 1].block == span.block else None
    lo = prev.mark_end if prev else block.start
    hi = nxt.mark_start if nxt else block.end
    sent_lo = sentence_start_before(masked, lo, span.mark_start)
    same_sentence = (
        prev is not None
        and sent_lo == lo
        and not _ends_sentence(text[prev.start : prev.end].rstrip())
    )
    inner = text[span.start : span.end].rstrip()
    return _new(
        _Around, (n, prev, nxt, lo, hi, inner, _ends_sentence(inner), same_sentence, sent_lo)
    )


_new = tuple.__new__  # a named tuple's own ``__new__`` is a Python function: 3x slower


def _attribute(article: _Article, n: int, done: list[Who | None]) -> tuple[Who | None, str | None]:
    """The speaker of quote ``n`` (and its cue words), given the speakers before it."""
    span = article.spans[n]
    if span.in_heading or _is_not_speech(article, span):
        return None, None
    if span.continued and n and done[n - 1] is not None:
        return done[n - 1], None
    at = _around(article, n)
    cue = _cue(article, at)
    if cue is None:
        return _without_cue(article, at, done), None
    if cue.kind == "naming":
        return None, None
    masked = article.masked
    if cue.kind == "inherit":
        if at.same_sentence and n and done[n - 1] is not None:
            return done[n - 1], cue.text
        lo = at.sent_lo
        if at.same_sentence:
            # "The State Department gave its “…” and said …": the subject opens the
            # sentence, before the quote that went before.
            lo = sentence_start_before(masked, article.blocks[span.block].start, lo)
        subject = clause_subject(masked, tokens(masked, lo, cue.start))
        if subject is None:
            return (done[n - 1] if at.prev is not None and n else None), cue.text
        cue = Cue("before", subject, lo, cue.end, masked[lo : cue.end].strip())
    if _is_title(at.inner, masked, span.mark_start):
        return None, None  # Smith said the book "The Art of War" changed him: a title
    if cue.mention is None or cue.mention.kind == "generic":
        return None, None  # "critics said": nobody in particular
    where = max(cue.start, cue.mention.start)  # a pronoun resolves from where it stands
    found = _resolve(cue.mention, where, article.resolver)
    if found is None and cue.mention.kind == "role" and n:
        # "“…,” said study co-author Karen Alley. The Wooster professor added, “…”", "the
        # top U.S. diplomat noted": a definite role nobody is named by is a second
        # reference to the person just quoted (in this or the paragraph before).
        found = _last_person_quoted(article, n, done)
    return found, cue.text


def _last_person_quoted(article: _Article, n: int, done: list[Who | None]) -> Who | None:
    block = article.spans[n].block
    for k in range(n - 1, -1, -1):
        if article.spans[k].block < block - 1:
            return None
        who = done[k]
        if who is not None:
            return None if who[1].is_org else who
    return None


def _cue(article: _Article, at: _Around) -> Cue | None:
    """The attribution after the quote, else the one before it in its sentence."""
    masked, span = article.masked, article.spans[at.n]
    if names_a_word(masked, at.sent_lo, span.mark_start):
        # "Although the word “pandemic” only refers to …, the WHO noted": a word talked
        # about, whatever verb follows.
        return Cue("naming", None, span.mark_start, span.mark_start, "")
    opener = _participle_opener(article, at)
    if opener is not None:
        return opener
    if span.closed:
        clause_end = first_sentence_end(masked, span.mark_end, at.hi)
        agent = agent_after(
            article.text, masked, at.sent_lo, span.mark_start, after=span.mark_end, hi=clause_end
        )
        if agent is not None:
            return agent
        clause = masked[span.mark_end : clause_end]
        # “…” The president continued, “…”: the words between introduce the next quote.
        intro_of_next = (
            at.nxt is not None
            and clause_end >= at.hi
            and at.ends_sentence
            and not _ENDS_STOP.search(clause)
        )
        if not intro_of_next:
            found = after_cue(masked, masked, span.mark_end, clause_end, strict=at.ends_sentence)
            if found is not None and found.kind == "according":
                # "Pelosi called Trump's conduct a “breach …,” according to NBC": the
                # sentence's own speaker spoke; the outlet only reported it.
                own = _before(article, at)
                who = own.mention if own is not None and own.kind == "before" else None
                if who is not None and who.kind == "name" and not who.is_org:
                    return own
            if found is not None:
                return found
    return _before(article, at)


_OPENER = re.compile(
    r"\s*(?:Calling|Describing|Saying|Labell?ing|Dubbing|Terming|Branding|Citing)\b"
)


_OPENER_INITIALS = frozenset("CDSLTB")


def _participle_opener(article: _Article, at: _Around) -> Cue | None:
    """ "Calling it “just another apology”, Anna Franowska … told Reuters": a quote in a
    sentence's opening participle belongs to the subject of the main clause after it."""
    masked, span = article.masked, article.spans[at.n]
    initial = masked[at.sent_lo : at.sent_lo + 3].strip()[:1]
    if at.prev is not None or initial not in _OPENER_INITIALS:
        return None
    opener = _OPENER.match(masked, at.sent_lo, span.mark_start)
    if opener is None or any(c in masked[opener.end() : span.mark_start] for c in ",;:"):
        return None
    end = first_sentence_end(masked, span.mark_end, article.blocks[span.block].end)
    comma = masked.find(",", span.mark_end, end)
    if comma < 0:
        return None
    subject = clause_subject(masked, tokens(masked, comma + 1, end))
    if subject is None or subject.kind not in ("name", "pronoun"):
        return None
    return Cue("before", subject, at.sent_lo, comma, masked[at.sent_lo : comma].strip())


def _before(article: _Article, at: _Around) -> Cue | None:
    """The attribution before quote ``at.n`` in its sentence."""
    masked, span = article.masked, article.spans[at.n]
    rest = masked[span.mark_end : at.hi].lstrip()
    closes = (
        not rest
        or rest[0] in ".?!"
        or (at.ends_sentence and rest[0] not in ",;" and not rest[0].islower())
    )
    found = before_cue(masked, masked, at.sent_lo, span.mark_start, span.start, closes=closes)
    if found is None and at.prev is not None:
        # "… justified the strike as “defensive” in nature: “At the direction …”", "Anna
        # Franowska of “Have no fear”, a charity, told Reuters “…”": the words after the
        # quote before belong to a sentence whose subject comes before that quote.
        block_start = article.blocks[span.block].start
        lo = sentence_start_before(masked, block_start, span.mark_start)
        if lo < at.sent_lo:
            found = before_cue(masked, masked, lo, span.mark_start, span.start, closes=closes)
    return found


def _without_cue(article: _Article, at: _Around, done: list[Who | None]) -> Who | None:
    """No cue: carry the speaker over from the quotes and sentences around it."""
    masked, span, resolver = article.masked, article.spans[at.n], article.resolver
    n = at.n
    if at.same_sentence and n:
        return done[n - 1]
    opens_sentence = (
        at.sent_lo >= span.mark_start - 1
        or not masked[at.sent_lo : span.mark_start].strip()
        or _only_scene_setting(masked[at.sent_lo : span.mark_start])
    )
    if at.prev is not None and n and done[n - 1] is not None and opens_sentence:
        # A split quote: “…,” Richards said. “…” (unless someone else was said to speak).
        return _said_between(resolver, at.prev.mark_end, span.mark_start) or done[n - 1]
    if (
        at.prev is None
        and (at.ends_sentence or _HOLDS_SENTENCE_END.search(at.inner))
        and masked[span.start : span.start + 1] == "0"
        and _ENDS_STOP.search(masked[at.sent_lo : span.mark_start])
    ):
        # Full sentences quoted right after a sentence about one person, in the same
        # paragraph: "… is something Hal Maring, NASA scientist, experienced. “The DC-8 …”",
        # "Underwhelmed with her role, she left the series … “This is not what I wanted …”"
        block_start = article.blocks[span.block].start
        topic = resolver.sole_person_before(span.mark_start, block_start)
        if topic is not None:
            return topic.key, topic.mention
        subject = clause_subject(masked, tokens(masked, at.sent_lo, span.mark_start))
        if (
            subject is not None
            and subject.kind == "pronoun"
            and vocab.PRONOUN_GENDER.get(subject.name) in ("m", "f")
            and _opens_clause(masked, at.sent_lo, subject.start)
        ):
            return _resolve(subject, subject.start, resolver)
    if not opens_sentence:
        # A partial quote inside a sentence about a person is that person's words (“her
        # "passion" for the hobby”, “She typically chooses "to portray …"”); in a
        # sentence about a thing or an organisation it is a scare quote or a term.
        return _person_subject(article, at)
    said = _said_between(resolver, at.lo, span.mark_start)
    if said is not None:
        return said  # “…, Pifer said. “…”
    block = article.blocks[span.block]
    if at.prev is None and not masked[block.start : span.mark_start].strip():
        after = masked[span.mark_end : at.hi].lstrip()
        spoken = not after or after[0] in '“"' or (at.ends_sentence and not after[0].islower())
        if spoken and not _is_title(at.inner, masked, span.mark_start):
            # A paragraph that is a quote (not one opening with a quoted name or title).
            return _running_speaker(article, n, done)
    return None


def _person_subject(article: _Article, at: _Around) -> Who | None:
    """The person who is the subject of the clause a partial quote sits in, if any.

    Only a person's name (a known first name or title gives the gender) or "he"/"she"
    opening the clause counts: "NASA … are developing the X-59 to reduce … to a quieter
    “thump.”" and "the signal to be “jammed”" stay nobody's.
    """
    masked, span = article.masked, article.spans[at.n]
    before = masked[at.sent_lo : span.mark_start]
    if _ENDS_STOP.search(before) or _is_title(at.inner, masked, span.mark_start):
        return None  # a quote opening its sentence, or a title
    nxt = at.nxt
    if not _speech_like(at.inner) and not (
        nxt is not None
        and not _ENDS_STOP.search(masked[span.mark_end : nxt.mark_start])
        and _speech_like(article.text[nxt.start : nxt.end])
    ):
        return None  # "withholding “initial disposition authority”": a term
    subject = clause_subject(masked, tokens(masked, at.sent_lo, span.mark_start))
    if subject is None:
        # In an opening phrase ("With … and “the stress I'm putting on my body”, she
        # shared that …"): the subject of the main clause after it.
        after = masked[span.mark_end : at.hi].lstrip()
        if not after.startswith(","):
            return None
        lo = span.mark_end + masked[span.mark_end : at.hi].index(",") + 1
        stop = first_sentence_end(masked, lo, at.hi)
        subject = clause_subject(masked, tokens(masked, lo, stop))
        if subject is None or not _opens_clause(masked, lo, subject.start):
            return None
    elif not _opens_clause(masked, at.sent_lo, subject.start):
        return None  # "Day's animal foundation said she …": "she" is no subject here
    if subject.kind == "pronoun":
        if vocab.PRONOUN_GENDER.get(subject.name) not in ("m", "f"):
            return None
        return _resolve(subject, subject.start, article.resolver)
    if subject.kind != "name" or subject.is_org:
        return None
    found = _resolve(subject, subject.start, article.resolver)
    if found is None or not (subject.gender or article.resolver.index.gender(found[0], "")):
        return None  # "Lockheed Martin is developing … a quieter “thump.”": not a person
    return found


_LOWER_WORD = re.compile(r"\b[a-z]+\b")


def _opens_clause(masked: str, lo: int, pos: int) -> bool:
    """Whether a phrase at ``pos`` opens its clause: after an opening phrase and its
    comma ("Specifically, she"), nothing before it but capitalised words."""
    before = masked[lo:pos]
    before = before[before.rfind(",") + 1 :]
    return all(w in ("the", "a", "an") for w in _LOWER_WORD.findall(before))


_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|me|my|we|our|us)\b", re.IGNORECASE)


def _speech_like(words: str) -> bool:
    """Whether quoted words read as someone's speech rather than a term: five words or
    more, a full sentence, or the speaker's own "I"/"my"/"we" (“her "passion" for the
    hobby "stemmed through my love …"” counts through the quote after it)."""
    return (
        len(words.split()) >= 5
        or _ends_sentence(words.rstrip())
        or bool(_FIRST_PERSON.search(words))
    )


_ENDS_STOP = re.compile(r"[.?!]\s*$")
_HOLDS_SENTENCE_END = re.compile(r"[.?!]\s+[A-Z]")


def _only_scene_setting(before: str) -> bool:
    """Whether the words before a quote in its sentence only set the scene ("During the
    premiere, “…”", "Later, “…”"): a short opening phrase and its comma, with no verb or
    subject that could make someone else the speaker."""
    words = before.split()
    return (
        0 < len(words) <= 5
        and before.rstrip().endswith(",")
        and words[0].lower() in vocab.SCENE_OPENERS
        and all(w[0].islower() or w[0].isdigit() for w in words[1:])
    )
_ENDS_COMMA_COLON = re.compile(r"[,:]\s*$")
_DASH_LINE = LazyPattern(r"\s*[—–-]\s*(?=[A-Z])")


def _running_speaker(article: _Article, n: int, done: list[Who | None]) -> Who | None:
    """Who speaks a paragraph that opens with a quote and has no cue of its own.

    In order: a dash line under it naming the speaker (“…” / — Name, role); the speaker
    of the quote that ended the paragraph before; the subject of a paragraph ending in a
    colon; else whoever the last two paragraphs said was speaking.
    """
    masked, blocks, spans, resolver = (
        article.masked,
        article.blocks,
        article.spans,
        article.resolver,
    )
    span = spans[n]
    following = blocks[span.block + 1] if span.block + 1 < len(blocks) else None
    if following is not None and not masked[span.mark_end : blocks[span.block].end].strip():
        dash = _DASH_LINE.match(following.text)
        if dash is not None:
            stop = following.text.find(",", dash.end())
            end = following.start + (stop if stop > 0 else len(following.text))
            mention = parse_np(masked, following.start + dash.end(), end)
            if mention is not None and mention.kind == "name":
                return resolver.index.key(mention), mention
    if n:
        before_spans = spans[n - 1]
        last_block = blocks[before_spans.block]
        if before_spans.block == span.block - 1 and done[n - 1] is not None:
            tail = masked[before_spans.mark_end : last_block.end]
            if len(tail) < 200:
                return done[n - 1]
    prev_block = blocks[span.block - 1] if span.block else None
    if prev_block is not None and prev_block.text.rstrip().endswith(":"):
        toks = tokens(masked, prev_block.start, prev_block.end)
        subject = clause_subject(masked, toks)
        if subject is not None:
            return _resolve(subject, prev_block.start, resolver)
    for back in (1, 2):
        if span.block - back < 0:
            break
        earlier = blocks[span.block - back]
        for verb in reversed(speech_verbs(masked, earlier.start, earlier.end)):
            if verb.word.lower().endswith("ing") or verb.word.lower() in vocab.WEAK_SPEECH_VERBS:
                continue
            lo = sentence_start_before(masked, earlier.start, verb.pos)
            subject = subject_before(masked, lo, verb.pos)
            if subject is not None and subject.kind != "generic":
                return _resolve(subject, verb.pos, resolver)
        k = n - 1
        while k >= 0 and spans[k].block >= span.block - back:
            if spans[k].block == span.block - back and done[k] is not None:
                return done[k]
            k -= 1
    return None


_SMALL_WORDS = frozenset(("a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for"))


def _is_title(quote: str, masked: str, mark: int) -> bool:
    """A quote in Title Case, not introduced by a comma or colon: a title or a name.

    A short one ("The Art of War"); or one of three words or more even when it is long or
    ends with a stop (“Integration of Space and Missile Defense Capabilities Across All
    Domains.”): speech is never capitalised word by word.

    Only the first words are split off at first (``count`` is the number of words up to
    seven, 8 for more): speech has a lower-case word among them, and a long quote is not
    worth splitting whole to learn that.
    """
    words = quote.split(None, 7)
    if not words:
        return False
    count = len(words)
    ending = quote.rstrip()[-1:]
    if (count > 6 or ending in ".,;:!?") and (count < 3 or ending in ";:!?"):
        return False
    if count < 4 and _ENDS_COMMA_COLON.search(masked[max(0, mark - 3) : mark]):
        return False  # "…, he said, “Yes.”"; but “Storm Area 51, They Can't Stop All of Us”
    if not words[0][0].isupper() or not _title_words(words[:7]):
        return False
    return count < 8 or _title_words(quote.split()[7:])


def _title_words(words: list[str]) -> bool:
    """Whether every word may stand in a title: capitalised, a number, or a small word."""
    for word in words:  # noqa: SIM110 - a plain loop: all() over a generator costs more
        if not (word[0].isupper() or word[0].isdigit() or word in _SMALL_WORDS):
            return False
    return True


_CODE = re.compile(r"[\w\-./]*(?:\d|[a-z][A-Z])[\w\-./]*")
_GLOSS_AFTER = re.compile(r"\s*\([^()]{1,40}\)")


def _is_code(quote: str) -> bool:
    """A quote of one word with a digit or a capital inside ("COVID-19", "2019-nCoV.",
    "iPhone"): a name or a code, never anyone's words."""
    word = quote.strip().rstrip(".,;:!?")
    return bool(word) and " " not in word and _CODE.fullmatch(word) is not None


def _is_not_speech(article: _Article, span: Span) -> bool:
    """A code, a glossed term or a body's name, by its form alone (cheap signs first:
    every quote passes through here)."""
    masked = article.masked
    short = span.end - span.start <= 48
    glossed = masked[span.mark_end : span.mark_end + 2].lstrip()[:1] == "("
    after_of = masked[max(0, span.mark_start - 3) : span.mark_start] == "of "
    if not (short or glossed or after_of):
        return False
    words = article.text[span.start : span.end]
    return (
        (short and _is_code(words))
        or (glossed and _is_glossed(masked, span.mark_end, words))
        or (after_of and _is_named_after_of(masked, span, words))
    )


def _is_named_after_of(masked: str, span: Span, quote: str) -> bool:
    """ "Anna Franowska of “Have no fear”, an abuse victim support charity": a
    capitalised name of five words at most after "of", set off by a comma, names a body."""
    return (
        quote[:1].isupper()
        and masked[max(0, span.mark_start - 3) : span.mark_start] == "of "
        and masked[span.mark_end : span.mark_end + 1] in (",", ")")
        and len(quote.split()) <= 5
        and not _ends_sentence(quote)
    )


def _is_glossed(masked: str, mark_end: int, quote: str) -> bool:
    """A term of three words at most explained in parentheses right after it ("her
    “kuffar” (non-Muslim) parents"): a word being defined, not anyone's speech."""
    return (
        masked[mark_end : mark_end + 2].lstrip().startswith("(")
        and len(quote.split()) <= 3
        and _GLOSS_AFTER.match(masked, mark_end) is not None
    )


def _said_between(resolver: Resolver, lo: int, hi: int) -> Who | None:
    """The last person the narrative says is speaking between ``lo`` and ``hi``."""
    event = resolver.said_between(lo, hi)
    return (event.key, event.mention) if event is not None else None


def _resolve(mention: Mention, pos: int, resolver: Resolver) -> Who | None:
    """The canonical speaker a cue's phrase names: names directly, pronouns and roles
    through the resolver, an organisation by its own words."""
    if mention.kind == "name":
        return resolver.index.key(mention), mention
    if mention.kind == "pronoun":
        event = resolver.pronoun(pos, mention.name)
        if event is None:
            return None
        return event.key, event.mention
    if mention.kind == "message":
        author = resolver.subject_before(pos, people=True)
        return (author.key, author.mention) if author is not None else None
    event = resolver.role(pos, mention.name)
    if event is not None:
        surface = (
            mention.name[0].lower() + mention.name[1:]
            if mention.name[:4] == "The "
            else (mention.name)
        )
        alias = Mention(
            event.mention.name,
            "name",
            surface,
            event.mention.title,
            event.mention.description,
            event.mention.is_org,
            event.mention.gender,
        )
        return event.key, alias
    if not mention.is_org:
        anonymous = resolver.anonymous(pos, mention.name)
        if anonymous is not None:
            return anonymous, Mention(anonymous, "name", _lower_the(mention.name))
        if mention.description and mention.description[:4].lower() == "the ":
            # "The head of the police's internal investigators told the court": a role
            # nobody holds by name in the article names its own speaker.
            named = mention.description[4:]
            return named, Mention(named, "name", _lower_the(mention.description))
    if mention.is_org:
        words = mention.name.split()
        recent = (
            resolver.recent_org(pos)
            if (len(words) == 2 and words[1].lower() in vocab.GENERIC_ORG_NOUNS)
            else None
        )
        if recent is not None:
            return recent.key, Mention(
                recent.mention.name,
                "name",
                _lower_the(mention.name),
                "",
                recent.mention.description,
                True,
            )
        if len(words) == 2 and words[1].lower() in vocab.GENERIC_ORG_NOUNS:
            return None  # "the company" with no company named before it: unknown
        name = re.sub(r"^(?:the|an?|its|their)\s+", "", mention.name, flags=re.IGNORECASE)
        name = name[0].upper() + name[1:]
        return name, Mention(name, "name", mention.surface, "", None, True)
    return None


def _by_old_key(assigned: list[Who], entities: dict[str, Entity]) -> dict[str, Entity]:
    """Entities by the key the attribution used (a title may have renamed one)."""
    out: dict[str, Entity] = {}
    for key, _ in assigned:
        if key in entities:
            out[key] = entities[key]
        else:
            for entity in entities.values():
                if key in entity.forms:
                    out[key] = entity
                    break
    return out


def _lower_the(phrase: str) -> str:
    return phrase[0].lower() + phrase[1:] if phrase[:4] == "The " else phrase


def _records(
    article: _Article, speakers: list[Who | None], cues: list[str | None]
) -> tuple[tuple[Quote, ...], tuple[Speaker, ...]]:
    """The document records: quotes in order, one speaker per merged entity."""
    text, spans = article.text, article.spans
    assigned = [s for s in speakers if s is not None]
    index = article.resolver.index
    seen = index.forms_of({key for key, _ in assigned})
    entities = build_entities(assigned, index, seen)
    renamed = {old: new.key for old, new in _by_old_key(assigned, entities).items()}
    speakers = [(renamed.get(s[0], s[0]), s[1]) if s is not None else None for s in speakers]
    quotes: list[Quote] = []
    by_key: dict[str, list[int]] = {}
    for n, span in enumerate(spans):
        who = speakers[n]
        key = who[0] if who is not None else None
        quotes.append(
            Quote(
                text[span.start : span.end],
                span.start,
                span.end,
                span.block,
                key,
                cues[n] if key is not None else None,
            )
        )
        if key is not None:
            by_key.setdefault(key, []).append(n)
    result: list[Speaker] = []
    for key, numbers in by_key.items():
        entity = entities[key]
        result.append(
            Speaker(key, tuple(entity.forms), entity.description, tuple(numbers), entity.is_org)
        )
    return tuple(quotes), tuple(result)
