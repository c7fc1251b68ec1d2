"""A fixed AuditResult for the report tests, built to model.py without running the pipeline.

`build_result()` gives ~30 cases over July-September 2026 with every verdict, cases with
and without follow-up gaps, an unidentified suspect, compliance by team and month, load
problems, and hostile strings in names, offences, teams, narratives, evidence and
problem values. `build_result(n_cases=10_000)` gives the same shape at scale (bench/).
Everything is derived from the case number, so the result is the same on every call.
"""

from __future__ import annotations

import hashlib

import pandas as pd

from audit_cli.model import (AuditResult, DetectResult, FollowupResult, InputFile, LinkResult,
                             LoadResult, RowAccount, crimes_from_rows, parties_from_rows)

HOSTILE_HYPERLINK = '=HYPERLINK("http://evil.example/steal","Open me")'
HOSTILE_SCRIPT = "<script>alert(1)</script>"
HOSTILE = [HOSTILE_HYPERLINK, "+1+1", "-2", "@SUM(A1)", HOSTILE_SCRIPT, "\x07bell", "\tTab",
           "\rCR"]
LONG_NARRATIVE_CHARS = 40_000

FORENAMES = ["Sarah", "Emily", "Hannah", "Rebecca", "Olivia", "Chloe", "Megan", "Laura",
             "Jessica", "Amelia", "Grace", "Natalie", "Priya", "Aisha", "Zofia", "Siobhan"]
SURNAMES = ["Whitfield", "Okonkwo", "Pemberton", "Ashworth", "Kowalczyk", "Fairbairn",
            "Hargreaves", "Lindqvist", "Castellano", "Thornbury", "Mbeki", "Rowntree",
            "Gallagher", "Desmond", "Carrington", "Llewellyn", "Abernethy"]
MALE_FORENAMES = ["Daniel", "Marcus", "Gareth", "Callum", "Rhys", "Tobias", "Declan",
                  "Stefan", "Nathaniel", "Oliver", "Dominic", "Barnaby"]
TEAMS = ["CID North", "Safeguarding Hub", "Response South", "@SUM(A1)"]
OFFENCES = [("8/65", "Malicious communications"), ("195/12", "Harassment"),
            ("58/1", "Criminal damage"), ("105/1", "Common assault"),
            ("9/2", "Public order (s4A)"), ("8/1", "-2")]
STALKING = [("8/71", "Stalking"), ("8/72", "Stalking involving fear of violence")]
EVIDENCE = [  # phrase, rule, FOUR letter, s2A(3) behaviour
    ("followed her home", "STK-PURSUIT-001", "F", "a"),
    ("waiting outside her work", "STK-LOITER-002", "O", "f"),
    ("sent over 40 messages", "STK-CONTACT-003", "R", "b"),
    ("she is very frightened", "STK-FEAR-004", "U", ""),
    ("turned up at her mother's house", "STK-PROXY-005", "O", "f"),
    ("created a fake profile", "STK-ONLINE-006", "F", "c"),
]
FILLER = ["The victim reports the suspect is her ex-partner.",
          "Officers attended and took a statement.",
          "No injuries were reported.",
          "The suspect was spoken to by phone.",
          "CCTV enquiries are outstanding."]
VERDICT_CYCLE = ["missed_stalking", "missed_stalking", "missed_stalking", "review", "review",
                 "recorded_stalking", "recorded_stalking", "no_concern", "no_concern",
                 "no_concern"]
GAP_IDS = ["GAP-SCREENING", "GAP-SPO", "GAP-REFERRAL", "GAP-VCOP-UPDATE"]
REQUIREMENTS = [("Stalking screening completed", 0.9), ("Referral to specialist service", 0.8),
                ("SPO considered", 0.7), ("Victim updated within 5 days", 0.9)]
START = pd.Timestamp("2026-07-01")


def _person(i: int, role: str) -> dict:
    if role == "victim":
        fore, sur = FORENAMES[i % len(FORENAMES)], SURNAMES[(i * 7) % len(SURNAMES)]
    else:
        fore, sur = MALE_FORENAMES[i % len(MALE_FORENAMES)], SURNAMES[(i * 5 + 3) % len(SURNAMES)]
    name = f"{fore} {sur}"
    return {"name": name, "norm": name.lower(),
            "dob": pd.Timestamp("1970-01-01") + pd.Timedelta(days=(i * 397 + len(role)) % 12000),
            "postcode": f"LS{1 + i % 28} {i % 10}{'ABDEFGHJ'[i % 8]}{'LNPQRSTU'[(i // 8) % 8]}",
            "id": f"NOM{role[0].upper()}{100000 + i}"}


def _hostile_people(i: int, victim: dict, suspect: dict) -> None:
    """A few cases carry hostile names: formula text and markup as a party's name."""
    if i == 0:
        victim.update(name=HOSTILE_HYPERLINK, norm="hyperlink open me")
        suspect.update(name=HOSTILE_SCRIPT, norm="script alert")
    elif i == 1:
        victim.update(name="@SUM(A1)", norm="sum a1")
        suspect.update(name="+1+1", norm="1 1")


def _narrative(i: int, k: int, verdict: str, victim: dict, suspect: dict | None
               ) -> tuple[str, list[tuple]]:
    """A narrative and the evidence phrases in it (phrase, rule, four, behaviour)."""
    parts = [FILLER[(i + k) % len(FILLER)]]
    chosen = []
    if verdict in ("missed_stalking", "review", "recorded_stalking"):
        n = 3 if verdict == "missed_stalking" else 1 + (k % 2)
        chosen = [EVIDENCE[(i + k + j) % len(EVIDENCE)] for j in range(n)]
        parts += [f"She said he {phrase} again." if j % 2 == 0 else f"Notes: {phrase}."
                  for j, (phrase, *_rest) in enumerate(chosen)]
    if i % 5 == 2 and suspect is not None and verdict != "no_concern":
        # Names inside the text and inside matched evidence, for pseudonymisation.
        named = f"{suspect['name'].split()[0]} was waiting outside her work"
        parts.append(f"{victim['name']} says {named}; {suspect['name'].split()[-1].upper()} "
                     "denies it.")
        chosen.append((named, "STK-LOITER-002", "O", "f"))
    parts.append(FILLER[(i + k + 2) % len(FILLER)])
    if i == 0 and k == 0:
        parts.append("Message read: <img src=x onerror=alert(1)> and " + HOSTILE_SCRIPT)
    if i == 2 and k == 0:
        parts.insert(0, "\rCR at the start.")
    text = " ".join(parts)
    if i == 3 and k == 0:  # one narrative beyond Excel's cell limit
        text += " " + ("Long account of events. " * 2000)[:LONG_NARRATIVE_CHARS - len(text)]
    return text, chosen


def _rows_for_case(i: int, verdict: str, victim: dict, suspect: dict | None) -> list[dict]:
    rows = []
    first = START + pd.Timedelta(days=(i * 3) % 75)
    for k in range(1 + i % 4):
        recorded = first + pd.Timedelta(days=6 * k)
        code, offence = (STALKING[i % 2] if verdict == "recorded_stalking"
                         else OFFENCES[(i + k) % len(OFFENCES)])
        narrative, chosen = _narrative(i, k, verdict, victim, suspect)
        team = "\tTab" if (i == 4 and k == 0) else TEAMS[(i + k) % len(TEAMS)]
        rows.append({
            "crime_ref": f"CR/2026/{10000 + i * 10 + k}", "recorded_date": recorded,
            "offence_date": recorded - pd.Timedelta(days=k % 2), "offence_code": code,
            "offence": offence, "narrative": narrative,
            "victim_name": victim["name"], "victim_name_norm": victim["norm"],
            "victim_dob": victim["dob"], "victim_postcode": victim["postcode"],
            "victim_id": victim["id"],
            "suspect_name": suspect["name"] if suspect else pd.NA,
            "suspect_name_norm": suspect["norm"] if suspect else pd.NA,
            "suspect_dob": suspect["dob"] if suspect else pd.NaT,
            "suspect_postcode": suspect["postcode"] if suspect else pd.NA,
            "suspect_id": suspect["id"] if suspect else pd.NA,
            "relationship": "ex-partner", "domestic": True, "flags": "DA",
            "allocated_team": team, "risk_level": ["standard", "medium", "high"][i % 3],
            "screening_tool": bool(k % 2), "investigation_plan": True,
            "outcome_code": ["15", "16", "1A", "18"][(i + k) % 4],
            "_chosen": chosen,
        })
    return rows


def _hits(rows: pd.DataFrame) -> pd.DataFrame:
    hits = []
    for crime_ref, narrative, chosen in zip(rows["crime_ref"], rows["narrative"],
                                            rows["_chosen"]):
        for phrase, rule, four, behaviour in chosen:
            start = narrative.index(phrase)
            hits.append({"crime_ref": crime_ref, "rule_id": rule, "level": "medium",
                         "weight": 2.5, "four": four, "behaviour": behaviour,
                         "field": "narrative", "matched": phrase, "start": start,
                         "end": start + len(phrase)})
    return pd.DataFrame(hits)


def _case_id(refs: list[str]) -> str:
    return "C-" + hashlib.sha1(";".join(sorted(refs)).encode()).hexdigest()[:16]


def build_result(n_cases: int = 30) -> AuditResult:
    case_rows, case_meta = [], []
    for i in range(n_cases):
        verdict = VERDICT_CYCLE[i % len(VERDICT_CYCLE)]
        victim = _person(i, "victim")
        suspect = None if i % 11 == 7 else _person(i, "suspect")
        if suspect is not None:
            _hostile_people(i, victim, suspect)
        rows = _rows_for_case(i, verdict, victim, suspect)
        case_rows.extend(rows)
        case_meta.append((i, verdict, victim, suspect, rows))

    rows = pd.DataFrame(case_rows)
    rows.insert(0, "row_id", range(len(rows)))
    rows.insert(1, "source_file", "export_q3.csv")
    rows.insert(2, "source_line", rows["row_id"] + 2)
    for column in ("victim_name", "suspect_name", "victim_name_norm", "suspect_name_norm",
                   "victim_postcode", "suspect_postcode", "victim_id", "suspect_id"):
        rows[column] = rows[column].astype("string")
    for column in ("victim_dob", "suspect_dob"):
        rows[column] = pd.to_datetime(rows[column])
    hits = _hits(rows)
    chosen = rows.pop("_chosen")
    del chosen
    crimes = crimes_from_rows(rows)

    parties = parties_from_rows(rows)
    person_of = {norm: f"P{n + 1:06d}" for n, norm in
                 enumerate(dict.fromkeys(parties["name_norm"].dropna()))}
    parties["person_id"] = parties["name_norm"].map(person_of)
    parties["is_org"] = False
    persons = (parties.groupby("person_id", sort=True)
               .agg(display_name=("name", "first"), dob=("dob", "first"),
                    n_mentions=("party_key", "size"), n_crimes=("crime_ref", "nunique"))
               .reset_index())
    persons["is_org"] = False

    link_cases, case_crimes, findings, gaps, triage, case_hits = [], [], [], [], [], []
    for i, verdict, victim, suspect, crime_rows in case_meta:
        refs = [r["crime_ref"] for r in crime_rows]
        case_id = _case_id(refs)
        dates = [r["recorded_date"] for r in crime_rows]
        link_cases.append({
            "case_id": case_id, "kind": "pair" if suspect else "unidentified_suspect",
            "victim_person": person_of[victim["norm"]],
            "suspect_person": person_of[suspect["norm"]] if suspect else pd.NA,
            "victim": victim["name"], "suspect": suspect["name"] if suspect else "",
            "crime_refs": ";".join(sorted(refs)), "first_date": min(dates),
            "last_date": max(dates), "n_crimes": len(refs),
            "recorded_offences": ";".join(sorted({r["offence"] for r in crime_rows})),
            "link_reasons": ("victim: same nominal id (+9.0); suspect: name exact (+7.9); "
                             "dob: day/month swapped (+4.1)"),
        })
        case_crimes += [{"case_id": case_id, "crime_ref": ref} for ref in refs]
        n_hits = sum(len(r["_chosen"]) for r in crime_rows)
        score = {"missed_stalking": 9.0, "review": 5.0, "recorded_stalking": 6.0,
                 "no_concern": 0.5}[verdict] + n_hits * 0.75 + (i % 5) * 0.1
        letters = sorted({c[2] for r in crime_rows for c in r["_chosen"]})
        four = "".join(ch if ch in letters else "." for ch in "FOUR")
        rules = sorted({c[1] for r in crime_rows for c in r["_chosen"]})
        if len(refs) >= 2 and verdict != "no_concern":
            rules.append("STK-CORR-REPEAT")
            case_hits.append({"case_id": case_id, "rule_id": "STK-CORR-REPEAT",
                              "level": "high", "weight": 3.0, "four": "R",
                              "evidence": f"{len(refs)} crimes against one victim in "
                                          f"{(max(dates) - min(dates)).days} days",
                              "crime_refs": ";".join(sorted(refs))})
        findings.append({
            "case_id": case_id, "verdict": verdict, "score": round(score, 2),
            "score_f": 2.5 * ("F" in letters), "score_o": 2.5 * ("O" in letters),
            "score_u": 2.5 * ("U" in letters), "score_r": 2.5 * ("R" in letters),
            "four": four, "rules": ";".join(sorted(rules)),
            "recorded_as_stalking": verdict == "recorded_stalking",
            "principal_crime": i % 13 == 5,
            "explanation": f"{len(rules)} rule(s) fired over {len(refs)} crime(s); "
                           f"FOUR evidence {four}.",
        })
        case_gaps = []
        has_gaps = verdict in ("missed_stalking", "review") or (
            verdict == "recorded_stalking" and i % 2 == 0)
        if has_gaps:
            for g in range(1 + i % 3):
                gap_id = GAP_IDS[(i + g) % len(GAP_IDS)]
                crime = crime_rows[g % len(crime_rows)]
                case_gaps.append(gap_id)
                gaps.append({
                    "case_id": case_id, "gap_id": gap_id, "level": ["high", "medium"][g % 2],
                    "crime_ref": crime["crime_ref"] if g % 2 == 0 else "",
                    "team": crime["allocated_team"],
                    "month": crime["recorded_date"].strftime("%Y-%m"),
                    "evidence": ("=cmd|' /C calc'!A0 screening_tool=not recorded"
                                 if i == 0 and g == 0 else
                                 f"screening_tool=not recorded; recorded "
                                 f"{crime['recorded_date']:%Y-%m-%d}"),
                })
        if verdict != "no_concern":
            triage.append({
                "case_id": case_id, "recommended_team": "Stalking Unit" if i % 2 else
                "Safeguarding Hub",
                "missing_steps": "Complete S-DASH stalking screening; Consider an SPO",
                "lines_of_enquiry": "Phone download; Social media accounts; CCTV near work",
                "support_services": "Suzy Lamplugh Trust; Local IDVA service",
            })
        case_meta_gaps = ";".join(sorted(set(case_gaps)))
        link_cases[-1]["_gaps"] = case_meta_gaps

    link_cases = pd.DataFrame(link_cases)
    gap_column = link_cases.pop("_gaps")
    for column in ("first_date", "last_date"):
        link_cases[column] = pd.to_datetime(link_cases[column])
    findings = pd.DataFrame(findings)
    cases = link_cases.merge(findings, on="case_id")
    cases["gaps"] = gap_column.to_numpy()

    problems = pd.DataFrame([
        {"source_file": "export_q3.csv", "source_line": 40 + j, "crime_ref":
         f"CR/2026/9{j:04d}", "column": col, "value": value, "reason": reason,
         "severity": severity}
        for j, (col, value, reason, severity) in enumerate([
            ("recorded_date", "31/02/2026", "not a date; use DD/MM/YYYY", "reject"),
            ("crime_ref", "-2", "crime reference has no digits", "reject"),
            ("recorded_date", "\x07bell", "not a date; use DD/MM/YYYY", "reject"),
            ("victim_dob", "=1+1", "date of birth is not a date; left empty", "warning"),
            ("risk_level", "@SUM(A1)", "unknown risk level; left empty", "warning"),
            ("victim_name", "Sarah Whitfield-Jones", "name looks like two people", "warning"),
        ])
    ])
    account = RowAccount(read=len(rows) + 3 + 2, kept=len(rows), rejected=3, duplicates=2)
    load = LoadResult(rows=rows, problems=problems, account=account, inputs=[
        InputFile(path="exports/export_q3.csv", sha256="9f2c" + "0" * 60, rows=len(rows) + 5,
                  encoding="utf-8", delimiter=",")], profile="generic")

    link = LinkResult(parties=parties, persons=persons, party_links=pd.DataFrame(
        columns=["party_key", "person_id", "linked_to", "score", "reasons"]),
        cases=link_cases, case_crimes=pd.DataFrame(case_crimes),
        suspect_groups=pd.DataFrame(columns=["suspect_person", "case_id", "victim_person",
                                             "proxy"]))
    detect = DetectResult(hits=hits, case_hits=pd.DataFrame(case_hits), findings=findings)
    followup = FollowupResult(gaps=pd.DataFrame(gaps), compliance=_compliance(crimes),
                              triage=pd.DataFrame(triage))
    return AuditResult(
        load=load, crimes=crimes, link=link, detect=detect, followup=followup, cases=cases,
        manifest={"tool_version": "0.1.0", "run_at": "2026-11-29T10:00:00+00:00",
                  "period": "2026Q3",
                  "rule_pack": {"name": "stalking-ew", "version": "2026.11",
                                "sha256": "ab12" + "0" * 60}},
        settings={"thresholds": {"missed_stalking": 8.0, "review": 4.0},
                  "rule_catalogue": {
                      rule: {"title": f"{phrase.capitalize()} (s2A(3)({b or '-'}))",
                             "references": ["Protection from Harassment Act 1997 s2A(3)",
                                            "https://www.legislation.gov.uk/ukpga/1997/40"]}
                      for phrase, rule, _four, b in EVIDENCE}},
    )


def _compliance(crimes: pd.DataFrame) -> pd.DataFrame:
    teams = sorted(crimes["allocated_team"].dropna().unique())
    months = sorted(crimes["recorded_date"].dt.strftime("%Y-%m").unique())
    rows = []
    for r, (requirement, target) in enumerate(REQUIREMENTS):
        groups = [("overall", "")] + [("team", t) for t in teams] + [("month", m) for m in months]
        for g, (breakdown, group) in enumerate(groups):
            applicable = 0 if (r == 2 and g == 1) else 6 + (r * 5 + g * 3) % 17
            compliant = min(applicable, (applicable * (4 + (r + g) % 6)) // 10 + r)
            rate = compliant / applicable if applicable else float("nan")
            rag = ("" if not applicable else "G" if rate >= target else
                   "A" if rate >= target - 0.1 else "R")
            rows.append({"requirement": requirement, "breakdown": breakdown, "group": group,
                         "applicable": applicable, "compliant": compliant, "rate": rate,
                         "target": target, "rag": rag})
    return pd.DataFrame(rows)


def fixture_names(result: AuditResult) -> list[str]:
    """Every real person's name in the fixture (hostile non-names left out)."""
    names = pd.concat([result.load.rows["victim_name"], result.load.rows["suspect_name"]])
    return sorted({n for n in names.dropna() if n.replace(" ", "").isalpha()})


def listed_cases(result):
    """The cases the HTML, the workbook and crimes.csv list: every verdict but no_concern."""
    return result.cases[result.cases["verdict"] != "no_concern"]


def listed_case_crimes(result):
    pairs = result.link.case_crimes
    return pairs[pairs["case_id"].isin(listed_cases(result)["case_id"])]


def all_output_text(folder) -> str:
    """All text in every output of a run folder, the workbook's XML parts included."""
    import zipfile

    parts = []
    for path in sorted(folder.iterdir()):
        if path.suffix == ".xlsx":
            with zipfile.ZipFile(path) as archive:
                parts += [archive.read(n).decode("utf-8") for n in archive.namelist()]
        else:
            parts.append(path.read_text(encoding="utf-8"))
    return "\n".join(parts)
