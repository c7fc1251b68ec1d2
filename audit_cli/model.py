"""The canonical model: the tables every stage after `load` sees.

The pipeline is a chain of stages over plain pandas DataFrames:

    load    -> LoadResult.rows        one row per kept export row (crime x party pairing)
    model   -> crimes_from_rows()     one row per crime (crime_ref)
               parties_from_rows()    one row per distinct party mention per crime
    link    -> LinkResult             person_id per party, cases (courses of conduct)
    detect  -> DetectResult           rule hits with evidence, a verdict per case
    followup-> FollowupResult         gaps per case, compliance measures, triage
    report  -> files                  HTML, Excel, CSV/JSON

Column contract of `rows` (and, crime-level columns, of `crimes`):

| column | dtype | meaning |
|---|---|---|
| row_id | int64 | position among kept rows, 0..n-1 |
| source_file | str | file name the row came from |
| source_line | int64 | 1-based line (CSV) or sheet row (XLSX) in that file; the header is line 1 |
| crime_ref | str | as exported, stripped |
| recorded_date | datetime64 | strict day-first parse |
| offence_date | datetime64 | defaults to recorded_date |
| offence_code | str / NA | Home Office code normalised: `008/65` -> `8/65`, upper case |
| offence | str | offence title as recorded |
| narrative | str | free text, control characters removed ("" when empty) |
| victim_name, suspect_name | str / NA | as recorded (display) |
| victim_name_norm, suspect_name_norm | str / NA | normalised for matching (see names.normalise_name) |
| victim_dob, suspect_dob | datetime64 / NaT | NaT only where the export left it empty (bad values are warnings) |
| victim_postcode, suspect_postcode | str / NA | upper case, one space before the inward code |
| victim_id, suspect_id | str / NA | records-system nominal ids |
| relationship | str / NA | lower case (`ex-partner`, `partner`, `family`, ...) |
| domestic | boolean / NA | |
| flags | str | `;`-joined, trimmed, original case ("" when none) |
| allocated_team | str / NA | after the profile's value map |
| risk_level | str / NA | lower case `standard` / `medium` / `high` |
| risk_date, screening_date, referral_date, triage_date, outcome_date | datetime64 / NaT | |
| screening_tool, investigation_plan | boolean / NA | NA = not recorded |
| support_referral | str / NA | `;`-separated free text |
| spo | str / NA | lower case SPO status |
| outcome_code | str / NA | Home Office outcome number as text (`15`, `1A`) |

Added to `crimes` by the pipeline (not in `rows`): `team` (canonical team, followup.
normalise_teams), `offence_family` (family id from rules/reference/offences.yml, `other`
when unrecognised), `offence_title` (canonical title, or the recorded title when
unrecognised), `offence_match` (code / exact / normalised / fuzzy / classification / alias,
"" when unrecognised): see audit_cli/reference.py.

Missing text is NA (pd.isna is true); missing dates are NaT.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

DATE_COLUMNS = [
    "recorded_date", "offence_date", "victim_dob", "suspect_dob", "risk_date",
    "screening_date", "referral_date", "triage_date", "outcome_date",
]
BOOL_COLUMNS = ["domestic", "screening_tool", "investigation_plan"]
PARTY_FIELDS = ["name", "name_norm", "dob", "postcode", "id"]
# Every column of `rows` after row_id, in order (the table above).
ROW_COLUMNS = [
    "source_file", "source_line", "crime_ref", "recorded_date", "offence_date", "offence_code",
    "offence", "narrative",
    "victim_name", "victim_name_norm", "victim_dob", "victim_postcode", "victim_id",
    "suspect_name", "suspect_name_norm", "suspect_dob", "suspect_postcode", "suspect_id",
    "relationship", "domestic", "flags", "allocated_team", "risk_level", "risk_date",
    "screening_tool", "screening_date", "investigation_plan", "support_referral",
    "referral_date", "spo", "triage_date", "outcome_code", "outcome_date",
]
ROLES = ("victim", "suspect")

# Crime-level columns: the same for every row of one crime_ref. Where rows of one
# crime disagree, the first non-empty value in export order is used.
CRIME_COLUMNS = [
    "crime_ref", "recorded_date", "offence_date", "offence_code", "offence", "narrative",
    "relationship", "domestic", "flags", "allocated_team", "risk_level", "risk_date",
    "screening_tool", "screening_date", "investigation_plan", "support_referral",
    "referral_date", "spo", "triage_date", "outcome_code", "outcome_date",
]

# Columns of the parties table (one row per distinct party mention per crime).
PARTY_COLUMNS = [
    "party_key", "crime_ref", "role", "name", "name_norm", "dob", "postcode", "source_id",
    "row_id",
]


def _groups_in_order(keys: pd.Series) -> tuple[np.ndarray, pd.Index, np.ndarray, np.ndarray]:
    """Rows grouped by key, groups in first-seen order.

    Returns the group code of each row, the keys, the row positions sorted by group (a
    stable sort: each group's rows keep their order) and the first row of each group.
    """
    codes, uniques = pd.factorize(keys, sort=False, use_na_sentinel=False)
    order = np.argsort(codes, kind="stable")
    starts = np.flatnonzero(np.diff(codes[order], prepend=-1))
    return codes, uniques, order, order[starts]


def _first_valid(values: pd.Series, codes: np.ndarray, order: np.ndarray,
                 first_row: np.ndarray) -> pd.Series:
    """Per group, the first non-missing value in row order; missing when all are."""
    missing = values.isna().to_numpy()
    at = first_row
    if missing.any():
        valid = order[~missing[order]]  # rows with a value, grouped, in row order
        group = codes[valid]
        head = np.flatnonzero(np.diff(group, prepend=-1))
        # A group with no value keeps its first row, which is missing like all its rows.
        at = first_row.copy()
        at[group[head]] = valid[head]
    return values.take(at).reset_index(drop=True)


def crimes_from_rows(rows: pd.DataFrame) -> pd.DataFrame:
    """One row per crime_ref, crime-level columns, in first-seen export order."""
    present = [c for c in CRIME_COLUMNS if c in rows.columns]
    codes, refs, order, first_row = _groups_in_order(rows["crime_ref"])
    crimes = pd.DataFrame({"crime_ref": refs})
    for column in present[1:]:
        crimes[column] = _first_valid(rows[column], codes, order, first_row)
    crimes["n_rows"] = np.bincount(codes, minlength=len(refs)).astype("int64")
    crimes["flags"] = crimes["flags"].fillna("") if "flags" in crimes else ""
    crimes["narrative"] = crimes["narrative"].fillna("") if "narrative" in crimes else ""
    return crimes


def _both_roles(rows: pd.DataFrame, field: str) -> pd.Series:
    """The victim column then the suspect column, end to end (positions 0..2n-1)."""
    return pd.concat([rows[f"{role}_{field}"] for role in ROLES], ignore_index=True)


def parties_from_rows(rows: pd.DataFrame) -> pd.DataFrame:
    """Victim and suspect mentions as one long table, one row per distinct mention.

    A mention is (crime_ref, role, name, dob, postcode, source id); rows repeating
    the same party for one crime (a crime with two suspects repeats its victim)
    collapse to one mention. Suspect slots left empty are not parties.
    `party_key` is 0..n-1 in a deterministic order (export order, victim first).
    """
    n = len(rows)
    norm = _both_roles(rows, "name_norm")
    source_id = _both_roles(rows, "id")
    has_party = ((norm.notna() & (norm != "")) | source_id.notna()).to_numpy()
    # Mentions as positions in the victims-then-suspects columns, ordered by row then role.
    at = np.flatnonzero(has_party)
    role = (at >= n).astype(np.int64)
    row = at - n * role
    order = np.lexsort((role, rows["row_id"].to_numpy()[row]))
    at, role, row = at[order], role[order], row[order]

    crime_ref = rows["crime_ref"].take(row).reset_index(drop=True)
    parties = pd.DataFrame({
        "crime_ref": crime_ref,
        "role": pd.Series(np.array(ROLES, dtype=object)[role], dtype="str"),
        "name": _both_roles(rows, "name").take(at).reset_index(drop=True),
        "name_norm": norm.take(at).reset_index(drop=True),
        "dob": _both_roles(rows, "dob").take(at).reset_index(drop=True),
        "postcode": _both_roles(rows, "postcode").take(at).reset_index(drop=True),
        "source_id": source_id.take(at).reset_index(drop=True),
        "row_id": rows["row_id"].take(row).reset_index(drop=True),
    })
    # A mention can only repeat within a crime of several rows: compare those alone.
    codes, _ = pd.factorize(rows["crime_ref"], use_na_sentinel=False)
    shared = (np.bincount(codes)[codes] > 1)[row] if n else np.zeros(0, dtype=bool)
    repeat = np.zeros(len(parties), dtype=bool)
    if shared.any():
        key_cols = ["crime_ref", "role", "name", "dob", "postcode", "source_id"]
        repeat[shared] = parties.loc[shared, key_cols].duplicated(keep="first").to_numpy()
        parties = parties[~repeat].reset_index(drop=True)
    parties.insert(0, "party_key", range(len(parties)))
    return parties[PARTY_COLUMNS]


@dataclass
class RowAccount:
    """rows read = kept + rejected + duplicates, always."""

    read: int = 0
    kept: int = 0
    rejected: int = 0
    duplicates: int = 0

    def as_dict(self) -> dict:
        return {"read": self.read, "kept": self.kept, "rejected": self.rejected,
                "duplicates": self.duplicates}


@dataclass
class InputFile:
    path: str
    sha256: str
    rows: int
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None


# Problems table columns (rejects and warnings share them):
# source_file, source_line, column, value, reason, severity ('reject' | 'warning')
PROBLEM_COLUMNS = ["source_file", "source_line", "crime_ref", "column", "value", "reason",
                   "severity"]


@dataclass
class LoadResult:
    rows: pd.DataFrame  # kept rows, canonical columns above
    problems: pd.DataFrame  # PROBLEM_COLUMNS; severity 'reject' rows are not in `rows`
    account: RowAccount
    inputs: list[InputFile] = field(default_factory=list)
    profile: str = "generic"

    @property
    def rejects(self) -> pd.DataFrame:
        return self.problems[self.problems["severity"] == "reject"]

    @property
    def warnings(self) -> pd.DataFrame:
        return self.problems[self.problems["severity"] == "warning"]


# ---------------------------------------------------------------------------
# link stage  (audit_cli/link.py: link(parties, crimes, settings) -> LinkResult)
# ---------------------------------------------------------------------------
# parties: PARTY_COLUMNS + person_id (str, "P000001"...), is_org (bool)
# persons: person_id, display_name, dob, is_org, n_mentions, n_crimes
# party_links: the evidence for each party's cluster membership:
#     party_key, person_id, linked_to (party_key), score (float, total match weight),
#     reasons (str, e.g. "name: exact after nickname (+7.9); dob: day/month swapped (+4.1)")
# cases: one row per course of conduct
#     case_id (str, stable as the course grows: "C-" + 16 hex chars of the sha1 of the
#     course's first crime ref (earliest recorded) and the victim's and suspect's
#     normalised names on that crime; link/cases.py case_id()),
#     kind ('pair' | 'unidentified_suspect'),
#     victim_person, suspect_person (str / NA for unidentified),
#     victim, suspect (display names; suspect "" when unidentified),
#     crime_refs (str, sorted, ';'-joined), first_date, last_date (datetime64),
#     n_crimes (int), recorded_offences (str, distinct offence titles ';'-joined, sorted),
#     link_reasons (str: why the records were put together, each attachment by
#     rules/courses.yml with its crime ref, rule and evidence),
#     victim_crimes (str: every crime of the victim person, sorted refs ';'-joined, the
#     victim's whole timeline; the case's own refs for an organisation or no victim)
# case_crimes: case_id, crime_ref  (long form; a crime can be in several cases:
#     one per victim x suspect pairing it records, and a proxy record also in the
#     course of the victim it is about)
# suspect_groups: suspect_person, case_id, victim_person, proxy (bool: the victim is
#     around another victim of the same suspect: new partner, family, colleague)


@dataclass
class LinkResult:
    parties: pd.DataFrame
    persons: pd.DataFrame
    party_links: pd.DataFrame
    cases: pd.DataFrame
    case_crimes: pd.DataFrame
    suspect_groups: pd.DataFrame


# ---------------------------------------------------------------------------
# detect stage (audit_cli/detect/: detect(crimes, link_result, pack, settings) -> DetectResult)
# ---------------------------------------------------------------------------
# hits: one row per rule match on one crime:
#     crime_ref, rule_id, level, weight (float), four (str of letters from "FOUR"),
#     behaviour (s2A(3) letter a-g or ""), field ('narrative' | 'offence' | ...),
#     matched (the text matched, as written), start, end (char offsets in that field)
# case_hits: correlation-rule matches on a case:
#     case_id, rule_id, level, weight, four, evidence (str), crime_refs (';'-joined)
# findings: one row per case:
#     case_id, verdict ('missed_stalking' | 'review' | 'recorded_stalking' | 'no_concern'),
#     score (float), score_f, score_o, score_u, score_r (float),
#     four (str: the FOUR letters with evidence, e.g. "F.UR": a dot where a dimension has no evidence, so no cell starts with "-"), rules (';'-joined sorted ids),
#     recorded_as_stalking (bool), principal_crime (bool: stalking behaviour under a more
#     serious principal crime after 2023-06-01), explanation (str)

VERDICTS = ("missed_stalking", "review", "recorded_stalking", "no_concern")


@dataclass
class DetectResult:
    hits: pd.DataFrame
    case_hits: pd.DataFrame
    findings: pd.DataFrame


# ---------------------------------------------------------------------------
# follow-up stage (audit_cli/followup.py: check_followup(...) -> FollowupResult)
# ---------------------------------------------------------------------------
# gaps: case_id, gap_id, level, crime_ref (or "" for case-level), team, month ("2026-07"),
#     evidence (str: the field values and dates that show it)
# compliance: requirement, breakdown ('overall' | 'team' | 'month'), group ("" for overall),
#     applicable, compliant (int), rate (float 0..1 or NaN), target (float), rag ('R'|'A'|'G'|'')
# triage: case_id, recommended_team, missing_steps, lines_of_enquiry, support_services


@dataclass
class FollowupResult:
    gaps: pd.DataFrame
    compliance: pd.DataFrame
    triage: pd.DataFrame


# ---------------------------------------------------------------------------
# everything the reports need
# ---------------------------------------------------------------------------


@dataclass
class AuditResult:
    load: LoadResult
    crimes: pd.DataFrame
    link: LinkResult
    detect: DetectResult
    followup: FollowupResult
    cases: pd.DataFrame  # link cases + findings + `gaps` column, reported cases only
    manifest: dict = field(default_factory=dict)
    settings: dict = field(default_factory=dict)
    # Values no reference recognised (reference.REFERENCE_COLUMNS): offence titles and
    # codes, teams, outcome codes, relationships, with the closest known value.
    reference: pd.DataFrame = field(default_factory=pd.DataFrame)
