"""The people and organisations the narrative names, and who it says is speaking.

These are the antecedents the resolver can pick for "he", "she" and "the president":
every capitalised name outside the quotes (with the role words around it), and the
subject of every speech verb of the narrative ("Pifer said", "Olmstead said the cadets").
"""

from __future__ import annotations

from collections.abc import Sequence

from newsreader.core.document import Block
from newsreader.core.quotes import vocab
from newsreader.core.quotes.cues import according_to, speech_verbs
from newsreader.core.quotes.names import Mention, Tok, join, name_mention, runs, tokens
from newsreader.core.quotes.sentences import sentence_starts
from newsreader.core.quotes.subjects import subject_before


def narrative_mentions(masked: str, blocks: Sequence[Block]) -> list[tuple[Mention, int, str]]:
    """(mention, weight, role words) for every name outside the quotes, in order.

    Weight 0 for a name that cannot be a subject (possessive, after a preposition),
    1 for other names.
    """
    found: list[tuple[Mention, int, str]] = []
    for block in blocks:
        toks = tokens(masked, block.start, block.end)
        for i, j in runs(toks):
            mention = name_mention(masked, toks[i:j])
            if mention is None:
                continue
            before = toks[i - 1].low if i else ""
            weight = 1
            if toks[j - 1].possessive or (
                before in vocab.NON_SUBJECT_PREPOSITIONS and before != "the"
            ):
                weight = 0
            if j < len(toks) and toks[j].low in vocab.ROLE_NOUNS:
                weight = 0
            roles = []
            for tok in reversed(toks[max(0, i - 6) : i]):
                if tok.text in ".;:,()" or tok.low in vocab.SPEECH_VERBS:
                    break
                roles.append(tok.low)
            if before == "the" and not mention.is_org and not (mention.gender or mention.title):
                mention = mention._replace(is_org=True)  # "the Brookings Institution"
            roles += mention.title.lower().replace(".", "").split()
            if j + 1 < len(toks) and toks[j].text == ",":
                appositive: list[Tok] = []
                for tok in toks[j + 1 : j + 16]:
                    if tok.text in ",.;":
                        break
                    appositive.append(tok)
                    roles.append(tok.low)
                if (
                    weight
                    and 1 < len(appositive) < 16
                    and (
                        (appositive[0].low in ("a", "an", "the") and not appositive[1].cap)
                        or any(t.low in vocab.ROLE_NOUNS for t in appositive)
                    )
                    and not any(t.low in vocab.SPEECH_VERBS for t in appositive)
                ):
                    mention = mention._replace(description=join(masked, appositive))
            found.append((mention, weight, " ".join(roles)))
    return found


def speaking_subjects(masked: str, blocks: Sequence[Block]) -> list[Mention]:
    """The subject of every speech verb in the narrative ("Jensen said, …")."""
    found: list[Mention] = []
    for block in blocks:
        starts = sentence_starts(masked, block.start, block.end)
        for verb in speech_verbs(masked, block.start, block.end):
            word = verb.group().lower()
            if word.endswith("ing") or word in vocab.WEAK_SPEECH_VERBS:
                continue
            k = 0
            for k in range(len(starts) - 1, -1, -1):
                if starts[k] <= verb.start():
                    break
            mention = subject_before(masked, starts[k], verb.start())
            if mention is not None and mention.kind == "name":
                found.append(mention)
        pos = block.start
        while True:
            cue = according_to(masked, masked, pos, block.end)
            if cue is None:
                break
            if cue.mention is not None and cue.mention.kind == "name":
                found.append(cue.mention)
            pos = max(cue.end, pos + 1)
    return found
