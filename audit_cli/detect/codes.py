"""Case and crime keys as integer codes, made once per detect() run.

The correlations and the verdicts join the long case_crimes table (about one row per
crime) with the hits and the crime dates, then count per case. Done on the string
keys (case ids, crime refs) every merge, groupby and sort hashes or compares a
million strings again; here each key is looked up once, and the joins and counts run
on numpy integer arrays. Strings come back only for the rows that are output.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from audit_cli import frames


class CaseCodes:
    """case_crimes and hits of one run as integer codes.

    Case codes number the cases' ids (first seen in link.cases), then any id only
    case_crimes holds; crime codes number the crime refs (first seen in the crimes
    table), then any ref only case_crimes holds (no date, no hits). Each set of keys is
    hashed once, in one pyarrow dictionary encoding.
    """

    def __init__(self, cases: pd.DataFrame, case_crimes: pd.DataFrame, crimes: pd.DataFrame,
                 hits: pd.DataFrame):
        from audit_cli.detect.verdict import crime_dates

        n_rows, n_cc = len(cases), len(case_crimes)
        case_codes, self.case_names = _encode([cases["case_id"], case_crimes["case_id"]])
        self.case_of_row = case_codes[:n_rows]  # code of each row of `cases`
        self.n_listed = int(self.case_of_row.max()) + 1 if n_rows else 0
        self.cc_case = case_codes[n_rows:]
        n_crimes = len(crimes)
        ref_codes, names = _encode([crimes["crime_ref"], case_crimes["crime_ref"],
                                    hits["crime_ref"]])
        known = int(ref_codes[:n_crimes + n_cc].max()) + 1 if n_crimes + n_cc else 0
        self.crime_names = names.slice(0, known)
        self.cc_crime = ref_codes[n_crimes:n_crimes + n_cc]
        # the crimes row of each crime code (the first, were a ref written twice)
        self.crime_row = np.full(known, -1, dtype=np.int64)
        self.crime_row[ref_codes[:n_crimes][::-1]] = np.arange(n_crimes, dtype=np.int64)[::-1]
        dates = crime_dates(crimes).to_numpy() if n_crimes else np.array([], "datetime64[us]")
        if not np.issubdtype(dates.dtype, np.datetime64):
            dates = dates.astype("datetime64[us]")
        self.date = self.per_crime(dates, np.datetime64("NaT"))
        # hits as (crime, rule) codes; a ref outside the crimes and case_crimes joins nothing
        hit_crime = ref_codes[n_crimes + n_cc:]
        rule_codes, rule_names = pd.factorize(hits["rule_id"].astype(str)) if len(hits) \
            else (np.zeros(0, dtype=np.int64), pd.Index([], dtype=object))
        ok = hit_crime < known
        self.hit_row = np.flatnonzero(ok)
        self.hit_crime = hit_crime[ok]
        self.hit_rule = rule_codes.astype(np.int64)[ok]
        self.rule_names = pd.Index(rule_names, dtype=object)
        self._cc_hits = None

    def per_crime(self, values: np.ndarray, default) -> np.ndarray:
        """A per-row array of the crimes table as one value per crime code."""
        values = np.asarray(values)
        out = np.full(len(self.crime_row), default, dtype=values.dtype)
        has = self.crime_row >= 0
        out[has] = values[self.crime_row[has]]
        return out

    def cc_hits(self) -> tuple[np.ndarray, np.ndarray]:
        """Every case_crimes row (in order) with each hit on its crime (in hit order):
        the row pairs of an inner merge on crime_ref."""
        if self._cc_hits is None:
            self._cc_hits = frames.join(self.cc_crime, self.hit_crime)
        return self._cc_hits

    # ------------------------------------------------------------------ strings
    def case_ids(self, codes: np.ndarray) -> np.ndarray:
        return frames.strings(self.case_names.take(pa.array(codes, type=pa.int64()))).array

    def crime_refs(self, codes: np.ndarray) -> pa.Array:
        return self.crime_names.take(pa.array(codes, type=pa.int64()))

    def rule_codes(self, rule_ids) -> np.ndarray:
        """Codes of the given rule ids among the rules that hit (absent ones left out)."""
        found = self.rule_names.get_indexer(list(rule_ids))
        return found[found >= 0]


def _encode(columns: list[pd.Series]) -> tuple[np.ndarray, pa.Array]:
    """Codes of the values of several columns in one numbering (first seen first)."""
    arrays = [frames.to_arrow(c.astype(str)) for c in columns]
    encoded = pc.dictionary_encode(pa.concat_arrays(arrays))
    return (encoded.indices.to_numpy(zero_copy_only=False).astype(np.int64),
            encoded.dictionary.cast(pa.large_string()))
