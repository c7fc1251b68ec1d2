"""Forgiving phrase matching over many texts in one pass.

How a text is read (rule phrases are read the same way, so both sides agree):

1. lower-case; every character that is not a letter or digit is a word break ("o/s"
   is the words "o s", "didn't" is "didn t"); . ; ! ? and the end of a text also end
   a clause;
2. abbreviations (rules/lexicon/abbreviations.yml) stand for their long form;
3. a word that is a misspelling of a phrase word of 5+ letters (rapidfuzz over the
   distinct words of all texts, length-aware cutoff, same first letter) stands for
   that word: "folowed" -> "followed";
4. a phrase matches whole words separated by one break character, never across a
   clause break; `*` is one word and `**` up to three (any breaks between them); a
   mention with a negation cue earlier in its clause is flagged negated.

Speed: texts are joined per chunk and normalised character for character with
bytes.translate (so a position in the normalised text is a position in the original:
evidence offsets need no map), the distinct words of a chunk come from pyarrow, and one
Aho-Corasick automaton holds every surface form of every phrase, negation cue and
clause breaker. Steps 2 and 3 are applied to the phrases rather than to the text: each
phrase is compiled into its surface forms (abbreviated, and with the misspellings
actually present in the texts), which finds what expanding the text would find while
the automaton still runs once over the characters as written.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import ahocorasick
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
from rapidfuzz import fuzz, process

from audit_cli.detect import problems as P
from audit_cli.detect.yamlsrc import read_map_files

_WORD_RE = re.compile(r"[^\W_]+")
_BREAK_CHARS = ".;!?\n\r\x00"
WILD_ONE, WILD_FEW = "*", "**"
HIT_COLUMNS = ["row", "pattern", "start", "end", "negated"]

# kinds of automaton entries
_PHRASE, _ANCHOR, _CUE, _PSEUDO, _BREAKER = range(5)


def words(text: str) -> list[str]:
    """The words of a text as the matcher sees them (lower case, punctuation = break)."""
    return _WORD_RE.findall(str(text).lower())


def phrase_tokens(phrase: str, lexicon: "Lexicon") -> tuple:
    """A phrase as the matcher reads it: canonical words (abbreviations expanded) and
    wildcards; two phrases with the same tokens are one phrase."""
    out, run = [], []
    for part in str(phrase).split() + [None]:
        if part is None or part in (WILD_ONE, WILD_FEW):
            out.extend(lexicon.expand(run))
            run = []
            if part is not None:
                out.append(part)
        else:
            run.extend(words(part))
    return tuple(out)


@dataclass
class MatchSettings:
    """Misspelling tolerance (rules/verdicts.yml, `matching:`)."""

    min_word_length: int = 5
    cutoff_short: float = 90.0  # canonical word of 5-6 letters
    cutoff_medium: float = 87.0  # 7-8 letters
    cutoff_long: float = 85.0  # 9+ letters
    max_length_difference: int = 2
    same_first_letter: bool = True
    max_misspelled_words: int = 2  # per phrase mention
    max_forms_per_phrase: int = 5000

    def cutoff(self, length: int) -> float:
        if length <= 6:
            return self.cutoff_short
        if length <= 8:
            return self.cutoff_medium
        return self.cutoff_long


@dataclass
class Lexicon:
    abbreviations: dict[tuple, tuple] = field(default_factory=dict)  # short words -> long words
    real_words: set[str] = field(default_factory=set)
    cues: list[tuple] = field(default_factory=list)
    pseudo: list[tuple] = field(default_factory=list)
    breakers: list[tuple] = field(default_factory=list)
    window_words: int = 8
    source_text: str = ""

    def _longest_abbreviation(self) -> int:
        # cached against the map's size: rules add no abbreviations after loading
        size = len(self.abbreviations)
        if getattr(self, "_longest", (None, 0))[0] != size:
            self._longest = (size, max((len(k) for k in self.abbreviations), default=1))
        return self._longest[1]

    def expand(self, tokens: list[str]) -> list[str]:
        """Replace abbreviations in a token list by their long form (longest first)."""
        out, i = [], 0
        longest = self._longest_abbreviation()
        while i < len(tokens):
            for size in range(min(longest, len(tokens) - i), 0, -1):
                key = tuple(tokens[i:i + size])
                if key in self.abbreviations:
                    out.extend(self.abbreviations[key])
                    i += size
                    break
            else:
                out.append(tokens[i])
                i += 1
        return out


def load_lexicon(dirs: list[Path]) -> tuple[Lexicon, list[P.Problem]]:
    """Built-in lexicon merged with each folder's lexicon/ files, in order."""
    lex = Lexicon()
    paths = [Path(folder) / "lexicon" / name for folder in dirs
             for name in ("abbreviations.yml", "negation.yml")]
    sources, found, lex.source_text = read_map_files(paths, "a lexicon file")
    for src in sources:
        _merge_lexicon(lex, src, src.path, found)
    return lex, found


def _merge_lexicon(lex: Lexicon, src, path: Path, found: list) -> None:
    data = src.data
    allowed = {"abbreviations", "real_words", "cues", "pseudo", "breakers", "window_words"}
    for key in data:
        if key not in allowed:
            found.append(P.UnknownKey(str(path), src.line(key), f"unknown lexicon key {key!r}"))
    abbr = data.get("abbreviations") or {}
    if not isinstance(abbr, dict):
        found.append(P.BadSettings(str(path), src.line("abbreviations"), "abbreviations must be a map"))
        abbr = {}
    for short, long in abbr.items():
        s, l_ = words(str(short)), words(str(long))
        if not s or not l_:
            found.append(P.BadSettings(str(path), src.line("abbreviations", short),
                                       f"abbreviation {short!r}: both sides need a word"))
            continue
        lex.abbreviations[tuple(s)] = tuple(l_)
    for key in ("cues", "pseudo", "breakers", "real_words"):
        items = data.get(key) or []
        if not isinstance(items, list):
            found.append(P.BadSettings(str(path), src.line(key), f"{key} must be a list"))
            continue
        for item in items:
            toks = tuple(words(str(item)))
            if not toks:
                continue
            if key == "real_words":
                lex.real_words.add(" ".join(toks))
            elif toks not in getattr(lex, key):
                getattr(lex, key).append(toks)
    if "window_words" in data:
        w = data["window_words"]
        if isinstance(w, bool) or not isinstance(w, int) or w < 1:
            found.append(P.BadSettings(str(path), src.line("window_words"),
                                       "window_words must be a whole number >= 1"))
        else:
            lex.window_words = w


@dataclass
class _Pattern:
    tokens: tuple  # canonical words and wildcards
    exact: bool

    @cached_property
    def segments(self) -> list[tuple]:
        """Literal runs between wildcards."""
        segs, cur = [], []
        for tok in self.tokens:
            if tok in (WILD_ONE, WILD_FEW):
                if cur:
                    segs.append(tuple(cur))
                cur = []
            else:
                cur.append(tok)
        if cur:
            segs.append(tuple(cur))
        return segs

    @cached_property
    def has_wildcard(self) -> bool:
        return any(t in (WILD_ONE, WILD_FEW) for t in self.tokens)


@dataclass
class _Chunk:
    """One block of texts, normalised character for character.

    `text` is " " + the joined texts (lower case, every character that is not a letter
    or digit turned into a space) + " ": position p in `text` is position p - 1 in the
    joined original, so evidence offsets need no map.
    """

    text: str
    row_orig: np.ndarray  # start of each row in the joined original
    breaks: np.ndarray  # positions in `text` of . ; ! ? and row ends (clause breaks)
    first_row: int


class TextMatcher:
    """Compile phrases once; `run(texts)` returns one row per phrase mention."""

    def __init__(self, lexicon: Lexicon, settings: MatchSettings | None = None,
                 chunk_chars: int = 8_000_000, pending_chars: int = 256_000_000):
        self.lexicon = lexicon
        self.settings = settings or MatchSettings()
        self.chunk_chars = chunk_chars
        self.pending_chars = pending_chars
        self.patterns: list[_Pattern] = []
        self._pattern_ids: dict[tuple, int] = {}
        self._variants: dict[str, list[str]] = {}  # canonical word -> misspellings seen
        self._fuzzy_seen: dict[str, str | None] = {}
        self._automaton = None
        self._vocabulary: list[str] | None = None
        self._regexes: dict[int, re.Pattern] = {}
        # per pattern id: chars a wildcard match may extend before / after its anchor
        self._reach_before = self._reach_after = np.zeros(0, dtype=np.int64)
        self._reverse_abbr: dict[str, list[tuple[tuple, tuple]]] = {}
        self._forms_cache: dict[tuple, list[tuple]] = {}
        self._key_cache: dict[tuple, list[str]] = {}
        self._compiled: dict[str, re.Pattern] = {}
        for short, long in lexicon.abbreviations.items():
            self._reverse_abbr.setdefault(long[0], []).append((long, short))
        for lst in self._reverse_abbr.values():
            lst.sort()

    # ------------------------------------------------------------------ phrases
    def phrase_tokens(self, phrase: str) -> tuple:
        """A phrase as canonical words (abbreviations expanded) and wildcards."""
        return phrase_tokens(phrase, self.lexicon)

    def add(self, phrase: str, exact: bool = False) -> int:
        """Register a phrase; returns its pattern id (shared by equal phrases)."""
        key = (self.phrase_tokens(phrase), bool(exact))
        if key not in self._pattern_ids:
            self._pattern_ids[key] = len(self.patterns)
            self.patterns.append(_Pattern(*key))
            self._automaton = None
            self._vocabulary = None
        return self._pattern_ids[key]

    @property
    def vocabulary(self) -> list[str]:
        """Phrase words that tolerate misspellings (5+ letters, not in exact phrases)."""
        if self._vocabulary is None:
            self._vocabulary = sorted({t for p in self.patterns if not p.exact for t in p.tokens
                                       if len(t) >= self.settings.min_word_length
                                       and t.isalpha()})
        return self._vocabulary

    def _forms(self, segment: tuple, exact: bool) -> list[tuple]:
        """Every surface form of a literal word run: abbreviations and misspellings.

        Cached per run: rebuilding the automaton after new misspellings only re-expands
        the runs holding a word that gained one (see _learn_variants)."""
        key = (segment, exact)
        if key not in self._forms_cache:
            self._forms_cache[key] = self._expand_forms(segment, exact)
        return self._forms_cache[key]

    def _expand_forms(self, segment: tuple, exact: bool) -> list[tuple]:
        limit = self.settings.max_forms_per_phrase
        max_mis = 0 if exact else self.settings.max_misspelled_words
        results: list[tuple] = []

        def walk(i: int, acc: tuple, mis: int) -> None:
            if len(results) >= limit:
                return
            if i == len(segment):
                results.append(acc)
                return
            tok = segment[i]
            walk(i + 1, acc + (tok,), mis)
            if mis < max_mis:
                for var in self._variants.get(tok, ()):
                    walk(i + 1, acc + (var,), mis + 1)
            for long, short in self._reverse_abbr.get(tok, ()):
                if segment[i:i + len(long)] == long:
                    walk(i + len(long), acc + short, mis)

        walk(0, (), 0)
        return results

    def _keys_of(self, segment: tuple, exact: bool) -> list[str]:
        """Automaton keys (" form ") of a word run's surface forms, cached like the forms."""
        key = (segment, exact)
        if key not in self._key_cache:
            self._key_cache[key] = [" " + " ".join(f) + " " for f in self._forms(segment, exact)]
        return self._key_cache[key]

    def _build(self) -> None:
        # (key, kind, ident) triples in flat lists, grouped by key with numpy: templates
        # spell out many phrases and each has its forms, so a Python step per triple
        # would dominate the build
        keys: list[str] = []
        kinds: list[int] = []
        idents: list[int] = []
        before = np.zeros(len(self.patterns), dtype=np.int64)
        after = np.zeros(len(self.patterns), dtype=np.int64)

        def put(segment: tuple, exact: bool, kind: int, ident: int) -> None:
            found = self._keys_of(segment, exact)
            keys.extend(found)
            kinds.extend([kind] * len(found))
            idents.extend([ident] * len(found))

        for pid, pat in enumerate(self.patterns):
            segs = pat.segments
            if not pat.has_wildcard:
                put(segs[0], pat.exact, _PHRASE, pid)
                continue
            anchor = max(segs, key=lambda s: (len(" ".join(s)), s))
            put(anchor, pat.exact, _ANCHOR, pid)
            self._regexes[pid] = self._wildcard_regex(pat)
            before[pid], after[pid] = _reach(pat.tokens, anchor)
        self._reach_before, self._reach_after = before, after
        for kind, items in ((_CUE, self.lexicon.cues), (_PSEUDO, self.lexicon.pseudo),
                            (_BREAKER, self.lexicon.breakers)):
            for i, toks in enumerate(items):
                put(toks, True, kind, i)
        codes, uniques = pd.factorize(np.array(keys, dtype=object), sort=True)
        kind_arr = np.array(kinds, dtype=np.int8)
        ident_arr = np.array(idents, dtype=np.int64)
        order = np.lexsort((ident_arr, kind_arr, codes))  # by key, then (kind, ident)
        codes, kind_arr, ident_arr = codes[order], kind_arr[order], ident_arr[order]
        fresh = np.ones(len(codes), dtype=bool)
        fresh[1:] = (np.diff(codes) != 0) | (np.diff(kind_arr) != 0) | (np.diff(ident_arr) != 0)
        codes, kind_arr, ident_arr = codes[fresh], kind_arr[fresh], ident_arr[fresh]
        self._keys = uniques.tolist()
        auto = ahocorasick.Automaton()
        for k, key in enumerate(self._keys):
            auto.add_word(key, k)
        if self._keys:
            auto.make_automaton()
        self._automaton = auto
        self._key_len = np.fromiter(map(len, self._keys), dtype=np.int64, count=len(self._keys))
        self._entry_kind = kind_arr
        self._entry_ident = ident_arr
        self._entry_off = np.concatenate(
            [[0], np.cumsum(np.bincount(codes, minlength=len(self._keys)))]).astype(np.int64)
        self._pseudo_len = np.array([len(" ".join(t)) for t in self.lexicon.pseudo], dtype=np.int64)

    def _wildcard_regex(self, pat: _Pattern) -> re.Pattern:
        """Regex over normalised text for a phrase with `*` (one word) / `**` (0-3 words)."""
        items: list = []  # literal word runs (tuple) and gaps [lo, hi]
        for tok in pat.tokens:
            if tok in (WILD_ONE, WILD_FEW):
                lo, hi = (1, 1) if tok == WILD_ONE else (0, 3)
                if items and isinstance(items[-1], list):
                    items[-1] = [items[-1][0] + lo, items[-1][1] + hi]
                else:
                    items.append([lo, hi])
            elif items and isinstance(items[-1], tuple):
                items[-1] = items[-1] + (tok,)
            else:
                items.append((tok,))
        regex, after_literal = "(?<= )", False
        for item in items:
            if isinstance(item, tuple):
                forms = sorted({" +".join(map(re.escape, f)) for f in self._forms(item, pat.exact)},
                               key=lambda f: (-len(f), f))
                regex += (" +" if after_literal else "") + "(?:" + "|".join(forms) + ")"
                after_literal = True
            elif after_literal:
                regex += f"(?: +[^ ]+){{{item[0]},{item[1]}}}"
            else:  # a leading gap ends with its own spaces
                regex += f"(?:[^ ]+ +){{{item[0]},{item[1]}}}"
        regex += "(?= )"
        if regex not in self._compiled:
            self._compiled[regex] = re.compile(regex)
        return self._compiled[regex]

    # ------------------------------------------------------------------ misspellings
    def _learn_variants(self, chunk_text: str) -> bool:
        """Find misspellings of phrase words among the chunk's distinct words."""
        vocab = self.vocabulary
        if not vocab:
            return False
        s = self.settings
        split = pc.split_pattern(pa.array([chunk_text], pa.large_string()), " ")
        uniq = pc.unique(pc.list_flatten(split))
        lengths = pc.utf8_length(uniq)
        lo = max(2, s.min_word_length - s.max_length_difference)
        hi = max(len(v) for v in vocab) + s.max_length_difference
        keep = pc.and_(pc.greater_equal(lengths, lo), pc.less_equal(lengths, hi))
        cands = [t for t in pc.filter(uniq, keep).to_pylist()
                 if t not in self._fuzzy_seen and t.isalpha()]
        for t in cands:
            self._fuzzy_seen[t] = None
        vocab_set = set(vocab)
        abbr_words = {w for k in self.lexicon.abbreviations for w in k}
        cands = [t for t in cands if t not in vocab_set and t not in self.lexicon.real_words
                 and t not in abbr_words]
        if not cands:
            return False
        vlen = np.array([len(v) for v in vocab])
        vcut = np.array([s.cutoff(len(v)) for v in vocab], dtype=np.float32)
        vfirst = np.array([v[0] for v in vocab])
        changed: set[str] = set()
        for start in range(0, len(cands), 20000):
            batch = cands[start:start + 20000]
            scores = process.cdist(batch, vocab, scorer=fuzz.ratio, dtype=np.float32,
                                   score_cutoff=float(min(vcut)), workers=1)
            blen = np.array([len(t) for t in batch])[:, None]
            ok = (scores >= vcut[None, :]) & (np.abs(blen - vlen[None, :]) <= s.max_length_difference)
            if s.same_first_letter:
                ok &= np.array([t[0] for t in batch])[:, None] == vfirst[None, :]
            scores = np.where(ok, scores, -1)
            best = scores.argmax(axis=1)  # first best = alphabetical vocabulary order
            for i in np.flatnonzero(scores[np.arange(len(batch)), best] >= 0):
                word, canon = batch[i], vocab[best[i]]
                self._fuzzy_seen[word] = canon
                self._variants.setdefault(canon, []).append(word)
                changed.add(canon)
        for lst in self._variants.values():
            lst.sort()
        if changed:  # forms of word runs holding a word with a new misspelling are stale
            self._forms_cache = {k: v for k, v in self._forms_cache.items()
                                 if changed.isdisjoint(k[0])}
            self._key_cache = {k: v for k, v in self._key_cache.items()
                               if changed.isdisjoint(k[0])}
        return bool(changed)

    @property
    def misspellings(self) -> dict[str, str]:
        """Misspelling -> phrase word, for every variant learnt so far."""
        return {w: c for w, c in sorted(self._fuzzy_seen.items()) if c is not None}

    # ------------------------------------------------------------------ texts
    def run(self, texts) -> pd.DataFrame:
        """Phrase mentions in `texts` (a list or Series of str; NA = "").

        Columns: row (position in texts), pattern (id from `add`), start, end (offsets in
        that text as written), negated (a negation cue precedes it in its clause).
        """
        return self.run_many([texts])[0]

    def run_many(self, columns: list) -> list[pd.DataFrame]:
        """`run` over several columns (e.g. narrative and offence) sharing one automaton.

        Every text is scanned: callers with repeated texts pass the distinct ones (see
        evaluate.BaseEvaluator.phrase_hits)."""
        jobs = []
        for texts in columns:
            if isinstance(texts, pd.Series):
                texts = texts.fillna("").astype(str).tolist()
            elif not isinstance(texts, list) or not all(type(t) is str for t in texts):
                texts = ["" if t is None or (isinstance(t, float) and t != t) else str(t)
                         for t in texts]
            jobs.append(texts)
        if not self.patterns:
            return [_empty_hits() for _ in jobs]
        return self._run_texts(jobs)

    def _run_texts(self, columns: list[list[str]]) -> list[pd.DataFrame]:
        """Chunk by chunk: learn the chunk's misspellings, then scan it.

        A chunk that taught new misspellings waits (with the ones after it) until the
        automaton is rebuilt, once per `pending_chars` of waiting text rather than once
        per chunk. Scanning a chunk with misspellings learnt from later chunks finds the
        same mentions: a misspelling not in the chunk's own words cannot match in it.
        """
        frames: list[list] = [[] for _ in columns]
        orders: list[np.ndarray | None] = []
        pending, waiting = [], 0
        for col, texts in enumerate(columns):
            texts, order, groups = _narrow_first(texts)
            orders.append(order)
            for lo, hi in groups:
                for first, last in _chunk_bounds(texts[lo:hi], self.chunk_chars):
                    chunk = _normalise(texts[lo + first:lo + last], lo + first)
                    learnt = self._learn_variants(chunk.text)
                    if learnt or pending or self._automaton is None:
                        pending.append((col, chunk))
                        waiting += len(chunk.text)
                        if waiting >= self.pending_chars:
                            self._flush(pending, frames)
                            waiting = 0
                    else:
                        frames[col].append(self._scan(chunk))
        self._flush(pending, frames)
        out = []
        for parts, order in zip(frames, orders):
            if not parts:
                out.append(_empty_hits())
                continue
            hits = pd.concat(parts, ignore_index=True)
            if order is not None:  # back to the caller's row numbers
                hits["row"] = order[hits["row"].to_numpy()]
            out.append(hits.sort_values(["row", "start", "pattern"], kind="stable")
                       .reset_index(drop=True))
        return out

    def _flush(self, pending: list, frames: list[list]) -> None:
        if not pending:
            return
        self._build()
        for col, chunk in pending:
            frames[col].append(self._scan(chunk))
        pending.clear()

    def _scan(self, chunk: _Chunk) -> pd.DataFrame:
        if not self._keys:
            return _empty_hits()
        found = list(self._automaton.iter(chunk.text))
        if not found:
            return _empty_hits()
        # (end, key) pairs flattened: much cheaper than np.array over a list of tuples
        arr = np.fromiter(itertools.chain.from_iterable(found), dtype=np.int64,
                          count=2 * len(found)).reshape(-1, 2)
        end_pos, key = arr[:, 0], arr[:, 1]
        lo, hi = self._entry_off[key], self._entry_off[key + 1]
        counts = hi - lo
        rep = np.repeat(np.arange(len(key)), counts)
        entry = np.repeat(lo, counts) + (np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts))
        kind = self._entry_kind[entry]
        ident = self._entry_ident[entry]
        tok_end = end_pos[rep]  # position of the trailing space
        tok_start = tok_end - self._key_len[key[rep]] + 2
        # wildcard phrases: verify anchors with the phrase's regex inside the row
        anchors = kind == _ANCHOR
        w_start, w_end, w_pid = self._verify_wildcards(chunk, tok_start[anchors], ident[anchors])
        is_phrase = kind == _PHRASE
        p_start = np.concatenate([tok_start[is_phrase], w_start])
        p_end = np.concatenate([tok_end[is_phrase], w_end])
        p_pid = np.concatenate([ident[is_phrase], w_pid])
        if len(p_start) == 0:
            return _empty_hits()
        # never across a clause break
        crossing = (np.searchsorted(chunk.breaks, p_end, "left")
                    - np.searchsorted(chunk.breaks, p_start, "left")) > 0
        p_start, p_end, p_pid = p_start[~crossing], p_end[~crossing], p_pid[~crossing]
        negated = self._negated(chunk, p_start, kind, tok_start, tok_end, ident)
        negated |= self._negated_in_gap(p_start, p_end, p_pid, kind, tok_start, tok_end, ident)
        return self._to_frame(chunk, p_start, p_end, p_pid, negated)

    def _verify_wildcards(self, chunk: _Chunk, starts, pids):
        """Run a wildcard phrase's regex in a window around each of its anchor words.

        Anchors are taken phrase by phrase (in their order within a phrase): the output
        order only matters among equal phrases, and the per-anchor Python work stays a
        bare finditer call."""
        empty = np.zeros(0, dtype=np.int64)
        if len(starts) == 0:
            return empty, empty, empty
        rows = np.searchsorted(chunk.row_orig + 1, starts, "right") - 1
        row_lo = chunk.row_orig[rows] + 1
        row_hi = np.append(chunk.row_orig[1:] + 1, len(chunk.text) - 1)[rows]
        before, after = self._reach_before, self._reach_after
        w_lo = np.maximum(row_lo, starts - before[pids])
        w_hi = np.minimum(row_hi, starts + after[pids]) + 1
        text = chunk.text
        by_pid = np.argsort(pids, kind="stable")
        cut = np.flatnonzero(np.diff(pids[by_pid])) + 1
        out_s, out_e, out_p = [], [], []
        for group in np.split(by_pid, cut):
            pid = int(pids[group[0]])
            finditer = self._regexes[pid].finditer
            spans = [m.span() for lo, hi in zip(w_lo[group].tolist(), w_hi[group].tolist())
                     for m in finditer(text, lo, hi)]
            if spans:
                found = np.array(spans, dtype=np.int64)
                out_s.append(found[:, 0])
                out_e.append(found[:, 1])
                out_p.append(np.full(len(found), pid, dtype=np.int64))
        if not out_s:
            return empty, empty, empty
        return np.concatenate(out_s), np.concatenate(out_e), np.concatenate(out_p)

    def _negated(self, chunk, p_start, kind, tok_start, tok_end, ident) -> np.ndarray:
        """True where a negation cue stands earlier in the same clause, within the window."""
        if len(p_start) == 0:
            return np.zeros(0, dtype=bool)
        cue_s, cue_e = tok_start[kind == _CUE], tok_end[kind == _CUE]
        ps_s = tok_start[kind == _PSEUDO]
        ps_e = tok_end[kind == _PSEUDO]
        if len(cue_s) and len(ps_s):
            # a cue inside a pseudo cue ("not" in "would not stop") does not negate
            order = np.argsort(ps_s, kind="stable")
            ps_s, ps_e = ps_s[order], np.maximum.accumulate(ps_e[order])
            j = np.searchsorted(ps_s, cue_s, "right") - 1
            inside = (j >= 0) & (ps_e[np.maximum(j, 0)] >= cue_e)
            cue_s, cue_e = cue_s[~inside], cue_e[~inside]
        if len(cue_e) == 0:
            return np.zeros(len(p_start), dtype=bool)
        cue_e = np.sort(cue_e)
        k = np.searchsorted(cue_e, p_start, "right") - 1  # last cue ending before the phrase
        has_cue = k >= 0
        last_cue = np.where(has_cue, cue_e[np.maximum(k, 0)], -1)
        ends = np.concatenate([chunk.breaks, tok_end[kind == _BREAKER], chunk.row_orig])
        ends.sort()
        b = np.searchsorted(ends, p_start, "right") - 1
        last_break = np.where(b >= 0, ends[np.maximum(b, 0)], -1)
        negated = has_cue & (last_cue > last_break)
        # the cue must be at most window_words words before the phrase
        limit = self.lexicon.window_words
        for i in np.flatnonzero(negated).tolist():
            if len(chunk.text[last_cue[i]:p_start[i]].split()) > limit:
                negated[i] = False
        return negated

    def _negated_in_gap(self, p_start, p_end, p_pid, kind, tok_start, tok_end, ident):
        """A cue swallowed by a wildcard ("suspect ** messaged" over "susp has not
        messaged") negates the mention unless the cue is one of the phrase's own words."""
        out = np.zeros(len(p_start), dtype=bool)
        wild = np.flatnonzero(np.isin(p_pid, list(self._regexes)))
        cues = kind == _CUE
        if len(wild) == 0 or not cues.any():
            return out
        c_s, c_e, c_id = tok_start[cues], tok_end[cues], ident[cues]
        order = np.argsort(c_s, kind="stable")
        c_s, c_e, c_id = c_s[order], c_e[order], c_id[order]
        for i in wild.tolist():
            own = set(self.patterns[int(p_pid[i])].tokens)
            lo = np.searchsorted(c_s, p_start[i], "left")
            hi = np.searchsorted(c_s, p_end[i], "left")
            for j in range(lo, hi):
                if c_e[j] <= p_end[i] and not set(self.lexicon.cues[int(c_id[j])]) <= own:
                    out[i] = True
                    break
        return out

    def _to_frame(self, chunk: _Chunk, p_start, p_end, p_pid, negated) -> pd.DataFrame:
        orig_start, orig_end = p_start - 1, p_end - 1
        local_row = np.searchsorted(chunk.row_orig, orig_start, "right") - 1
        frame = pd.DataFrame({
            "row": (local_row + chunk.first_row).astype(np.int64),
            "pattern": p_pid.astype(np.int64),
            "start": (orig_start - chunk.row_orig[local_row]).astype(np.int64),
            "end": (orig_end - chunk.row_orig[local_row]).astype(np.int64),
            "negated": negated.astype(bool),
        })
        return frame.drop_duplicates(["row", "pattern", "start", "end"])


_WORD_REACH = 40  # characters allowed per word (and its breaks) around a wildcard anchor


def _reach(tokens: tuple, anchor: tuple) -> tuple[int, int]:
    """How far before the anchor's start and after it a wildcard match can reach."""
    slots = []
    for tok in tokens:
        slots.append(1 if tok == WILD_ONE else 3 if tok == WILD_FEW else 1)
    for i in range(len(tokens) - len(anchor) + 1):
        if tuple(tokens[i:i + len(anchor)]) == anchor:
            before = sum(slots[:i])
            after = sum(slots[i:])
            return before * _WORD_REACH, after * _WORD_REACH
    return len(tokens) * 3 * _WORD_REACH, len(tokens) * 3 * _WORD_REACH


def _empty_hits() -> pd.DataFrame:
    return pd.DataFrame({"row": pd.Series([], dtype=np.int64),
                         "pattern": pd.Series([], dtype=np.int64),
                         "start": pd.Series([], dtype=np.int64),
                         "end": pd.Series([], dtype=np.int64),
                         "negated": pd.Series([], dtype=bool)})


def _wide_rows(texts: list[str]) -> np.ndarray:
    """Which texts hold a character beyond Latin-1 (code point > 255)."""
    wide = ~np.fromiter(map(str.isascii, texts), dtype=bool, count=len(texts))
    other = np.flatnonzero(wide)
    if not len(other):
        return wide
    some = [texts[i] for i in other.tolist()]
    joined = "\x00".join(some)
    try:
        joined.encode("latin-1")  # the usual case: "£", "é" and the like only
        wide[:] = False
        return wide
    except UnicodeEncodeError:
        pass
    codes = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32)
    lengths = np.fromiter(map(len, some), dtype=np.int64, count=len(some)) + 1
    starts = np.cumsum(lengths) - lengths
    rows = np.searchsorted(starts, np.flatnonzero(codes > 255), "right") - 1
    wide[:] = False
    wide[other[np.unique(rows)]] = True
    return wide


def _narrow_first(texts: list[str]) -> tuple[list[str], np.ndarray | None, list[tuple]]:
    """Texts with a character beyond Latin-1 moved after the others, in chunks of their own.

    Such a character sends its whole chunk down the slow code-point path of
    _normalise; a handful of rows (a Polish name) would otherwise slow every chunk.
    A text's mentions do not depend on its chunk, so only row numbers change (the
    returned order maps them back). Returns the texts, the order (None when
    unchanged) and the (start, stop) of each group to chunk separately.
    """
    wide = _wide_rows(texts)
    if not wide.any() or wide.all():
        return texts, None, [(0, len(texts))]
    order = np.concatenate([np.flatnonzero(~wide), np.flatnonzero(wide)])
    narrow = int((~wide).sum())
    return [texts[i] for i in order.tolist()], order, [(0, narrow), (narrow, len(texts))]


def _chunk_bounds(texts: list[str], chunk_chars: int) -> list[tuple[int, int]]:
    if not texts:
        return []
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts)) + 1
    cum = np.cumsum(lengths)
    bounds, first = [], 0
    while first < len(texts):
        base = cum[first - 1] if first else 0
        last = int(np.searchsorted(cum, base + chunk_chars, "right"))
        last = max(last, first + 1)
        bounds.append((first, min(last, len(texts))))
        first = last
    return bounds


_ASCII_WORD = np.zeros(256, dtype=bool)
for _c in "abcdefghijklmnopqrstuvwxyz0123456789":
    _ASCII_WORD[ord(_c)] = True
_ASCII_BREAK = np.zeros(256, dtype=bool)
for _c in _BREAK_CHARS:
    _ASCII_BREAK[ord(_c)] = True
# Latin-1 byte -> its lower case when that is a letter or digit (what str.isalnum says
# of it, as the code-point path decides), else a space. Every Latin-1 character
# lower-cases to one Latin-1 character, so the table is exactly str.lower.
_LATIN1_TO_SPACE = bytes(
    low if _ASCII_WORD[low] or (low >= 128 and chr(low).isalnum()) else 32
    for low in (ord(chr(c).lower()) for c in range(256)))


def _lower_same_length(text: str) -> str:
    """Lower-case without changing length (a few characters grow when lowered)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)


def _normalise(texts: list[str], first_row: int) -> _Chunk:
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    row_orig = np.concatenate([[0], np.cumsum(lengths + 1)[:-1]]).astype(np.int64)
    joined = "\x00".join(texts)
    try:
        # one byte per character (ASCII, or Latin-1 such as "£" or "é"): one byte table
        # lower-cases and blanks the whole chunk (break characters are not cased, so
        # they are found on the text as written); wider text takes the code-point path
        raw = joined.encode("latin-1")
    except UnicodeEncodeError:
        raw = None
    if raw is not None:
        text = raw.translate(_LATIN1_TO_SPACE).decode("latin-1")
        breaks = np.flatnonzero(_ASCII_BREAK[np.frombuffer(raw, dtype=np.uint8)])
    else:
        low = joined.lower()
        if len(low) != len(joined):
            low = "\x00".join(_lower_same_length(t) for t in texts)
        codes = np.frombuffer(low.encode("utf-32-le"), dtype=np.uint32)
        small = codes < 128
        safe = np.where(small, codes, 0)
        is_word = np.where(small, _ASCII_WORD[safe], False)
        big = np.unique(codes[~small])
        alnum = np.array([chr(c).isalnum() for c in big.tolist()], dtype=bool)
        if alnum.any():
            is_word |= np.isin(codes, big[alnum])
        text = np.where(is_word, codes, np.uint32(32)).astype("<u4").tobytes().decode("utf-32-le")
        breaks = np.flatnonzero(np.where(small, _ASCII_BREAK[safe], False))
    return _Chunk(text=" " + text + " ", row_orig=row_orig, breaks=breaks.astype(np.int64) + 1,
                  first_row=first_row)
