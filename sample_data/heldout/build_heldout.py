"""Build the hand-written held-out evaluation set (heldout.csv + heldout_labels.json).

Every case below was written by hand, independently of the detection rules and of the
synthetic generator, to look like what victims, witnesses and officers in England and
Wales actually put into crime records. The script only turns those hand-written cases
into the generic export format and the shared labels format; it contains no randomness,
so running it twice gives byte-identical files.

    python sample_data/heldout/build_heldout.py            # writes next to this file
    python sample_data/heldout/build_heldout.py --out DIR

Layout of the data below:
    person(key, ...)      one real individual or organisation (the truth for linking)
    m(key, name, ...)     how one record writes that person (name as typed, dob, postcode, id)
    crime(key, ...)       one crime record; one export row per victim x suspect pairing
    course(label, ...)    one case: the crimes of one true (victim, perpetrator) pair
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent

COLUMNS = [
    "crime_ref", "recorded_date", "offence_date", "offence_code", "offence", "narrative",
    "victim_name", "victim_dob", "victim_postcode", "victim_id",
    "suspect_name", "suspect_dob", "suspect_postcode", "suspect_id",
    "relationship", "domestic", "flags", "allocated_team", "risk_level", "risk_date",
    "screening_tool", "screening_date", "investigation_plan", "support_referral",
    "referral_date", "spo", "triage_date", "outcome_code", "outcome_date",
]
LABELS = ("missed_stalking", "recorded_stalking", "not_stalking")


# ---------------------------------------------------------------------------
# people and how records write them
# ---------------------------------------------------------------------------

@dataclass
class Person:
    key: str
    name: str  # canonical "Forename Surname" (organisations: the trading name)
    dob: str = ""  # dd/mm/yyyy
    postcode: str = ""
    n_ids: int = 1  # how many nominal records the force holds for this person
    kind: str = "person"


PEOPLE: dict[str, Person] = {}


def person(key: str, name: str, dob: str = "", pc: str = "", ids: int = 1,
           kind: str = "person") -> None:
    if key in PEOPLE:
        raise ValueError(f"person {key} defined twice")
    PEOPLE[key] = Person(key, name, dob, pc, ids, kind)


def org(key: str, name: str, ids: int = 1) -> None:
    person(key, name, ids=ids, kind="organisation")


def nominal_id(key: str, which: int) -> str:
    # Stable, non-sequential ids, like a records system's nominal numbers.
    digest = hashlib.sha1(f"{key}/{which}".encode()).hexdigest()
    return "N" + str(int(digest[:8], 16) % 900000 + 100000)


def swap_day_month(dob: str) -> str:
    day, month, year = dob.split("/")
    if int(day) > 12:
        # A records system refuses an impossible date, so a swap only survives when the
        # day could also be a month.
        raise ValueError(f"{dob}: day/month swap would not be a valid date")
    return f"{month}/{day}/{year}"


@dataclass
class Mention:
    key: str
    name: str
    dob: str
    postcode: str
    nid: str


KEEP = object()


def m(key: str, name: str | None = None, dob=KEEP, pc=KEEP, nid=KEEP) -> Mention:
    """One record's version of a person.

    name: as typed (default "SURNAME, Forename"); dob: KEEP, "" (not recorded), "swap"
    (day and month typed the wrong way round) or another date string; pc: KEEP, "" or
    another postcode (moved house); nid: KEEP (first nominal), "" (none), 2 (second
    nominal record for the same person) or a literal id.
    """
    p = PEOPLE[key]
    if name is None:
        if p.kind == "organisation":
            name = p.name
        else:
            first, _, last = p.name.rpartition(" ")
            name = f"{last.upper()}, {first}"
    if dob is KEEP:
        dob = p.dob
    elif dob == "swap":
        dob = swap_day_month(p.dob)
    if pc is KEEP:
        pc = p.postcode
    if nid is KEEP:
        nid = nominal_id(key, 1)
    elif isinstance(nid, int):
        if nid > p.n_ids:
            raise ValueError(f"{key} has only {p.n_ids} nominal ids")
        nid = nominal_id(key, nid)
    return Mention(key, name, dob, pc, nid)


# ---------------------------------------------------------------------------
# crimes and follow-up
# ---------------------------------------------------------------------------

def F(team: str = "", risk: str = "", risk_d: int | None = None, scr: str = "",
      scr_d: int | None = None, plan: str = "", sup: str = "", sup_d: int | None = None,
      spo: str = "", tri_d: int | None = None, out: str = "", out_d: int | None = None) -> dict:
    """Follow-up fields; *_d are days after the recorded date (None: no date)."""
    return dict(team=team, risk=risk, risk_d=risk_d, scr=scr, scr_d=scr_d, plan=plan,
                sup=sup, sup_d=sup_d, spo=spo, tri_d=tri_d, out=out, out_d=out_d)


@dataclass
class Crime:
    key: str
    recorded: str  # "dd/mm/yyyy HH:MM"
    offence_date: str  # "" = same as recorded (export leaves it empty)
    code: str
    offence: str
    narrative: str
    victims: list[Mention]
    suspects: list[Mention]
    rel: str = ""
    da: str = ""
    flags: str = ""
    fu: dict = field(default_factory=F)
    ref: str = ""

    @property
    def when(self) -> datetime:
        return datetime.strptime(self.recorded, "%d/%m/%Y %H:%M")


CRIMES: dict[str, Crime] = {}


def crime(key: str, recorded: str, offence_date: str, code: str, offence: str,
          narrative: str, v, s=(), rel: str = "", da: str = "", flags: str = "",
          fu: dict | None = None) -> str:
    if key in CRIMES:
        raise ValueError(f"crime {key} defined twice")
    victims = [v] if isinstance(v, Mention) else list(v)
    suspects = [s] if isinstance(s, Mention) else list(s)
    text = " ".join(line.strip() for line in narrative.strip().splitlines())
    # Paragraph breaks in long MO summaries are kept as " // ", as many exports flatten them.
    text = text.replace(" ¶ ", " // ").replace("¶", "//")
    CRIMES[key] = Crime(key, recorded, offence_date, code, offence, text, victims, suspects,
                        rel, da, flags, fu or F())
    return key


@dataclass
class Course:
    case: str
    label: str
    scenario: str
    victim: str
    suspect: str | None
    crimes: list[str]
    notes: str


COURSES: list[Course] = []


def course(label: str, scenario: str, victim: str, suspect: str | None, notes: str,
           crimes: list[str]) -> None:
    if label not in LABELS:
        raise ValueError(label)
    COURSES.append(Course(f"HK{len(COURSES) + 1:03d}", label, scenario, victim, suspect,
                          list(crimes), notes))


def more(victim: str, suspect: str | None, crimes: list[str]) -> None:
    """Later records in the course of the (victim, suspect) pair defined earlier."""
    found = [co for co in COURSES if (co.victim, co.suspect) == (victim, suspect)]
    if len(found) != 1:
        raise ValueError(f"{len(found)} courses for {victim}/{suspect}")
    found[0].crimes.extend(crimes)


def add_party(key: str, victim: Mention | None = None, suspect: Mention | None = None) -> None:
    """A second victim or suspect on a crime already written (one more export row each)."""
    if victim is not None:
        CRIMES[key].victims.append(victim)
    if suspect is not None:
        CRIMES[key].suspects.append(suspect)


# Crimes whose rows the export repeats exactly (a duplicate the loader must count once).
DUPLICATED: set[str] = set()


# ---------------------------------------------------------------------------
# output
# ---------------------------------------------------------------------------

def assign_refs() -> None:
    """Force-wide numbering: refs rise with the recorded date, with gaps for other crimes."""
    counters = {2025: 31877, 2026: 1290}
    for c in sorted(CRIMES.values(), key=lambda c: (c.when, c.key)):
        gap = 40 + int(hashlib.sha1(c.key.encode()).hexdigest()[:6], 16) % 700
        counters[c.when.year] += gap
        c.ref = f"HX/{c.when.year % 100:02d}/{counters[c.when.year]:06d}"


def plus_days(c: Crime, days: int | None) -> str:
    if days is None:
        return ""
    return (c.when.date() + timedelta(days=days)).strftime("%d/%m/%Y")


def crime_fields(c: Crime) -> dict:
    fu = c.fu
    return {
        "crime_ref": c.ref, "recorded_date": c.recorded, "offence_date": c.offence_date,
        "offence_code": c.code, "offence": c.offence, "narrative": c.narrative,
        "relationship": c.rel, "domestic": c.da, "flags": c.flags,
        "allocated_team": fu["team"], "risk_level": fu["risk"],
        "risk_date": plus_days(c, fu["risk_d"]), "screening_tool": fu["scr"],
        "screening_date": plus_days(c, fu["scr_d"]), "investigation_plan": fu["plan"],
        "support_referral": fu["sup"], "referral_date": plus_days(c, fu["sup_d"]),
        "spo": fu["spo"], "triage_date": plus_days(c, fu["tri_d"]),
        "outcome_code": fu["out"], "outcome_date": plus_days(c, fu["out_d"]),
    }


def party_fields(role: str, p: Mention | None) -> dict:
    if p is None:
        return {f"{role}_{f}": "" for f in ("name", "dob", "postcode", "id")}
    return {f"{role}_name": p.name, f"{role}_dob": p.dob, f"{role}_postcode": p.postcode,
            f"{role}_id": p.nid}


def build_rows() -> tuple[list[dict], list[dict]]:
    rows, labels = [], []
    for c in sorted(CRIMES.values(), key=lambda c: (c.when, c.ref)):
        for v in c.victims:
            for s in (c.suspects or [None]):
                row = crime_fields(c) | party_fields("victim", v) | party_fields("suspect", s)
                for _ in range(2 if c.key in DUPLICATED else 1):
                    rows.append(row)
                    labels.append({
                        "line": len(rows) + 1, "crime_ref": c.ref,
                        "victim_name": v.name, "victim_person": v.key,
                        "suspect_name": s.name if s else None,
                        "suspect_person": s.key if s else None,
                    })
    return rows, labels


def check() -> None:
    in_case = {k for co in COURSES for k in co.crimes}
    orphans = sorted(set(CRIMES) - in_case)
    if orphans:
        raise ValueError(f"crimes in no case: {orphans}")
    for co in COURSES:
        for k in co.crimes:
            if k not in CRIMES:
                raise ValueError(f"{co.case}: unknown crime {k}")
        for who in (co.victim, co.suspect):
            if who is not None and who not in PEOPLE:
                raise ValueError(f"{co.case}: unknown person {who}")
        if co.label == "missed_stalking":
            if len(co.crimes) < 2:
                raise ValueError(f"{co.case}: a missed course needs two or more crimes")
            for k in co.crimes:
                if is_recorded_stalking(CRIMES[k]):
                    raise ValueError(f"{co.case}: {k} is recorded as stalking")
        if co.label == "recorded_stalking" and not any(
                is_recorded_stalking(CRIMES[k]) for k in co.crimes):
            raise ValueError(f"{co.case}: no crime recorded as stalking")
    check_parties()


def check_parties() -> None:
    """Every victim x named-suspect pairing a row records is the pair of a case holding
    that crime, and every case's victim is a victim on each of its crimes."""
    pairs = {(k, co.victim, co.suspect) for co in COURSES for k in co.crimes}
    for co in COURSES:
        for k in co.crimes:
            if co.victim not in {v.key for v in CRIMES[k].victims}:
                raise ValueError(f"{co.case}: {co.victim} is not a victim on {k}")
    for c in CRIMES.values():
        for v in c.victims:
            if c.suspects:
                for s in c.suspects:
                    if (c.key, v.key, s.key) not in pairs:
                        raise ValueError(f"{c.key}: no case for {v.key}/{s.key}")
            elif not any((c.key, v.key) == (k, vic) for k, vic, _ in pairs):
                raise ValueError(f"{c.key}: no case for victim {v.key}")


def is_recorded_stalking(c: Crime) -> bool:
    code = c.code.replace("008/", "8/").upper()
    return (code in {"195/12", "8/65", "8/66", "8Q"} or "stalk" in c.offence.lower()
            or any("stalk" in f.lower() for f in c.flags.split(";")))


def person_ids() -> dict[str, str]:
    """H0001... in order of definition."""
    return {key: f"H{i:04d}" for i, key in enumerate(PEOPLE, start=1)}


def render(rows: list[dict], labels: list[dict]) -> tuple[str, str]:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    hid = person_ids()
    refs = {k: c.ref for k, c in CRIMES.items()}
    doc = {
        "format": "audit-labels", "version": 1,
        "generator": {"seed": None, "rows": len(rows), "tool_version": "handwritten"},
        "rows": [lab | {"victim_person": hid[lab["victim_person"]],
                        "suspect_person": hid.get(lab["suspect_person"])}
                 for lab in labels],
        "persons": [{"person": hid[p.key], "kind": p.kind} for p in PEOPLE.values()],
        "cases": [{"case": co.case, "label": co.label, "scenario": co.scenario,
                   "victim_person": hid[co.victim],
                   "suspect_person": hid[co.suspect] if co.suspect else None,
                   "crime_refs": sorted(refs[k] for k in co.crimes), "notes": co.notes}
                  for co in COURSES],
    }
    return buf.getvalue(), json.dumps(doc, indent=1, ensure_ascii=False) + "\n"


def summary() -> str:
    counts: dict[tuple[str, str], list[int]] = {}
    for co in COURSES:
        slot = counts.setdefault((co.label, co.scenario), [0, 0])
        slot[0] += 1
        slot[1] += len(co.crimes)
    lines = []
    for label in LABELS:
        mine = {s: v for (lab, s), v in counts.items() if lab == label}
        lines.append(f"{label}: {sum(v[0] for v in mine.values())} cases, "
                     f"{sum(v[1] for v in mine.values())} crime links")
        lines += [f"  {s}: {v[0]} cases, {v[1]} crimes" for s, v in sorted(mine.items())]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE)
    parser.add_argument("--summary", action="store_true", help="print counts by label")
    args = parser.parse_args(argv)
    check()
    assign_refs()
    rows, labels = build_rows()
    csv_text, json_text = render(rows, labels)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "heldout.csv").write_text(csv_text, encoding="utf-8")
    (args.out / "heldout_labels.json").write_text(json_text, encoding="utf-8")
    print(f"{len(rows)} rows, {len(CRIMES)} crimes, {len(PEOPLE)} persons, "
          f"{len(COURSES)} cases")
    if args.summary:
        print(summary())


# ===========================================================================
# THE CASES
# ===========================================================================

# ---------------------------------------------------------------------------
# MISSED STALKING: courses of conduct recorded under other offences
# ---------------------------------------------------------------------------

# -- 1. ex-partner: messages, turning up at work, then a 2am voicemail showing he watches her
person("lpritch", "Laura Jayne Pritchard", "12/03/1994", "NG5 3FR")
person("cdunmore", "Craig Dunmore", "02/11/1989", "NG6 8BQ")
course("missed_stalking", "ex_partner_messages_workplace", "lpritch", "cdunmore",
       "messages, waits at her work three times, voicemail showing he watched her night out", [
    crime("m01a", "06/07/2026 10:42", "05/07/2026", "8L", "Harassment - PHA 1997 s2", """
        IP reports that since splitting with ex-partner Craig DUNMORE at end of May he has
        been msging her on WhatsApp and Insta at all hours. IP has blocked him on WhatsApp
        but he then set up a new Insta account. IP has told him clearly she wants no contact.
        Screenshots viewed on IP's phone, approx 60 msgs over the w/e 4-5 July, mostly begging
        to get back together, some calling her a slag. IP not wishing to make statement at
        this time but wants it on record. Words of advice to be given to susp.""",
          m("lpritch", "PRITCHARD, Laura"), m("cdunmore"), rel="ex-partner", da="Y",
          flags="DA", fu=F(team="NPT", risk="standard", risk_d=0, out="16", out_d=12)),
    crime("m01b", "21/07/2026 13:20", "", "125/9",
          "Intentional harassment alarm or distress s4A POA", """
        Susp attended IP's place of work (Boots, Victoria Centre) at 1230 and hung around by
        the tills for approx 40 mins. When IP went on her break he went after her to the staff
        exit shouting that he only wanted to talk. Centre security asked him to leave. IP
        shaken and went home early. IP says it is the 3rd time he has 'popped up' at her work
        since June but the first time she has called us.""",
          m("lpritch", "Laura PRITCHARD"), m("cdunmore", "craig dunmore", dob=""),
          rel="ex-partner", da="Y", flags="DA", fu=F(team="Response")),
    crime("m01c", "02/08/2026 02:51", "", "8R", "Malicious Communications", """
        CAD 0412 02/08. IP recd voicemail from withheld no. at 0214hrs, recognises the voice as
        her ex. He says 'I know you were out with him tonight, I saw the car'. IP had not told
        anyone where she was going. IP very frightened, now staying at her mum's.""",
          m("lpritch", "PRITCHARD, Laura Jayne", pc="NG3 6AW"), m("cdunmore"),
          rel="ex-partner", da="Y", flags="DA",
          fu=F(team="DAIU", risk="medium", risk_d=1, sup="Victim Support", sup_d=6)),
])

# -- 2. repeated breaches of a non-molestation order, drive-bys and a message via her sister
person("abegum", "Aisha Begum", "09/11/1990", "NG7 5LP")
person("iqureshi", "Imran Qureshi", "14/06/1986", "NG8 1HD", ids=2)
course("missed_stalking", "nmo_breaches_driveby", "abegum", "iqureshi",
       "three NMO breaches treated separately: drive-bys, message via sister, waiting on school "
       "run", [
    crime("m02a", "14/07/2026 19:05", "12/07/2026", "", "Breach of non-molestation order", """
        IP has NMO against ex-husband Imran QURESHI (granted Nottm Family Court 09/04/26: no
        contact direct or indirect, not to come within 100m of home address). IP reports susp
        drove past the address 4 times on Sunday 12/07 between 1800 and 2100, slowing right
        down outside. Neighbour also saw the car (silver Audi A4, partial VRM KX19). No contact
        attempted.""",
          m("abegum"), m("iqureshi", "QURESHI, Imran"), rel="ex-partner", da="Y", flags="DA",
          fu=F(team="Response", risk="medium", risk_d=0)),
    crime("m02b", "29/07/2026 11:15", "27/07/2026", "", "Breach of Non Molestation Order", """
        Further breach reported. IP's sister recd a Facebook msg from susp asking her to pass on
        to IP that he 'will always be watching out for her and the kids'. Sister forwarded
        screenshot. IP believes he is using her family to get at her.""",
          m("abegum", "Aisha BEGUM"), m("iqureshi", "Imran QURESHI", nid=2),
          rel="ex-partner", da="Y", flags="DA", fu=F(team="Response")),
    crime("m02c", "18/08/2026 08:40", "", "", "Breach of NMO", """
        Susp sat in his car at end of IP's road 0730-0815 as she left for the school run, IP's
        son (9) pointed him out. IP now varying the school run times and has asked the school
        to keep the kids in at break. Susp arrested 19/08, no comment interview, RUI.""",
          m("abegum", "BEGUM, Aisha", dob="swap"), m("iqureshi", "QURESHI, Imran"),
          rel="ex-partner", da="Y", flags="DA; Repeat victim",
          fu=F(team="DAIU", risk="high", risk_d=1, plan="Y", sup="IDVA", sup_d=3)),
])

# -- 3. ex-partner: unexplained damage, then appears at every gym session, then a tracker
person("nfisher", "Natalie Fisher", "07/01/1988", "NG9 2HL")
person("lbramley", "Lee Bramley", "30/04/1985", "NG10 4JJ")
course("missed_stalking", "ex_partner_gym_tracker", "nfisher", "lbramley",
       "first damage has no suspect; ex then follows her gym changes and fits a GPS tracker", [
    crime("m03a", "11/11/2025 08:12", "10/11/2025", "58C", "Criminal damage to a vehicle", """
        Overnight 10-11/11 IP's Ford Fiesta parked o/s home had all 4 tyres let down and 'SLAG'
        scratched into the bonnet. No CCTV on street. IP has recently ended a relationship with
        a male (Lee) but does not want to name him as she has no proof. Filed pending further
        info.""",
          m("nfisher", "Natalie FISHER"), rel="unknown",
          fu=F(team="Crime Bureau", out="18", out_d=9)),
    crime("m03b", "02/02/2026 18:30", "", "8L", "Harassment - Section 2 PHA", """
        IP reports ex-partner Lee BRAMLEY keeps turning up at her gym (PureGym Beeston) at the
        times she goes, Mon/Wed/Fri evenings. He isnt a member but sits in the car park in his
        van. He also texts her things like 'nice leggings today'. IP has changed her gym times
        twice and both times he has been there at the new time. IP thinks he must be tracking
        her phone or car.""",
          m("nfisher", "FISHER, Natalie"), m("lbramley"), rel="ex-partner", da="Y",
          flags="DA", fu=F(team="NPT", risk="standard", risk_d=4)),
    crime("m03c", "19/02/2026 15:02", "17/02/2026", "8L", "Harassment", """
        IP took car for service and the mechanic found a small black GPS tracker cable-tied
        under the rear bumper. Device seized and booked into property (PR 26/1187). IP states
        the only person who would do this is ex Lee BRAMLEY who has been at the gym whenever
        she goes. Device to be sent for examination.""",
          m("nfisher", "Natalie Fisher", pc=""), m("lbramley", "BRAMLEY, Lee"),
          rel="ex-partner", da="Y", flags="DA",
          fu=F(team="NPT", plan="Y", out="15", out_d=88)),
])

# -- 4. ex-partner threats to kill, waits on her route home from nights, comments on her clothes
person("ekowal", "Ewa Kowalczyk", "19/05/1992", "NG7 3DW")
person("tnowak", "Tomasz Nowak", "08/08/1987", "NG7 6EB")
course("missed_stalking", "ex_partner_ttk_waits_on_route", "ekowal", "tnowak",
       "TTK, then waits on the route she only uses after night shifts, then describes her coat", [
    crime("m04a", "09/07/2026 21:10", "08/07/2026", "3B", "Threats to kill", """
        IP states ex-partner (Tomasz NOWAK) rang her 17 times on the evening of 8/7 and in one
        call said 'if I can't have you no one can, I will finish you'. IP speaks limited
        English, Language Line used (Polish). He has rung every day since she left him in May
        and her friend has seen him outside IP's new flat.""",
          m("ekowal"), m("tnowak"), rel="ex-partner", da="Y", flags="DA",
          fu=F(team="DAIU", risk="high", risk_d=0, plan="Y", sup="IDVA", sup_d=2)),
    crime("m04b", "24/07/2026 07:05", "", "", "Common assault and battery", """
        IP was walking home from night shift (finish 0600) when susp came up behind her on
        Radford Rd and grabbed her arm saying she has to talk to him. IP pulled free, a passer
        by intervened. Bruise to upper L arm, photographed. IP believes he had been waiting
        for her as she only uses that route after nights.""",
          m("ekowal", "KOWALCZYK, Ewa"), m("tnowak", "Tomek NOWAK", dob=""),
          rel="ex-partner", da="Y", flags="DA", fu=F(team="DAIU", risk="high", risk_d=0)),
    crime("m04c", "03/08/2026 16:45", "01/08/2026", "8R", "Malicious communications", """
        IP recd WhatsApp voice notes from susp 1-2/8, translated. He says he knows which bus she
        gets now and 'the red coat doesn't suit you'. IP was wearing a red coat on 1/8.""",
          m("ekowal", "Ewa Kowalczk"), m("tnowak", "NOWAK, Tomasz"), rel="ex-partner",
          da="Y", flags="DA", fu=F(team="DAIU")),
])

# -- 5. colleague: gifts in locker, waits by her car, anonymous letter at home, car damaged
person("hgreen", "Hannah Greenwood", "22/10/1996", "NG15 7QT")
person("gwhitlock", "Gary Whitlock", "15/02/1971", "NG17 2NP")
course("missed_stalking", "colleague_gifts_letter", "hgreen", "gwhitlock",
       "team leader fixated on younger colleague; HR warning ignored; letter at home; car damage "
       "unnamed", [
    crime("m05a", "16/07/2026 14:00", "", "8L", "Harassment (without violence)", """
        IP works at a distribution centre in Annesley, susp is a team leader on another shift.
        Over the last 2 months he has left chocolates and cards in her locker, messaged her
        personal Facebook though she never gave it him, and waits by her car at shift change.
        IP went to HR who 'had a word'. Since then it has carried on but less openly, notes
        left under her wiper. IP just wants it to stop.""",
          m("hgreen"), m("gwhitlock"), rel="colleague", da="N", fu=F(team="NPT")),
    crime("m05b", "28/07/2026 09:25", "27/07/2026", "8R",
          "Malicious Communications Act 1988 s1", """
        Anonymous typed letter put through IP's door at home: 'you led me on and then went
        crying to HR, you will regret that'. IP has never given her home address to anyone at
        work. Susp believed Gary WHITLOCK (see earlier harassment report).""",
          m("hgreen", "GREENWOOD, Hannah"), m("gwhitlock", "WHITLOCK, Gary"), rel="colleague",
          da="N", fu=F(team="NPT", out="15", out_d=40)),
    crime("m05c", "17/08/2026 22:35", "", "58C", "Criminal Damage - Motor Vehicle", """
        IP's VW Polo damaged in staff car park at work - wing mirror snapped off and both
        wipers bent back. No CCTV on that bay. IP suspects a male colleague but says she has no
        evidence.""",
          m("hgreen", "hannah greenwood", nid=""), rel="unknown",
          fu=F(team="Crime Bureau", out="18", out_d=3)),
])

# -- 6. man opposite watches her flat, follows her to the shop, takes underwear from line
person("psharma", "Priya Sharma", "03/12/1999", "NG7 2GB")
person("koakes", "Kevin Oakes", "11/06/1979", "NG7 2GA")
course("missed_stalking", "neighbour_watching_following", "psharma", "koakes",
       "one-way fixation of a male neighbour on a student: watching, following, underwear theft", [
    crime("m06a", "20/07/2026 23:10", "", "125/12",
          "Public Order s5 - harassment alarm distress", """
        IP (student, lives alone, ground floor flat) reports male who lives opposite often
        stands at his window looking into her flat and has been seen with binoculars. Tonight
        he waved and mouthed something at her as she shut the curtains. IP alarmed.""",
          m("psharma", "SHARMA, Priya"), m("koakes", "OAKES, Kevin", dob=""),
          rel="neighbour", da="N", fu=F(team="Response")),
    crime("m06b", "05/08/2026 17:50", "", "8L", "Harassment PHA", """
        IP reports the male from no.41 (Kevin OAKES) has followed her to the Co-op and back
        twice this week, keeping about 10m behind. 2nd time he said 'you should keep your
        curtains open, I like the view'. IP has bought blackout blinds and is mostly staying
        at her boyfriend's now.""",
          m("psharma", "Priya Sharma"), m("koakes"), rel="neighbour", da="N",
          fu=F(team="NPT")),
    crime("m06c", "26/08/2026 08:05", "25/08/2026", "", "Theft - other", """
        Underwear taken from washing line in IP's rear yard overnight. Yard shared with the
        next flats, gate not locked. IP suspects the male opposite, see linked reports.""",
          m("psharma", "SHARMA, Priya", pc=""), m("koakes", "OAKS, Kevin", dob=""),
          rel="neighbour", da="N", fu=F(team="Crime Bureau", out="14", out_d=16)),
])

# -- 7. one date via an app: hundreds of messages, flowers at an address she never gave,
#    covert photos
person("radeyemi", "Rachel Adeyemi", "28/02/1993", "NG2 4PQ")
person("jpike", "Jordan Pike", "02/07/1990", "DE7 5RR")
course("missed_stalking", "dating_app_one_date", "radeyemi", "jpike",
       "one date then hundreds of msgs, finds her address, emails photos taken covertly", [
    crime("m07a", "08/07/2026 12:20", "", "8R", "Malicious Communications", """
        IP met susp through Hinge, one date on 20/06. IP told him the next day she didn't want
        to see him again. Since then approx 200 msgs by text, on Hinge (before she deleted it)
        and by email, alternating between apologising and calling her a stuck up bitch. IP
        blocked his no. and he has used 3 other numbers since.""",
          m("radeyemi", "ADEYEMI, Rachel"), m("jpike", "PIKE, Jordan", dob=""),
          rel="online contact", da="N", fu=F(team="Crime Bureau")),
    crime("m07b", "30/07/2026 19:40", "", "8L", "Harassment", """
        Susp has left flowers and a card on IP's doorstep. IP never gave him her address and
        thinks he worked it out from an Insta pic showing her front door and house number.
        Card says 'I'll wait as long as it takes'. IP has made Insta private and asks for
        police to speak to him.""",
          m("radeyemi", "Rachel Adeyemi"), m("jpike"), rel="online contact", da="N",
          fu=F(team="NPT")),
    crime("m07c", "14/08/2026 10:05", "", "",
          "Improper use of public electronic communications network s127", """
        IP's work email (NHS) has had 6 emails from 'rachel.a.fan' with photos of IP taken in
        public without her knowing, incl one of her walking to her car at work. IP believes
        it is Jordan PIKE though the account is not in his name. Enquiries with provider.""",
          m("radeyemi", "rachel adeyemi"), m("jpike", "Jordan PIKE"), rel="online contact",
          da="N", fu=F(team="CID", plan="Y")),
])

# -- 8. female ex-partner: window smashed (unnamed), contacts new partner, rings his work
person("thargreaves", "Thomas Hargreaves", "05/09/1984", "NG4 1AS")
person("jkirkland", "Jodie Kirkland", "17/03/1990", "NG3 3HU")
course("missed_stalking", "female_ex_new_partner_work", "thargreaves", "jkirkland",
       "female ex: window smashed (no suspect named), bombards him, poses as his sister to get "
       "his shifts", [
    crime("m08a", "12/07/2026 01:30", "", "58A", "Criminal damage to dwelling", """
        IP reports his front door has been egged and a brick thrown through the lounge window
        approx 0100. IP didn't see who. Neighbour saw a female in a grey hoodie running towards
        Carlton Rd. IP's ex has been sending him messages since he started seeing someone
        new.""",
          m("thargreaves", "HARGREAVES, Tom"), rel="unknown",
          fu=F(team="Response", out="18", out_d=20)),
    crime("m08b", "25/07/2026 15:15", "", "8L", "Harassment - PHA s2", """
        IP states ex-partner Jodie KIRKLAND has been contacting his new partner on Facebook and
        Snapchat and sends him 20-30 texts a day. She rang his workplace claiming to be his
        sister to find out his shift pattern. IP says he doesn't feel in danger but 'it's
        relentless'.""",
          m("thargreaves", "Thomas HARGREAVES"), m("jkirkland"), rel="ex-partner", da="Y",
          flags="DA", fu=F(team="NPT", risk="standard", risk_d=7)),
    crime("m08c", "09/08/2026 12:00", "", "8R", "Malicious communications", """
        IP's new partner's mum recd a letter at her address containing printed screenshots of
        private msgs between IP and Jodie KIRKLAND from 2024. IP states only Jodie had these.""",
          m("thargreaves", "HARGREAVES, Thomas", dob="swap"), m("jkirkland", "KIRKLAND, Jodie"),
          rel="ex-partner", da="Y", flags="DA", fu=F(team="NPT", out="16", out_d=15)),
])

# -- 9. ex-partner follows her and her new partner; proxy targeting of the new partner
person("mlowe", "Megan Lowe", "14/04/1997", "NG11 8FD")
person("rcastle", "Ryan Castle", "21/12/1995", "NG11 9BE")
person("dokafor", "Daniel Okafor", "09/09/1994", "NG2 6TL")
crime("m09a", "15/07/2026 16:20", "", "8L", "Harassment", """
    IP ended 3 yr relationship with Ryan CASTLE in March. Since then he has messaged her
    constantly, turned up at her mums twice and posted on FB that she cheated on him. IP has
    a new partner now and susp has found out, she is worried what he will do. DASH complete.""",
      m("mlowe"), m("rcastle"), rel="ex-partner", da="Y", flags="DA",
      fu=F(team="NPT", risk="medium", risk_d=0))
crime("m09b", "01/08/2026 23:55", "", "125/11", "Fear or provocation of violence s4 POA", """
    IP1 and IP2 (her new partner) were leaving a bar in Market Sq 2330 when susp came over
    shouting at IP2 'you're a dead man' and at IP1 'you think you can just replace me'. Door
    staff intervened, susp gone before police arrived. IPs think he followed them as the only
    way he could know they were there was IP1's Snapchat story posted half an hour before.""",
      [m("mlowe", "LOWE, Megan"), m("dokafor", "OKAFOR, Daniel")], m("rcastle", "CASTLE, Ryan"),
      rel="ex-partner", da="Y", flags="DA", fu=F(team="Response"))
crime("m09c", "13/08/2026 07:30", "", "58C", "Criminal Damage to Motor Vehicle", """
    IP's Golf had all 4 tyres slashed outside his home overnight. Ring doorbell shows a male
    matching Ryan CASTLE (his girlfriend's ex) crouching by the car at 0312. IP had a run-in
    with this male on 01/08.""",
      m("dokafor", "Daniel Okafor"), m("rcastle", "Ryan Castle", dob=""), rel="acquaintance",
      da="N", fu=F(team="CID", out="1", out_d=34))
crime("m09d", "20/08/2026 13:10", "", "8R", "Malicious Comms", """
    IP recd a padded envelope at work containing photos of her and her new partner taken
    through the front window of his flat at night. No note. IP in tears, says she feels like
    she can't go anywhere without him knowing.""",
      m("mlowe", "Megan LOWE", pc="NG2 6TL"), m("rcastle", "CASTLE, Ryan"), rel="ex-partner",
      da="Y", flags="DA", fu=F(team="DAIU", risk="high", risk_d=2, sup="IDVA", sup_d=9))
course("missed_stalking", "ex_partner_follows_new_couple", "mlowe", "rcastle",
       "messages, follows her night out, photos through the new partner's "
       "window", ["m09a", "m09b", "m09d"])
course("missed_stalking", "proxy_new_partner", "dokafor", "rcastle",
       "stalking by proxy: the ex's new partner threatened on a followed night out, "
       "then car damaged",
       ["m09b", "m09c"])

# -- 10. ex-husband: daily calls, finds her new address, breaches restraining order at her work
person("cdonnelly", "Claire Donnelly", "16/08/1979", "NG3 5GH")
person("sbirch", "Stephen Birch", "03/03/1976", "NG5 9PP")
course("missed_stalking", "ex_husband_new_address_ro", "cdonnelly", "sbirch",
       "years-long fixation after divorce: she moves, he finds her, RO breach at her workplace", [
    crime("m10a", "04/09/2025 11:00", "", "8L", "Harassment", """
        IP reports ex-husband Stephen BIRCH (divorced 2023) still rings her daily and sends
        letters to her work. IP says 'he won't accept it's over'. IP thinks he had words of
        advice in 2024 but no record found. IP would like him warned.""",
          m("cdonnelly"), m("sbirch", "BIRCH, Steve"), rel="ex-partner", da="Y", flags="DA",
          fu=F(team="NPT", risk="standard", risk_d=2, out="1", out_d=150)),
    crime("m10b", "12/12/2025 14:25", "", "8R", "Malicious communications", """
        IP recd a Christmas card at her new address (moved in Oct to get away from ex-husband)
        signed 'Steve x' with 'found you' written inside. IP distraught, has only given the
        new address to family and work. Now signed off work with anxiety.""",
          m("cdonnelly", "DONNELLY, Claire", pc="NG4 2ER"), m("sbirch", "BIRCH, Stephen"),
          rel="ex-partner", da="Y", flags="DA", fu=F(team="DAIU", risk="medium", risk_d=5)),
    crime("m10c", "07/07/2026 18:05", "06/07/2026", "", "Breach of restraining order", """
        Susp subject of RO (Nottm Mags 02/04/26 on conviction, no contact with IP, not to enter
        Carlton). IP reports he was at the bus stop opposite her work on 06/07 at 1700 when she
        finished, stared at her then walked off. Colleague also saw him. IP back at work only
        2 weeks.""",
          m("cdonnelly", "Clare Donnelly", pc="NG4 2ER"), m("sbirch", "Stephen BIRCH"),
          rel="ex-partner", da="Y", flags="DA", fu=F(team="Response")),
])

# -- 11. regular customer fixated on a barista
person("cmarsh", "Chloe Marsh", "11/11/2001", "NG1 7HN")
person("nupton", "Neil Upton", "27/01/1968", "NG8 3LS")
course("missed_stalking", "customer_fixated_on_barista", "cmarsh", "nupton",
       "customer camps in the cafe on her shifts, asks where she lives, follows her to the bus", [
    crime("m11a", "10/07/2026 16:40", "", "8L", "Harassment - PHA 1997", """
        Manager of Costa, Long Row calling on behalf of staff member (IP). Male customer
        (known to staff as Neil) comes in most days IP is on shift and sits there 3-4 hrs with
        one drink, watching her. He has asked other staff what time she finishes and where she
        lives. Last Thurs he was waiting outside when she locked up at 1900. IP is 24 and says
        he gives her the creeps. Manager has banned him, he came back the next day.""",
          m("cmarsh", "MARSH, Chloe"), m("nupton", "UPTON, Neil", dob=""), rel="stranger",
          da="N", fu=F(team="NPT")),
    crime("m11b", "03/08/2026 19:30", "", "125/12", "Section 5 Public Order", """
        IP finished work 1900 and was followed to Broadmarsh bus stn by the male who had been
        banned from the cafe. He stood behind her in the queue saying 'why are you being like
        this Chloe, I only want to be friends'. IP got on the bus and he tried to get on too,
        driver shut doors. IP now has her partner collect her from work.""",
          m("cmarsh", "Chloe MARSH"), m("nupton", "Neil UPTON"), rel="acquaintance", da="N",
          fu=F(team="Response", out="21", out_d=11)),
])

# -- 12. former patient fixated on his GP: letters, online reviews about her, outside her home
person("amehta", "Anjali Mehta", "25/06/1982", "NG12 4BT")
person("sroyce", "Simon Royce", "10/04/1975", "NG2 7JY")
course("missed_stalking", "patient_fixated_on_gp", "amehta", "sroyce",
       "struck-off patient writes to his GP for a year, posts about her, then appears at her "
       "home", [
    crime("m12a", "17/03/2026 10:10", "", "8R", "Malicious Communications", """
        Practice manager reports that a former patient (Simon ROYCE, removed from list Jan 26
        for abusive behaviour) has written 5 letters to Dr MEHTA since Dec. Letters are long,
        rambling, say they have a 'special understanding' and that she 'owes him an
        explanation'. The latest says he knows she drives a white Qashqai. Letters retained by
        practice.""",
          m("amehta", "Dr Anjali MEHTA", dob=""), m("sroyce"), rel="acquaintance", da="N",
          fu=F(team="NPT", out="10", out_d=30)),
    crime("m12b", "22/07/2026 09:45", "", "",
          "Sending communication conveying grossly offensive message - s127(1) CA 2003", """
        Dr MEHTA reports a number of posts on Google reviews, Facebook and a blog written in
        her name with her photo, saying she is having an affair with a patient and giving
        the name of her children's school. Posts are under different names but the wording is
        the same as the letters from her former patient ROYCE.""",
          m("amehta", "MEHTA, Anjali"), m("sroyce", "ROYCE, Simon"), rel="acquaintance",
          da="N", fu=F(team="Crime Bureau")),
    crime("m12c", "09/08/2026 20:15", "", "8L", "Harassment", """
        IP (a GP) came home to find a male sitting on the wall at the end of her drive. Her
        husband went out and the male said he was 'waiting for Anjali'. Male left on foot
        towards Radcliffe Rd. IP identified him from practice photo as former patient Simon
        Royce. IP's home address is not public. IP now has a panic alarm fitted at work.""",
          m("amehta", "Anjali Mehta"), m("sroyce", "Simon ROYCE", dob="swap"),
          rel="acquaintance", da="N", fu=F(team="NPT", risk="medium", risk_d=3)),
])

# -- 13. student fixated on his lecturer
person("fmcall", "Fiona McAllister", "09/04/1977", "NG9 3NN")
person("ogrant", "Oliver Grant", "30/10/2003", "NG7 1QA")
course("missed_stalking", "student_fixated_on_lecturer", "fmcall", "ogrant",
       "student emails a lecturer daily, waits outside her office, then turns up at her house", [
    crime("m13a", "06/05/2026 15:30", "", "8R", "Malicious communications", """
        University security refer. Senior lecturer (IP) has recd over 150 emails from a 2nd yr
        student since Feb, first about coursework then increasingly personal, including
        comments on what she wore in lectures. Uni has restricted him to contact via the
        head of dept. He has since emailed from a personal gmail. Student named as Oliver
        GRANT.""",
          m("fmcall", "McALLISTER, Fiona"), m("ogrant", "GRANT, Oliver"), rel="acquaintance",
          da="N", fu=F(team="Crime Bureau")),
    crime("m13b", "15/07/2026 08:20", "14/07/2026", "8L", "Harassment", """
        IP states the student she reported in May has been suspended but was sat on the bench
        outside her office window on 3 days last week, and on 14/07 was at her front door at
        2200 asking if they could 'talk properly now he isn't her student'. IP's partner told
        him to leave. IP has no idea how he got her address.""",
          m("fmcall", "Fiona MCALLISTER", pc=""), m("ogrant", "Ollie Grant", dob=""),
          rel="acquaintance", da="N", fu=F(team="NPT", risk="standard", risk_d=1)),
])

# -- 14. rejected suitor from church
person("gofori", "Grace Ofori", "18/01/1988", "NG6 0DD")
person("sboateng", "Samuel Boateng", "02/02/1983", "NG6 8LW")
course("missed_stalking", "rejected_suitor_church", "gofori", "sboateng",
       "church member proposes, is refused, then letters, calls and an outburst at her door", [
    crime("m14a", "12/07/2026 14:00", "", "8L", "Harassment", """
        IP attends the same church as susp. He asked her to marry him in April, she said no.
        Since then he has written her letters (8 or 9), phoned her about 10 times a day and
        told people at church they are engaged. Pastor has spoken to him. IP wants it to stop
        but is worried about community fallout from police involvement.""",
          m("gofori"), m("sboateng", "BOATENG, Samuel"), rel="acquaintance", da="N",
          fu=F(team="NPT", out="16", out_d=6)),
    crime("m14b", "28/08/2026 21:50", "", "125/9", "Public Order Act s4A", """
        999 call. Male banging on IP's door shouting that she has 'dishonoured him'. Male
        (Sam BOATENG) still there on arrival, arrested s4A. IP states this is the same man she
        reported in July who she thought had stopped after the pastor spoke to him. He has been
        parking on her road in the evenings for the last couple of weeks.""",
          m("gofori", "Grace OFORI"), m("sboateng", "Sam BOATENG"), rel="acquaintance", da="N",
          fu=F(team="Response", out="1", out_d=2)),
])

# -- 15. 18 year olds: Snap Map monitoring, fake accounts, her photos shared
person("eparkes", "Ellie Parkes", "12/05/2008", "NG16 2HX")
person("kjennings", "Kai Jennings", "20/01/2007", "NG16 3AR")
course("missed_stalking", "young_ex_snapchat_monitoring", "eparkes", "kjennings",
       "teen ex watches her on Snap Map, makes fake accounts, shares a private image", [
    crime("m15a", "18/07/2026 17:05", "", "8R", "Malicious Communications", """
        IP (18) reports ex bf Kai JENNINGS keeps msging her on Snapchat from new accounts
        every time she blocks him, at least 6 accounts now. He comments on where she's been
        (he can see her on snap map), eg 'enjoy maccies with your mates?'. IP has turned
        ghost mode on and he is still turning up where she is.""",
          m("eparkes", "PARKES, Ellie"), m("kjennings"), rel="ex-partner", da="Y", flags="DA",
          fu=F(team="NPT", risk="standard", risk_d=0)),
    crime("m15b", "06/08/2026 20:30", "", "",
          "Disclosing private sexual photographs and films with intent to cause distress", """
        IP's friend sent her a screenshot of an Instagram story posted by an account called
        'ellie_exposed_x' showing an intimate image IP only ever sent to her ex Kai. Account
        also listed her college and the times of her lessons. IP's mum present, IP very
        distressed and hasn't been to college since.""",
          m("eparkes", "Ellie Parkes"), m("kjennings", "JENNINGS, Kai"), rel="ex-partner",
          da="Y", flags="DA", fu=F(team="CID", plan="Y")),
    crime("m15c", "27/08/2026 16:15", "", "8R", "Malicious Communications", """
        IP recd msgs from unknown number: 'you cant hide from me ellie'. Mum believes it is the
        ex again.""",
          m("eparkes", "Elle PARKES", dob=""), rel="ex-partner", da="Y", flags="DA",
          fu=F(team="Crime Bureau", out="14", out_d=10)),
])

# -- 16. estranged husband gets into her iCloud, turns up where she is, damages her bike
person("jclarke", "Joanne Clarke-Owen", "21/11/1985", "NG14 5FE", ids=2)
person("mowen", "Martin Owen", "07/07/1982", "NG14 6GG")
course("missed_stalking", "husband_icloud_location", "jclarke", "mowen",
       "separated husband uses her iCloud to know where she is and turns up there", [
    crime("m16a", "01/07/2026 12:00", "", "", "Computer Misuse Act - unauthorised access", """
        IP separated from husband Martin OWEN in April. She has had login alerts on her iCloud
        from a device she doesn't own and her location sharing was switched on without her
        knowing. Husband has referred to things in her iMessages. Apple account password
        changed with officer present.""",
          m("jclarke", "CLARKE-OWEN, Joanne"), m("mowen"), rel="ex-partner", da="Y", flags="DA",
          fu=F(team="Crime Bureau", risk="standard", risk_d=0)),
    crime("m16b", "19/07/2026 13:45", "", "8L", "Harassment", """
        IP out with friends at a garden centre in Calverton when estranged husband appeared
        and sat at the next table. He said nothing but kept looking over. Same thing at her
        sister's BBQ the week before (he was not invited). IP states he seems to know where she
        is all the time even after she changed her passwords.""",
          m("jclarke", "Jo OWEN", nid=2), m("mowen", "OWEN, Martin"), rel="ex-partner", da="Y",
          flags="DA", fu=F(team="NPT")),
    crime("m16c", "11/08/2026 07:50", "", "58D", "Criminal damage - other", """
        IP's bicycle locked in her front garden has had both brake cables cut overnight. IP only
        noticed when she went to ride to work. Nothing else damaged on the street. IP thinks
        it's her ex but can't prove it.""",
          m("jclarke", "CLARKE, Joanne", nid=2), rel="ex-partner", da="Y", flags="DA",
          fu=F(team="Crime Bureau", out="18", out_d=5)),
])

# -- 17. ex orders takeaways and taxis to his house, fake dating profile, reports to his employer
person("sgill", "Sandeep Gill", "13/09/1979", "LE11 2PJ")
person("kallen", "Kirsty Allen", "29/05/1986", "LE12 7XR")
course("missed_stalking", "ex_orders_goods_fake_profile", "sgill", "kallen",
       "female ex orders deliveries to his address, fake dating profile, false reports to "
       "employer", [
    crime("m17a", "23/07/2026 21:20", "", "8L", "Harassment", """
        IP has had 11 takeaways and 4 taxis turn up at his address over 2 weeks that he hasn't
        ordered, mostly late at night. Some orders paid cash on delivery so drivers angry.
        IP thinks it's his ex Kirsty (split Feb) as one order had her old nickname for him in
        the notes. IP has 2 young children living with him who are being woken up.""",
          m("sgill", "GILL, Sandeep"), m("kallen", "ALLEN, Kirsty"), rel="ex-partner", da="Y",
          flags="DA", fu=F(team="NPT")),
    crime("m17b", "04/08/2026 10:30", "", "",
          "Improper use of electronic communications network", """
        IP reports a profile on a gay dating app using his photos and his mobile no., he is
        getting calls and explicit pics from men at all hours. He has also been told by HR
        that someone rang his employer alleging he was taking drugs at work. IP believes
        ex-partner Kirsty ALLEN behind all of it. She has been seen driving past his house.""",
          m("sgill", "Sandeep GILL"), m("kallen", "Kirsty ALLEN"), rel="ex-partner", da="Y",
          flags="DA", fu=F(team="Crime Bureau", out="15", out_d=60)),
])

# -- 18. ex-husband's false reports to social services, community FB posts, loiters at school
person("kshaw", "Kelly Shaw", "04/04/1991", "NG19 7AA")
person("dshaw", "Darren Shaw", "08/07/1989", "NG18 1UU")
course("missed_stalking", "ex_husband_vexatious_reports", "kshaw", "dshaw",
       "ex-husband (no contact order in place) makes false referrals, posts about her, loiters at "
       "school gates", [
    crime("m18a", "02/07/2026 11:30", "", "8L", "Harassment", """
        IP states ex-husband has made 3 referrals to childrens services about her since Feb,
        all closed NFA. He has also rung the police twice for 'welfare checks' on the kids,
        both times the children were fine. Child arrangements order says contact via
        solicitors only. IP feels he is 'trying to break her'.""",
          m("kshaw"), m("dshaw"), rel="ex-partner", da="Y", flags="DA",
          fu=F(team="DAIU", risk="medium", risk_d=14)),
    crime("m18b", "21/07/2026 20:10", "", "8R", "Malicious Communications", """
        Posts made on a Mansfield community Facebook group naming IP, saying she is a drunk
        and neglects her kids, with a photo of her house. Posted by Darren SHAW's account.
        Several neighbours have asked IP about it.""",
          m("kshaw", "SHAW, Kelly Marie"), m("dshaw", "SHAW, Darren"), rel="ex-partner", da="Y",
          flags="DA", fu=F(team="DAIU")),
    crime("m18c", "10/09/2026 15:40", "", "8L", "Harassment", """
        School reports ex-husband (not allowed to collect, contact through solicitors) has
        been standing across the road from the school gates at home time on at least 4 days
        since term started, filming on his phone as IP collects the kids. IP now gets her
        dad to collect.""",
          m("kshaw", "Kelly SHAW"), m("dshaw", "Darren SHAW", dob="swap"), rel="ex-partner",
          da="Y", flags="DA", fu=F(team="DAIU")),
])

# -- 19. after 35 years: ex-husband sits outside in his car, letters, damages her garden
person("mholloway", "Margaret Holloway", "30/01/1956", "NG10 1EA")
person("dholloway", "Dennis Holloway", "22/05/1952", "NG10 3LH")
course("missed_stalking", "older_ex_husband_watching", "mholloway", "dholloway",
       "separated husband of 35 years watches her from his car, letters, destroys her garden", [
    crime("m19a", "14/07/2026 10:00", "", "8L", "Harassment", """
        IP (70) reports her husband of 35 yrs, who she separated from in January, parks across
        the road most evenings and just sits there. He also pushes letters through her door,
        some pleading, some saying she has ruined his life. IP's son present, says his dad has
        'always been controlling'. IP does not want him arrested, just wants him to leave her
        alone.""",
          m("mholloway", "HOLLOWAY, Margaret"), m("dholloway", "HOLLOWAY, Dennis"),
          rel="ex-partner", da="Y", flags="DA",
          fu=F(team="NPT", risk="standard", risk_d=0, sup="Age UK", sup_d=2)),
    crime("m19b", "03/08/2026 09:15", "02/08/2026", "58D", "Criminal damage", """
        IP woke to find all the plants in her front garden pulled up and her bird table
        smashed. IP says her husband built the bird table. Neighbour heard noise about 0200
        but didn't look out.""",
          m("mholloway", "Maggie Holloway", dob=""), rel="unknown",
          fu=F(team="Crime Bureau", out="18", out_d=2)),
    crime("m19c", "25/08/2026 18:20", "", "8R", "Malicious communications", """
        IP's son reports his mum recd a letter from his dad saying 'I watch you every night,
        I know you've had a man round'. The man was a plumber. IP too upset to speak to
        officer today, son has the letter.""",
          m("mholloway", "Margaret HOLLOWAY"), m("dholloway", "Dennis HOLLOWAY"),
          rel="ex-partner", da="Y", flags="DA", fu=F(team="NPT")),
])

# -- 20. same-sex ex-partner
person("sbrennan", "Sophie Brennan", "08/06/1995", "NG1 1DE")
person("ltravers", "Leah Travers", "27/12/1994", "NG5 1QQ")
course("missed_stalking", "same_sex_ex_partner", "sbrennan", "ltravers",
       "same-sex ex: messages, appears at her local, assault when she ignores her", [
    crime("m20a", "09/08/2026 12:40", "", "8R", "Malicious comms", """
        IP reports her ex gf Leah TRAVERS sending abusive and pleading msgs, IP estimates 30+
        a day since they split 3 wks ago. Some threaten to out IP to her family. IP has
        blocked her on everything but Leah msgs IP's friends asking where she is.""",
          m("sbrennan", "BRENNAN, Sophie"), m("ltravers"), rel="ex-partner", da="Y", flags="DA",
          fu=F(team="NPT", risk="standard", risk_d=1)),
    crime("m20b", "29/08/2026 23:40", "", "", "Assault - common", """
        IP was in the Lace Market bar with friends when ex Leah TRAVERS walked in, came straight
        over and when IP ignored her, threw a drink in her face and pulled her hair. Bar staff
        removed susp. IP says Leah doesn't go to that bar and must have found out from a
        mutual friend's story. 3rd time in 2 weeks Leah has turned up where IP is.""",
          m("sbrennan", "Sophie Brennan"), m("ltravers", "TRAVERS, Leah"), rel="ex-partner",
          da="Y", flags="DA", fu=F(team="Response", out="8", out_d=19)),
])

# -- 21. four separate breaches of a restraining order
person("dplatt", "Donna Platt", "11/03/1983", "NG21 9PD")
person("whibbert", "Wayne Hibbert", "01/10/1980", "NG21 0BE", ids=2)
course("missed_stalking", "ro_breaches_four", "dplatt", "whibbert",
       "four RO breaches recorded one by one: letter via friend, walks past, withheld calls, "
       "daughter", [
    crime("m21a", "03/07/2026 13:10", "", "", "Breach of restraining order", """
        Susp released from HMP Lowdham Grange 12/06. RO in place (indefinite, Nottm Crown Ct
        2024) no contact with IP. IP recd a letter via a mutual friend from susp saying he has
        changed and wants to see her.""",
          m("dplatt"), m("whibbert", "HIBBERT, Wayne"), rel="ex-partner", da="Y", flags="DA",
          fu=F(team="Response", out="1", out_d=68)),
    crime("m21b", "16/07/2026 19:00", "", "", "Breach of restraining order", """
        IP saw ex-partner walk past her house twice this evening, looking in. Exclusion zone is
        the whole of Rainworth. Obs on susp.""",
          m("dplatt", "PLATT, Donna"), m("whibbert", "HIBBERT, Wayne", nid=2), rel="ex-partner",
          da="Y", flags="DA", fu=F(team="Response")),
    crime("m21c", "30/07/2026 08:30", "", "",
          "Breach of a restraining order - Sentencing Act 2020 Sec 363", """
        IP has had 14 calls from a withheld number since Sunday, no one speaks but she can
        hear breathing. IP believes it is Wayne.""",
          m("dplatt", "Donna PLATT"), rel="ex-partner", da="Y", flags="DA",
          fu=F(team="Crime Bureau", out="18", out_d=13)),
    crime("m21d", "12/08/2026 16:00", "", "", "Breach of restraining order", """
        IP's daughter (16) stopped in the street by Wayne HIBBERT who gave her a birthday card
        for her mum and said 'tell her I'm not going anywhere'. Daughter distressed. IP says she
        can't keep reporting every little thing and feels nothing happens.""",
          m("dplatt", "PLATT, Donna", dob="swap"), m("whibbert", "Wayne Hibbert", dob=""),
          rel="ex-partner", da="Y", flags="DA; Repeat victim",
          fu=F(team="DAIU", risk="high", risk_d=3, plan="Y")),
])

# -- 22. stranger from the bus: remarks, then follows her into her workplace, then waits daily
person("zali", "Zainab Ali", "06/02/1998", "NG8 5HB")
person("mfenwick", "Mark Fenwick", "17/09/1970", "NG8 4EE")
course("missed_stalking", "stranger_from_bus", "zali", "mfenwick",
       "stranger on her commute, unknown at first then identified, follows and waits for her", [
    crime("m22a", "07/07/2026 09:05", "", "125/12", "Public Order Act 1986 s5", """
        IP reports male on the 35 bus into town this morning moved to sit next to her and made
        comments about her hijab and said she has 'lovely eyes'. IP got off early. Male
        white, 50s, grey beard, hi-vis jacket. Not known to IP.""",
          m("zali", "ALI, Zainab"), rel="stranger", flags="Hate",
          fu=F(team="Crime Bureau", out="18", out_d=8)),
    crime("m22b", "29/07/2026 08:55", "", "8L", "Harassment", """
        IP states same male from the bus (reported earlier this month) has been on her bus most
        mornings since and last Mon and today followed her off the bus and into the reception of
        her office. Security took his details - Mark FENWICK. He told security he just wanted to
        'say hello properly'. IP now taking a taxi to work which she can't afford.""",
          m("zali", "Zainab ALI"), m("mfenwick", "FENWICK, Mark"), rel="stranger", da="N",
          fu=F(team="NPT", risk="standard", risk_d=6)),
])

# -- 23. ex-partner rings her new workplace, waits in reception, then ABH in the car park
person("jmorris", "Jade Morris", "23/07/1996", "NG17 8TT")
person("creid", "Callum Reid", "05/05/1993", "NG17 4PL")
course("missed_stalking", "ex_partner_workplace_abh", "jmorris", "creid",
       "ex rings her new work, sits in reception, then assaults her in the car park (ABH "
       "principal)", [
    crime("m23a", "13/07/2026 17:20", "", "125/9", "S4A Public Order", """
        IP's employer (care home, Sutton) rang in. IP's ex Callum REID has rung the home 20+
        times in a week asking for IP, and today sat in reception for an hour refusing to leave
        until manager said she'd call police. IP moved jobs in June partly to get away from
        him.""",
          m("jmorris", "MORRIS, Jade"), m("creid", "REID, Callum"), rel="ex-partner", da="Y",
          flags="DA", fu=F(team="Response", risk="standard", risk_d=2)),
    crime("m23b", "22/07/2026 22:15", "", "", "Assault occasioning actual bodily harm s47", """
        IP leaving work at end of late shift. Ex-partner was waiting by her car in the staff
        car park, grabbed her by the throat against the car and said 'you don't get to just
        disappear'. Colleague came out and he ran off. Red marks to neck photographed, IP
        declined hospital. Susp wanted. DASH high, MARAC referral.""",
          m("jmorris", "Jade MORRIS"), m("creid"), rel="ex-partner", da="Y", flags="DA",
          fu=F(team="DAIU", risk="high", risk_d=0, plan="Y", sup="IDVA; MARAC", sup_d=1)),
])

# -- 24. ex leaves flowers and soft toys on her car and at the kids' school, then paints the car
person("lhunt", "Lisa Hunt", "26/10/1987", "NG22 9QR")
person("aspencer", "Andrew Spencer", "12/12/1984", "NG22 8AB")
course("missed_stalking", "ex_partner_gifts_then_damage", "lhunt", "aspencer",
       "unwanted gifts on her car and via the children's school, then paint stripper on the car", [
    crime("m24a", "16/07/2026 12:30", "", "8L", "Harassment", """
        IP reports ex-partner (Andy SPENCER, split Easter) has been leaving flowers, teddies
        and cards on her car windscreen, at her work and at home, 2 or 3 times a week. He also
        dropped presents off at the children's primary school for them (he is not their dad).
        IP has asked him to stop by text more than once. Not threatening but IP finds it
        unsettling - he always knows where her car is parked.""",
          m("lhunt", "HUNT, Lisa"), m("aspencer", "SPENCER, Andy"), rel="ex-partner", da="Y",
          flags="DA", fu=F(team="NPT", risk="standard", risk_d=0, out="16", out_d=21)),
    crime("m24b", "14/08/2026 08:10", "", "58C", "Criminal Damage to Vehicle", """
        Paint stripper poured over bonnet and roof of IP's car o/s home address overnight.
        Last week IP told ex-partner via solicitor letter to stop leaving gifts. No witnesses.""",
          m("lhunt", "Lisa Hunt"), rel="unknown", fu=F(team="Crime Bureau", out="18", out_d=4)),
])

# -- 25. gaming contact he never met travels to his mum's house
person("bclark", "Bradley Clark", "03/03/2000", "NG12 2RR")
person("tvickers", "Tanya Vickers", "19/08/1998", "S40 1LW")
course("missed_stalking", "online_gaming_contact_travels", "bclark", "tvickers",
       "online-only contact messages his family, then travels to find him", [
    crime("m25a", "20/07/2026 14:55", "", "8R", "Malicious communications", """
        IP (26) met female online playing Call of Duty, they chatted for about a year but have
        never met. IP stopped talking to her in May. She has since messaged him from dozens
        of accounts, messaged his mum and sister on FB and sent his mum a msg saying IP had
        got her pregnant, which IP says is impossible. Female known as Tanya, lives
        Chesterfield.""",
          m("bclark", "CLARK, Bradley"), m("tvickers", "Tanya", dob="", pc="", nid=""),
          rel="online contact", da="N", fu=F(team="Crime Bureau")),
    crime("m25b", "08/08/2026 21:05", "", "8L", "Harassment", """
        Female (Tanya VICKERS, Chesterfield) turned up at IP's mum's house in Radcliffe asking
        for IP, said she had come on the train to 'sort things out'. Mum refused to give her
        IP's address. Female sat on the wall outside for 2 hrs. IP came round later, she had
        gone. Female was not invited and has never been given the address.""",
          m("bclark", "Bradley CLARK"), m("tvickers", "VICKERS, Tanya"), rel="online contact",
          da="N", fu=F(team="NPT", out="21", out_d=40)),
])

# -- 26. TikTok creator: comments, works out her street, turns up at her door
person("alee", "Amber Lee", "14/09/2001", "NG9 6AZ")
person("jmoran", "Jake Moran", "02/04/1989", "DN22 7QP")
course("missed_stalking", "online_creator_found_address", "alee", "jmoran",
       "follower of a small TikTok creator messages her constantly, identifies her street, "
       "visits", [
    crime("m26a", "25/07/2026 11:00", "", "8R", "Malicious Communications", """
        IP has approx 8k followers on TikTok. One account (user 'j_moran89') comments on every
        video within minutes of posting and DMs her daily, recently msgs have become sexual
        and he says she 'owes' him for all his support. He posted a comment naming the park
        where she films. IP has blocked him, he has come back on 2 new accounts.""",
          m("alee", "LEE, Amber"), m("jmoran", "j_moran89", dob="", pc="", nid=""),
          rel="online contact", da="N", fu=F(team="Crime Bureau", out="14", out_d=20)),
    crime("m26b", "18/09/2026 19:45", "", "8L", "Harassment - PHA", """
        Male knocked on IP's door at 1900 and said 'it's Jake from TikTok'. IP shut the door
        and rang 999. Male gone on arrival. IP has never posted her address but thinks he
        worked it out from the park and a video of her car. Checks show a Jake MORAN of
        Retford linked to the username. IP now not filming.""",
          m("alee", "Amber LEE"), m("jmoran", "MORAN, Jake"), rel="online contact", da="N",
          fu=F(team="NPT", risk="medium", risk_d=1)),
])

# -- 27. female ex threatens suicide if he doesn't reply, turns up at his mum's
person("gpatel", "Gareth Patel", "18/02/1991", "LE4 9HH")
person("ssummers", "Stacey Summers", "03/11/1992", "NG4 3GQ")
course("missed_stalking", "ex_partner_suicide_threats_contact", "gpatel", "ssummers",
       "female ex uses suicide threats to force contact, turns up at his mother's and his work", [
    crime("m27a", "05/08/2026 18:00", "", "8R", "Malicious communications", """
        IP reports his ex (Stacey SUMMERS) sends messages saying she will kill herself if he
        doesn't reply, then when he does reply she calls him names. IP has called welfare
        checks on her twice. Also she has turned up at his mum's and his work. IP wants it to
        stop, doesn't want her in trouble.""",
          m("gpatel", "PATEL, Gareth"), m("ssummers", "SUMMERS, Stacey"), rel="ex-partner",
          da="Y", flags="DA", fu=F(team="NPT", risk="standard", risk_d=0)),
    crime("m27b", "26/08/2026 12:15", "", "8R", "Malicious Communications", """
        Further msgs from ex-partner 20-25 Aug, over 300, incl photos of IP's car at his work
        and at the gym with 'saw you x'. IP now willing to support.""",
          m("gpatel", "Gaz Patel", dob=""), m("ssummers", "Stacey Summers"), rel="ex-partner",
          da="Y", flags="DA", fu=F(team="DAIU")),
])

# -- 28. ex enters her flat and reads her diary; broken window; he tells her what she wrote
person("rwebb", "Rebecca Webb", "10/06/1990", "NG5 4JF", ids=2)
person("ptaylor", "Paul Taylor", "04/09/1988", "NG5 2PE")
course("missed_stalking", "ex_partner_entry_diary", "rwebb", "ptaylor",
       "ex keeps a key, goes through her things, damage with no suspect, then quotes her diary", [
    crime("m28a", "02/07/2026 19:30", "", "", "Burglary - residential dwelling", """
        IP returned home to find the back door unlocked. Nothing stolen, but her bedside drawer
        had been gone through and her laptop moved. No forced entry. IP's ex-partner Paul
        TAYLOR may still have a key, IP not sure. Locks to be changed.""",
          m("rwebb", "WEBB, Rebecca"), m("ptaylor", "TAYLOR, Paul"), rel="ex-partner", da="Y",
          flags="DA", fu=F(team="CID", out="15", out_d=30)),
    crime("m28b", "20/07/2026 06:50", "", "58A", "Criminal damage to a dwelling", """
        Bedroom window of IP's ground floor flat cracked, looks like a stone. Happened in the
        night. IP did not hear anything. No suspect.""",
          m("rwebb", "Becky Webb", nid=2), rel="unknown",
          fu=F(team="Crime Bureau", out="18", out_d=1)),
    crime("m28c", "06/08/2026 20:20", "", "8L", "Harassment", """
        IP states ex Paul TAYLOR sent her a text quoting word for word something she wrote in
        her diary after the locks were changed in July. IP now thinks he has been in the flat
        more than once. She has found the back window latch broken. IP sleeping at her
        sister's.""",
          m("rwebb", "Rebecca WEBB", nid=2), m("ptaylor", "Paul TAYLOR"), rel="ex-partner",
          da="Y", flags="DA", fu=F(team="DAIU", risk="medium", risk_d=4)),
])

# -- 29. delivery driver uses a customer's address from his round
person("ewright", "Emily Wright", "30/08/1994", "NG16 1BD")
person("sdyer", "Scott Dyer", "13/07/1985", "NG16 5LX")
course("missed_stalking", "delivery_driver_customer", "ewright", "sdyer",
       "parcel courier keeps calling at a customer's house off-duty and leaves notes", [
    crime("m29a", "17/07/2026 15:10", "", "8L", "Harassment", """
        IP says a delivery driver (Evri) who delivers to her street has started knocking on her
        door without a parcel, 3 times in 10 days, asking if she wants to go for a drink. Last
        time he left a note with his number saying 'I know you live on your own, I could keep
        you company'. IP has contacted Evri who have identified him as Scott DYER.""",
          m("ewright", "WRIGHT, Emily"), m("sdyer", "DYER, Scott"), rel="stranger", da="N",
          fu=F(team="NPT")),
    crime("m29b", "04/08/2026 22:00", "", "125/12", "Public order - section 5", """
        IP saw a male standing at her back gate at 2150 when she put the bins out. Male said
        'don't be like that' and walked off down the alley. IP is sure it's the Evri driver
        (not in uniform). Has not been delivering to her street since she complained.""",
          m("ewright", "Emily WRIGHT", pc=""), m("sdyer", "Scott DYER", dob=""),
          rel="stranger", da="N", fu=F(team="Response", out="14", out_d=26)),
])

# -- 30. ex-wife receives abusive messages in bank-transfer references
person("lkhan", "Leila Khan", "08/12/1989", "NG3 2DP")
person("rkhan", "Rizwan Khan", "21/03/1984", "NG3 7EF")
course("missed_stalking", "ex_husband_bank_transfer_messages", "lkhan", "rkhan",
       "after being blocked everywhere, ex sends 1p transfers with messages in the reference", [
    crime("m30a", "11/07/2026 10:20", "", "8R", "Malicious communications", """
        IP has blocked ex-husband on every platform. He has now sent her 47 bank transfers of
        1p each with messages in the payment reference e.g. 'ANSWER ME', 'I SEE YOU', 'BITCH'.
        IP has shown the officer her banking app. Bank notified.""",
          m("lkhan", "KHAN, Leila"), m("rkhan", "KHAN, Rizwan"), rel="ex-partner", da="Y",
          flags="DA", fu=F(team="NPT", risk="standard", risk_d=0)),
    crime("m30b", "31/07/2026 16:30", "", "8L", "Harassment", """
        Since bank closed the transfer route ex-husband has been sending letters to IP's mum and
        last Friday sat in his car outside IP's work for most of the afternoon. IP told her
        manager who saw him. 'He just won't stop'.""",
          m("lkhan", "Leila KHAN", dob="swap"), m("rkhan", "Rizwan KHAN"), rel="ex-partner",
          da="Y", flags="DA", fu=F(team="NPT", sup="Juno Women's Aid", sup_d=3)),
])

# -- 31. fake accounts posing as her: posts purporting to come from the victim
person("hbaxter", "Holly Baxter", "05/05/1999", "NG15 8JJ")
person("cwalsh", "Connor Walsh", "22/09/1997", "NG15 9DF")
course("missed_stalking", "ex_partner_impersonation_accounts", "hbaxter", "cwalsh",
       "ex makes accounts pretending to be her, posts explicit offers with her number", [
    crime("m31a", "21/07/2026 18:35", "", "",
          "Sending letters etc with intent to cause distress or anxiety", """
        IP reports an Instagram account has been set up in her name with her photos, posting
        that she is 'available' and giving her mobile no. IP has had dozens of messages from
        strangers. IP believes ex-partner Connor WALSH did it as it uses photos only he had.""",
          m("hbaxter", "BAXTER, Holly"), m("cwalsh", "WALSH, Connor"), rel="ex-partner", da="Y",
          flags="DA", fu=F(team="Crime Bureau")),
    crime("m31b", "09/08/2026 13:00", "", "",
          "Improper use of public electronic comms network", """
        A 2nd fake account in IP's name (Facebook) has messaged her employer and her friends
        with offensive messages that look like they are from her. Employer has suspended her
        pending investigation. IP in tears on phone.""",
          m("hbaxter", "Holly BAXTER"), m("cwalsh", "Connor WALSH", dob=""), rel="ex-partner",
          da="Y", flags="DA", fu=F(team="Crime Bureau")),
    crime("m31c", "02/09/2026 11:45", "", "8L", "Harassment", """
        IP reports ex Connor was loitering by the postbox on her road Sat and Sun, she saw
        him from her window. He doesn't live in the area. This follows the fake accounts reported
        previously. IP has now moved back to her parents'.""",
          m("hbaxter", "BAXTER, Holly", pc="NG15 6QL"), m("cwalsh", "WALSH, Connor"),
          rel="ex-partner", da="Y", flags="DA", fu=F(team="NPT", risk="medium", risk_d=0)),
])

# -- 32. estranged father will not accept his adult daughter cutting contact
person("lcooper", "Lauren Cooper", "29/06/1997", "NG2 5AL")
person("gcooper", "Graham Cooper", "11/01/1965", "NG18 4NS")
course("missed_stalking", "estranged_father_adult_daughter", "lcooper", "gcooper",
       "father fixated on daughter who cut contact: letters, her work, her new flat", [
    crime("m32a", "24/06/2026 12:00", "", "8L", "Harassment", """
        IP cut contact with her father a year ago after years of what she describes as
        emotional abuse. He has since sent her over 40 letters and cards, contacted her
        friends, and rung her workplace pretending to be a client. She has asked him in
        writing to stop.""",
          m("lcooper", "COOPER, Lauren"), m("gcooper", "COOPER, Graham"), rel="family", da="Y",
          flags="DA", fu=F(team="NPT", out="10", out_d=25)),
    crime("m32b", "18/08/2026 19:10", "", "8R", "Malicious Communications", """
        IP has moved flat. A card arrived at the new flat from her dad within a week of moving,
        saying 'a father always knows where his daughter is'. IP is frightened as she has not
        told anyone but 2 friends the address.""",
          m("lcooper", "Lauren COOPER", pc="NG7 4DT"), m("gcooper", "Graham COOPER"),
          rel="family", da="Y", flags="DA", fu=F(team="NPT")),
    crime("m32c", "07/09/2026 08:15", "", "125/9", "Public Order s4a", """
        Father of IP shouting outside her new flat at 0730 'I just want to see my daughter' and
        banging on the communal door. Neighbours came out. Gone on police arrival.""",
          m("lcooper", "COOPER, Lauren", pc="NG7 4DT"), m("gcooper", "COOPER, Graham", dob=""),
          rel="family", da="Y", flags="DA", fu=F(team="Response")),
])

# -- 33. ex-partner threatens to share intimate images unless she meets him
person("kmcbride", "Kerry McBride", "17/12/1993", "NG6 7GS")
person("dhughes", "Dean Hughes", "10/10/1990", "NG6 2KL")
course("missed_stalking", "ex_partner_image_threats_meet", "kmcbride", "dhughes",
       "threat to share images unless she meets him, then waits outside her house", [
    crime("m33a", "28/07/2026 20:00", "", "",
          "Threatening to disclose private sexual photographs", """
        IP's ex Dean HUGHES has told her by text he will send intimate pics of her to her new
        fella and her family unless she meets him 'one last time'. This is the 3rd time this
        month he has demanded a meet. IP refused.""",
          m("kmcbride", "McBRIDE, Kerry"), m("dhughes", "HUGHES, Dean"), rel="ex-partner",
          da="Y", flags="DA", fu=F(team="CID", risk="medium", risk_d=2)),
    crime("m33b", "12/08/2026 23:30", "", "8L", "Harassment", """
        IP rang 101 (CAD 1177) as Dean HUGHES has been parked outside her house in a red Corsa
        for over an hour with lights off. Patrols attended, vehicle gone. IP says he's done this
        several nights since she refused to meet.""",
          m("kmcbride", "Kerry MCBRIDE"), m("dhughes", "Dean Hughes", dob=""), rel="ex-partner",
          da="Y", flags="DA", fu=F(team="Response")),
])

# -- 34. series of tyre damage, never a suspect, until a doorbell camera catches the ex
person("nroberts", "Nicola Roberts", "01/04/1986", "DE7 4SS")
person("jbutler", "Jason Butler", "06/06/1983", "DE75 7LJ")
course("missed_stalking", "serial_tyre_damage_ex", "nroberts", "jbutler",
       "four damage reports filed with no suspect until camera shows the ex; messages show he "
       "knew", [
    crime("m34a", "09/06/2026 07:40", "", "58C", "Criminal damage to motor vehicle", """
        Nearside front tyre of IP's Corsa punctured overnight, screw in sidewall. IP thinks
        deliberate. No suspects.""",
          m("nroberts", "ROBERTS, Nicola"), rel="unknown",
          fu=F(team="Crime Bureau", out="18", out_d=1)),
    crime("m34b", "30/06/2026 08:00", "", "58C", "Criminal damage to motor vehicle", """
        2 tyres punctured again on IP's car, same as earlier this month. IP has had to take time
        off work as she has no way to get there. No witnesses, no CCTV.""",
          m("nroberts", "Nicola Roberts"), rel="unknown",
          fu=F(team="Crime Bureau", out="18", out_d=2)),
    crime("m34c", "21/07/2026 07:25", "", "58C", "Criminal Damage - Vehicle", """
        Tyres deflated again (3rd time). IP mentions she split from partner in May and he has
        texted asking 'car trouble again?'. IP did not tell him about the tyres.""",
          m("nroberts", "Nicky ROBERTS", dob=""), rel="unknown",
          fu=F(team="Crime Bureau", out="18", out_d=3)),
    crime("m34d", "13/08/2026 09:10", "", "58C", "Criminal damage to vehicle", """
        IP fitted a doorbell camera after previous damage. Footage 0240 today shows her ex
        Jason BUTLER crouched by the car for 30 seconds. 2 tyres flat. IP says she is now
        scared to leave the house at night and checks the car every morning.""",
          m("nroberts", "ROBERTS, Nicola", dob="swap"), m("jbutler", "BUTLER, Jason"),
          rel="ex-partner", da="Y", flags="DA", fu=F(team="NPT", out="1", out_d=27)),
])

# -- 35. man from her running club follows her on Strava and waits along her routes
person("cfoster", "Charlotte Foster", "13/02/1992", "NG12 5DD")
person("rhayes", "Richard Hayes", "28/08/1978", "NG12 3PA")
course("missed_stalking", "running_club_strava_waits", "cfoster", "rhayes",
       "club member uses her running app data to wait on her routes", [
    crime("m35a", "03/09/2026 19:40", "", "8L", "Harassment without violence", """
        IP is in a running club. A male member (Richard HAYES) has started appearing on her
        solo runs - standing at points along the canal or in the country park when she comes
        past, 5 or 6 times in August. IP realised he follows her on Strava which shows her
        routes. She has made her account private and since then he has been stood on the
        corner of her street.""",
          m("cfoster", "FOSTER, Charlotte"), m("rhayes", "HAYES, Richard"), rel="acquaintance",
          da="N", fu=F(team="NPT")),
    crime("m35b", "21/09/2026 07:30", "", "125/12", "s.5 Public Order Act", """
        IP out running 0645 on Grantham Canal. Male from running club stepped out from under
        the bridge, blocked the path and said 'why have you blocked me, we're friends'. IP ran
        back the other way. IP now only running on a treadmill.""",
          m("cfoster", "Charlotte Foster"), m("rhayes", "Rich HAYES", dob=""),
          rel="acquaintance", da="N", fu=F(team="Response")),
])

# -- 36. post-separation "controlling or coercive behaviour" record that describes stalking
person("vmoss", "Victoria Moss", "20/02/1988", "NG13 8PX")
person("sgreaves", "Stuart Greaves", "15/11/1984", "NG13 9AJ")
course("missed_stalking", "post_separation_ccb_record", "vmoss", "sgreaves",
       "recorded as CCB after separation: tracking, turning up, contacting her friends", [
    crime("m36a", "14/07/2026 15:00", "", "8U", "Controlling or coercive behaviour", """
        MO summary. IP and susp were together 6 years, 1 child (4). IP left in February and now
        lives with her parents in Bingham. During the relationship susp controlled the
        finances and checked her phone daily. // Since separation susp has continued to monitor
        her: he still has the login for her Google account and has referred to places she has
        been that she hasn't told him about; he has turned up at her parents' house 'to see
        his son' on days outside the agreed contact, at least weekly; he has messaged IP's
        friends and her new colleagues telling them she is mentally unstable; and he sat in
        his car outside her gym on 3 occasions in June. // IP describes feeling 'watched all
        the time'. She has stopped going to the gym and has changed her route to work. DASH
        completed - medium. Referred to IDVA. Investigation plan set: obtain Google account
        logs, statements from parents and friends, contact arrangements via solicitors.""",
          m("vmoss", "MOSS, Victoria"), m("sgreaves", "GREAVES, Stuart"), rel="ex-partner",
          da="Y", flags="DA",
          fu=F(team="DAIU", risk="medium", risk_d=0, plan="Y", sup="IDVA", sup_d=1)),
    crime("m36b", "19/08/2026 12:30", "", "8R", "Malicious Communications", """
        IP's manager recd an email from an anonymous account saying IP is a danger to the
        children she works with. IP believes ex-partner Stuart GREAVES sent it, it repeats what
        he told her friends. Linked to the CCB investigation.""",
          m("vmoss", "Vicky Moss"), m("sgreaves", "Stuart GREAVES"), rel="ex-partner", da="Y",
          flags="DA", fu=F(team="DAIU")),
])

# -- 37. client fixated on his personal trainer
person("kdixon", "Katie Dixon", "02/12/1995", "NG4 4DR")
person("lmarshall", "Liam Marshall", "25/03/1986", "NG3 1BW")
course("missed_stalking", "client_fixated_on_trainer", "kdixon", "lmarshall",
       "PT client cancelled by the trainer keeps booking via other names and waits at her car", [
    crime("m37a", "06/08/2026 13:50", "", "8R", "Malicious communications", """
        IP is a self employed personal trainer. She stopped training a client (Liam MARSHALL)
        in June after he became overfamiliar. He has since booked sessions with her under 2
        false names, sent long voice notes about how they are 'meant to be', and left a review
        on her business page saying she led him on.""",
          m("kdixon", "DIXON, Katie"), m("lmarshall", "MARSHALL, Liam"), rel="acquaintance",
          da="N", fu=F(team="Crime Bureau")),
    crime("m37b", "27/08/2026 20:40", "", "8L", "Harassment", """
        Liam MARSHALL waiting by IP's car in the gym car park when she finished a class at
        2015, 'just wanted to apologise'. IP has seen his car in the car park on 4 nights
        running. Gym manager has banned him. IP has lost clients as she has cut her evening
        sessions.""",
          m("kdixon", "Katie DIXON"), m("lmarshall", "Liam Marshall", dob=""),
          rel="acquaintance", da="N", fu=F(team="NPT", out="16", out_d=30)),
])

# -- 38. former colleague: LinkedIn, then her new employer's reception
person("srahman", "Shabana Rahman", "15/07/1990", "NG9 1FF")
person("pwalters", "Philip Walters", "09/01/1972", "NG11 0AD")
course("missed_stalking", "former_colleague_follows_to_new_job", "srahman", "pwalters",
       "ex-colleague keeps contacting her after she left, then turns up at her new employer", [
    crime("m38a", "15/07/2026 11:40", "", "8R", "Malicious comms", """
        IP left her job in March partly because of an older colleague's unwanted attention.
        Since she left he has messaged her on LinkedIn, Facebook and email, about 90 msgs in
        total, most recently saying she 'owes him a proper goodbye'.""",
          m("srahman", "RAHMAN, Shabana"), m("pwalters", "WALTERS, Philip"), rel="colleague",
          da="N", fu=F(team="Crime Bureau", out="14", out_d=14)),
    crime("m38b", "24/08/2026 17:30", "", "125/12", "Public Order (Section 5)", """
        Male attended reception of IP's new workplace asking for her by name, refused to leave,
        told the receptionist they were 'old friends'. IP named him as Phil WALTERS, her former
        colleague. She never told him where she works now.""",
          m("srahman", "Shabana RAHMAN"), m("pwalters", "Phil WALTERS", dob=""),
          rel="colleague", da="N", fu=F(team="Response")),
])

# -- 39. taxi driver fixated on a regular passenger (nurse on nights)
person("ookoro", "Oluwaseun Okoro", "27/04/1991", "NG5 7WN")
person("aahmed", "Adil Ahmed", "30/12/1980", "NG7 6QS")
course("missed_stalking", "taxi_driver_regular_passenger", "ookoro", "aahmed",
       "private hire driver keeps appearing outside the hospital and her home", [
    crime("m39a", "11/08/2026 08:10", "", "8L", "Harassment", """
        IP is a nurse at QMC. A private hire driver who drove her home a few times in July has
        been waiting outside the hospital when her nights finish and offering free lifts,
        6 or 7 times now. IP has told him no. He messages her on the number she booked with.
        Driver plate 1123, identified by the taxi firm as Adil AHMED.""",
          m("ookoro", "OKORO, Oluwaseun"), m("aahmed", "AHMED, Adil"), rel="stranger", da="N",
          fu=F(team="NPT")),
    crime("m39b", "01/09/2026 07:55", "", "125/9", "Intentional HAD s4A POA", """
        IP states private hire driver was parked on her street when she got home from nights
        this morning and beeped and waved. IP never gave her home address, only ever got
        dropped at the end of the road. Taxi firm have suspended him but he is still doing it
        in his own car. IP frightened to go home.""",
          m("ookoro", "Seun OKORO"), m("aahmed", "Adil AHMED"), rel="stranger", da="N",
          fu=F(team="NPT", risk="medium", risk_d=2)),
])

# -- 40. AirTag in a child's school bag; ex knows where she is; front door damaged
person("tjohnson", "Tara Johnson", "06/10/1992", "NG16 4KL")
person("mgrant", "Marcus Grant", "18/05/1990", "NG16 6XA")
course("missed_stalking", "ex_partner_airtag_child_bag", "tjohnson", "mgrant",
       "AirTag hidden in the child's bag; ex turns up at her friend's; door kicked (unnamed)", [
    crime("m40a", "03/07/2026 16:25", "", "8L", "Harassment", """
        IP found an Apple AirTag sewn into the lining of her son's school bag after her phone
        alerted her an unknown tracker was moving with her. Son has contact with his dad
        (Marcus GRANT) on alternate weekends. IP believes dad put it there to find out where
        she lives now. AirTag seized.""",
          m("tjohnson", "JOHNSON, Tara"), m("mgrant", "GRANT, Marcus"), rel="ex-partner",
          da="Y", flags="DA", fu=F(team="NPT", risk="standard", risk_d=0)),
    crime("m40b", "22/07/2026 22:50", "", "125/9", "Public order s4A", """
        IP was at her friend's house when her ex arrived shouting at the window that she can't
        stop him seeing his son. IP had only been there 20 mins. He has not been told the
        address.""",
          m("tjohnson", "Tara JOHNSON", pc=""), m("mgrant", "Marcus GRANT"), rel="ex-partner",
          da="Y", flags="DA", fu=F(team="Response")),
    crime("m40c", "09/08/2026 03:20", "", "58A", "Criminal damage - dwelling", """
        IP woken by banging, found front door panel kicked in. Nobody seen. IP says she has
        'an idea' who but too scared to say.""",
          m("tjohnson", "JOHNSON, Tara", dob="swap"), rel="unknown",
          fu=F(team="Crime Bureau", out="18", out_d=6)),
])

# -- 41. ex-partner of a gay man sits outside his flat
person("mbell", "Marcus Bell", "11/03/1987", "NG1 5GR")
person("acole", "Adrian Cole", "29/09/1979", "NG1 6HB")
course("missed_stalking", "male_ex_sits_outside_flat", "mbell", "acole",
       "male ex-partner: messages, sits outside the flat, scratches the door", [
    crime("m41a", "08/07/2026 12:05", "", "8R", "Malicious communications", """
        IP reports ex-partner Adrian COLE sending messages calling him 'a whore' and 'worthless'
        since they split in May, along with long ones saying he can't live without him.""",
          m("mbell", "BELL, Marcus"), m("acole", "COLE, Adrian"), rel="ex-partner", da="Y",
          flags="DA", fu=F(team="NPT", risk="standard", risk_d=1, out="16", out_d=9)),
    crime("m41b", "28/07/2026 23:00", "", "8L", "Harassment", """
        IP states ex has been sitting on the steps outside his block most evenings this week,
        and buzzing his flat at 2-3am. Concierge has CCTV of 4 nights.""",
          m("mbell", "Marcus BELL"), m("acole", "Adrian COLE"), rel="ex-partner", da="Y",
          flags="DA", fu=F(team="NPT")),
    crime("m41c", "15/08/2026 09:40", "", "58A", "Criminal damage", """
        'LIAR' scratched into IP's flat door. Concierge CCTV shows Adrian COLE in the corridor
        at 0410.""",
          m("mbell", "BELL, Marcus"), m("acole", "COLE, Adrian", dob=""), rel="ex-partner",
          da="Y", flags="DA", fu=F(team="NPT", out="1", out_d=44)),
])

# -- 42. a common name pairing: Sarah Williams stalked by her ex Michael Jones
person("swilliams1", "Sarah Williams", "19/04/1990", "NG8 2EA")
person("mjones1", "Michael Jones", "07/01/1988", "NG8 6RU")
course("missed_stalking", "ex_partner_common_names", "swilliams1", "mjones1",
       "common names on both sides: ex follows her to the pub, messages, damage to her car", [
    crime("m42a", "10/07/2026 21:30", "", "8R", "Malicious communications", """
        IP says her ex Michael JONES has been sending her hundreds of texts since they split
        in April, mostly at night, telling her she'll regret leaving. She changed her number
        in June, he got the new one within days.""",
          m("swilliams1", "WILLIAMS, Sarah"), m("mjones1", "JONES, Michael"), rel="ex-partner",
          da="Y", flags="DA", fu=F(team="NPT", risk="standard", risk_d=2)),
    crime("m42b", "02/08/2026 22:45", "", "125/9", "S4A POA", """
        Ex-partner turned up at the pub where IP was with her sister, sat at the bar staring
        at her, then followed her into the beer garden calling her names. Landlord asked him to
        leave.""",
          m("swilliams1", "Sarah WILLIAMS"), m("mjones1", "Mick JONES", dob=""),
          rel="ex-partner", da="Y", flags="DA", fu=F(team="Response")),
    crime("m42c", "20/08/2026 07:15", "", "58C", "Criminal damage to a motor vehicle", """
        IP's car scratched down both sides overnight. IP thinks her ex, who has been outside
        her house 'loads' lately.""",
          m("swilliams1", "Sarah Williams", dob=""), rel="unknown",
          fu=F(team="Crime Bureau", out="18", out_d=2)),
])

# -- 43. moved from Derby to escape him; he reappears a year later
person("shall", "Stephanie Hall", "24/11/1993", "DE22 3LP")
person("aturner", "Ashley Turner", "03/02/1991", "DE23 6NN")
course("missed_stalking", "ex_partner_finds_after_move", "shall", "aturner",
       "harassment in 2025, she moves out of the area, he finds her 10 months later", [
    crime("m43a", "14/10/2025 14:20", "", "8L", "Harassment", """
        IP reports ex-partner Ashley TURNER is following her in his car when she walks to work,
        4 times in 2 weeks, and leaving voicemails. Words of advice given to susp by phone.""",
          m("shall", "HALL, Stephanie"), m("aturner", "TURNER, Ashley"), rel="ex-partner",
          da="Y", flags="DA", fu=F(team="NPT", out="10", out_d=20)),
    crime("m43b", "05/08/2026 18:40", "", "8R", "Malicious Communications", """
        IP moved to Nottm last October to get away from ex. Today recd a WhatsApp from a new
        number with a photo of her front door and 'nice place'. IP believes it is Ashley
        TURNER. Very scared, hasn't left house since.""",
          m("shall", "Steph HALL", dob="", pc="NG9 4HW"), m("aturner", "Ashley TURNER"),
          rel="ex-partner", da="Y", flags="DA", fu=F(team="DAIU", risk="high", risk_d=1)),
])

# -- 44. lodger next door watches her garden through a hole he made in the fence
person("bnowicka", "Beata Nowicka", "12/08/1985", "NG10 5TB")
person("gsimms", "Gordon Simms", "05/03/1963", "NG10 5TD")
course("missed_stalking", "neighbour_lodger_fence_hole", "bnowicka", "gsimms",
       "next door's lodger films her garden, cuts a spyhole in the fence, follows her in the "
       "street", [
    crime("m44a", "22/07/2026 19:00", "", "125/12", "Section 5 POA", """
        IP states lodger next door has been filming her in her back garden on his phone over
        the fence while she sunbathes. When she asked him to stop he said it's a free
        country.""",
          m("bnowicka", "NOWICKA, Beata"), m("gsimms", "SIMMS, Gordon"), rel="neighbour",
          da="N", fu=F(team="Response", out="21", out_d=3)),
    crime("m44b", "13/08/2026 17:35", "", "58D", "Criminal damage - fence panel", """
        IP has found a hole cut in the fence panel between her garden and next door's, at eye
        height, with a chair placed behind it on their side. Lodger Gordon SIMMS suspected.""",
          m("bnowicka", "Beata NOWICKA"), m("gsimms", "SIMMS, Gordon"), rel="neighbour",
          da="N", fu=F(team="NPT")),
    crime("m44c", "29/08/2026 12:10", "", "8L", "Harassment", """
        IP says the lodger next door has started walking behind her when she goes to the shops,
        3 times this week, and was standing at the bus stop when she came back from work.
        IP has put up a trellis and keeps blinds down all day. Has asked the council to move
        her.""",
          m("bnowicka", "Beata Nowicka", pc=""), m("gsimms", "Gordon SIMMS", dob=""),
          rel="neighbour", da="N", fu=F(team="NPT")),
])

# -- 45. ex gets friends to follow her and report back (aided conduct)
person("lgordon", "Louise Gordon", "18/09/1994", "NG17 1RA")
person("jreeves", "Jamie Reeves", "23/06/1992", "NG17 9EY")
course("missed_stalking", "ex_partner_uses_friends_to_follow", "lgordon", "jreeves",
       "ex gets his mates to follow and photograph her, then sends her the photos", [
    crime("m45a", "30/07/2026 14:15", "", "8L", "Harassment", """
        IP reports that friends of her ex Jamie REEVES keep turning up at places she is - the
        gym, her local, the Asda - and taking photos of her. Jamie then sends her the photos
        with comments like 'you look tired'. IP feels he is getting his mates to watch her for
        him.""",
          m("lgordon", "GORDON, Louise"), m("jreeves", "REEVES, Jamie"), rel="ex-partner",
          da="Y", flags="DA", fu=F(team="NPT", risk="medium", risk_d=3)),
    crime("m45b", "23/08/2026 15:50", "", "8R", "Malicious Communications", """
        IP recd snap of herself taken through the window of the hairdressers she was sitting
        in at 1400 today, from her ex's account. Caption 'who's the new haircut for'.""",
          m("lgordon", "Louise GORDON"), m("jreeves", "Jamie REEVES"), rel="ex-partner",
          da="Y", flags="DA", fu=F(team="NPT")),
])

# -- 46. four terse log entries about the same ex outside her address
person("kfarrell", "Kayleigh Farrell", "25/01/1998", "NG19 8JS")
person("bwood", "Brandon Wood", "14/12/1996", "NG19 6PQ")
course("missed_stalking", "terse_logs_ex_outside_address", "kfarrell", "bwood",
       "four short records, each a bare line, of the same ex outside her address or messaging", [
    crime("m46a", "04/07/2026 23:45", "", "8L", "Harassment", """
        IP reports ex bf outside address again tonight. Gone on arrival. WA given.""",
          m("kfarrell", "FARRELL, Kayleigh"), m("bwood", "WOOD, Brandon"), rel="ex-partner",
          da="Y", flags="DA", fu=F(team="Response", out="16", out_d=1)),
    crime("m46b", "11/07/2026 00:30", "", "125/12", "Public order s5", """
        Male shouting o/s IP's address. IP states ex. NFA, male left.""",
          m("kfarrell", "Kayleigh Farrell"), m("bwood", "Brandon WOOD", dob=""),
          rel="ex-partner", da="Y", flags="DA", fu=F(team="Response", out="16", out_d=0)),
    crime("m46c", "26/07/2026 22:10", "", "8L", "Harassment", """
        Same as prev. Ex sat on wall o/s. IP doesn't want to make statement, scared.""",
          m("kfarrell", "FARRELL, Kayleigh", dob=""), m("bwood", "WOOD, Brandon"),
          rel="ex-partner", da="Y", flags="DA", fu=F(team="Response", out="16", out_d=2)),
    crime("m46d", "14/08/2026 20:55", "", "8R", "Mal comms", """
        IP recd 30+ msgs from ex tonight saying he's watching the house. Screenshots.""",
          m("kfarrell", "Kayleigh FARRELL"), m("bwood", "WOOD, Brandon"), rel="ex-partner",
          da="Y", flags="DA", fu=F(team="Response")),
])

# -- 47. two threats to kill two weeks apart after she refuses to see him
person("jevans", "Jasmine Evans", "09/03/1996", "NG8 4GX")
person("tmills", "Tyler Mills", "17/11/1994", "NG8 3TA")
course("missed_stalking", "ex_partner_two_ttk_fear", "jevans", "tmills",
       "two threats to kill two weeks apart, she fears violence both times (s4A fear twice)", [
    crime("m47a", "16/08/2026 18:05", "", "3B", "Threats to Kill", """
        IP states ex-partner Tyler MILLS sent voice note saying he will 'slit her throat' if he
        sees her with anyone else. He has been messaging and calling constantly since she ended
        it in July and knows her shift times. IP believes he will do it.""",
          m("jevans", "EVANS, Jasmine"), m("tmills", "MILLS, Tyler"), rel="ex-partner", da="Y",
          flags="DA", fu=F(team="DAIU", risk="high", risk_d=0, plan="Y")),
    crime("m47b", "30/08/2026 02:10", "", "3B", "Threats to kill", """
        Ex-partner (bailed for TTK, condition not to contact IP) rang IP from a friend's phone
        at 0150 saying 'you'll be dead before I go to court'. IP terrified, staying at a
        friend's, has not been to work since the first threat. Susp arrested.""",
          m("jevans", "Jasmine EVANS"), m("tmills", "Tyler MILLS"), rel="ex-partner", da="Y",
          flags="DA", fu=F(team="DAIU", risk="high", risk_d=0, sup="IDVA", sup_d=4)),
])

# -- 48. former best friend: fake reviews of her salon, posts, turns up at the salon
person("dmurphy", "Danielle Murphy", "30/05/1989", "NG5 6BN")
person("cbarker", "Carly Barker", "12/07/1989", "NG5 8SS")
course("missed_stalking", "former_friend_business_reviews", "dmurphy", "cbarker",
       "ex best friend after a fall-out: reviews, posts, watches the salon, follows clients", [
    crime("m48a", "19/07/2026 10:30", "", "8R", "Malicious Communications", """
        IP owns a beauty salon. Since falling out with her former best friend Carly BARKER in
        spring, 30+ one star reviews have appeared from accounts IP links to Carly (same
        phrases), and Carly has posted on FB that IP's salon gives people infections. IP has
        lost bookings.""",
          m("dmurphy", "MURPHY, Danielle"), m("cbarker", "BARKER, Carly"), rel="acquaintance",
          da="N", fu=F(team="Crime Bureau", out="20", out_d=5)),
    crime("m48b", "12/08/2026 16:20", "", "8L", "Harassment", """
        IP reports Carly BARKER has been sitting in her car across from the salon for hours at a
        time, most days for a fortnight, and approached 2 of IP's clients as they left to tell
        them IP is 'a fraud'. IP is anxious all the time and has had panic attacks at work.""",
          m("dmurphy", "Dani MURPHY"), m("cbarker", "Carly BARKER", dob=""),
          rel="acquaintance", da="N", fu=F(team="NPT")),
])

# -- 49. former lodger keeps coming back to his landlady's house
person("pgreen", "Pauline Green", "07/07/1961", "NG9 5PS")
person("kdavies", "Kieran Davies", "16/04/1984", "NG7 1EH")
course("missed_stalking", "former_lodger_returns", "pgreen", "kdavies",
       "evicted lodger keeps returning, letters and peering through her windows", [
    crime("m49a", "26/07/2026 13:00", "", "8L", "Harassment", """
        IP (65) rented a room to susp until May when she asked him to leave due to his
        behaviour. He has since been back to the house 'nearly every other day', knocking,
        looking through the front window and leaving letters saying he loves her. IP lives
        alone. Son present.""",
          m("pgreen", "GREEN, Pauline"), m("kdavies", "DAVIES, Kieran"), rel="acquaintance",
          da="N", fu=F(team="NPT", risk="standard", risk_d=0)),
    crime("m49b", "10/08/2026 06:30", "", "125/12", "Public order s.5", """
        Kieran DAVIES seen in IP's back garden at 0600 by her neighbour, looking in at the
        kitchen window. Left when neighbour shouted. IP now too frightened to sleep
        downstairs.""",
          m("pgreen", "Pauline GREEN"), m("kdavies", "DAVIES, Keiran"), rel="acquaintance",
          da="N", fu=F(team="Response", out="21", out_d=12)),
])

# -- 50. handyman fixated on an older widow, keeps her spare key
person("jbarnes", "Joan Barnes", "14/03/1948", "NG4 2QR")
person("tfletcher", "Trevor Fletcher", "20/10/1966", "NG4 1LD")
course("missed_stalking", "handyman_older_widow", "jbarnes", "tfletcher",
       "handyman visits uninvited daily, keeps a key, lets himself in", [
    crime("m50a", "05/08/2026 11:15", "", "", "Theft from dwelling", """
        IP (78, widow) reports her spare front door key has gone from the hook. Only visitor
        recently is a handyman (Trevor) who did some jobs in the spring. Daughter reports
        mum says he comes round most days uninvited, rings her 'to check on her' several
        times a day and has been seen sitting in his van on her road.""",
          m("jbarnes", "BARNES, Joan"), m("tfletcher", "FLETCHER, Trevor", dob=""),
          rel="acquaintance", da="N", flags="Vulnerable adult", fu=F(team="NPT")),
    crime("m50b", "18/08/2026 10:00", "", "8L", "Harassment", """
        IP's daughter reports her mum woke to find the handyman Trevor FLETCHER standing in
        her hallway at 0700. He said he was 'checking on her'. Locks were not changed after
        key went missing. Adult safeguarding referral made.""",
          m("jbarnes", "Joan BARNES", nid=""), m("tfletcher", "FLETCHER, Trevor"),
          rel="acquaintance", da="N", flags="Vulnerable adult",
          fu=F(team="NPT", sup="Adult social care", sup_d=0)),
])

# -- 51. ex-partner looks her up on the hospital system they both use
person("agibson", "Alison Gibson", "22/12/1986", "NG11 6SX")
person("nperry", "Nathan Perry", "11/11/1983", "NG11 7GQ")
course("missed_stalking", "ex_partner_records_access_followed", "agibson", "nperry",
       "ex who works at the same trust looks up her records and appears wherever she goes", [
    crime("m51a", "20/07/2026 09:30", "", "", "Computer misuse - unauthorised access to data", """
        Trust information governance referral. Audit shows a radiographer (Nathan PERRY)
        accessed the medical record of his ex-partner (IP, also staff) 23 times since April,
        including her new address and appointments. IP says he turned up at her GP surgery on
        the day of an appointment.""",
          m("agibson", "GIBSON, Alison"), m("nperry", "PERRY, Nathan"), rel="ex-partner",
          da="Y", flags="DA", fu=F(team="CID")),
    crime("m51b", "25/08/2026 19:05", "", "8L", "Harassment", """
        IP reports ex (under investigation for records access) continues to appear where she is
        - at the hospital canteen when she is on break, at her sister's road. He has been moved
        to another site but still comes to hers.""",
          m("agibson", "Alison GIBSON", pc="NG2 1RT"), m("nperry", "Nathan PERRY"),
          rel="ex-partner", da="Y", flags="DA", fu=F(team="DAIU", risk="medium", risk_d=0)),
])

# -- 52. man fixated on a PCSO from his neighbourhood
person("hward", "Hayley Ward", "04/01/1993", "NG18 3LL")
person("dkerr", "Douglas Kerr", "19/06/1969", "NG18 5WW")
course("missed_stalking", "fixated_on_pcso", "hward", "dkerr",
       "resident fixated on the local PCSO: letters to the station, waits by her car, finds her "
       "home", [
    crime("m52a", "08/07/2026 14:40", "", "8R", "Malicious communications", """
        PCSO WARD 7751 reports she has recd 12 letters at Mansfield station from a resident she
        dealt with over an ASB matter (Douglas KERR). Letters are romantic in tone, say he
        sees her on patrol and comments on her hair.""",
          m("hward", "PCSO Hayley WARD", dob="", pc=""), m("dkerr", "KERR, Douglas"),
          rel="acquaintance", da="N", fu=F(team="NPT")),
    crime("m52b", "17/09/2026 18:10", "", "8L", "Harassment", """
        IP (police staff) saw KERR in his car outside her home address (not in her work area)
        on 3 evenings this week. IP has never been to his address off duty. Professional
        standards informed.""",
          m("hward", "WARD, Hayley"), m("dkerr", "Doug KERR"), rel="acquaintance", da="N",
          fu=F(team="CID", risk="medium", risk_d=0)),
])

# -- 53. school-run dad fixated on a mum from the class WhatsApp
person("rsingh", "Rupinder Singh", "09/09/1988", "NG2 7EX")
person("kmason", "Karl Mason", "28/02/1985", "NG2 7HB")
course("missed_stalking", "school_parent_fixation", "rsingh", "kmason",
       "father from her son's class messages her privately, then waits at her house", [
    crime("m53a", "01/09/2026 10:10", "", "8R", "Malicious comms", """
        IP got the number of another parent (Karl MASON) from the class WhatsApp group. Over the
        summer he messaged her privately, at first friendly then saying he thinks about her all
        the time and knows her husband works away. IP blocked him. He then messaged from his
        wife's phone.""",
          m("rsingh", "SINGH, Rupinder"), m("kmason", "MASON, Karl"), rel="acquaintance",
          da="N", fu=F(team="Crime Bureau")),
    crime("m53b", "15/09/2026 20:20", "", "8L", "Harassment", """
        Karl MASON knocked at IP's door at 2000 when her husband was away, with flowers. IP
        didn't answer, he stayed on the doorstep 15 mins and then left a note. IP is now taking
        her son to school late to avoid him.""",
          m("rsingh", "Rupinder SINGH"), m("kmason", "MASON, Karl"), rel="acquaintance",
          da="N", fu=F(team="NPT")),
])

# -- 54. photos of her asleep and dead flowers
person("mnewton", "Molly Newton", "17/05/2000", "NG3 4HQ")
person("eford", "Ethan Ford", "02/12/1999", "NG3 5JD")
course("missed_stalking", "ex_partner_photos_dead_flowers", "mnewton", "eford",
       "ex sends a photo of her asleep, then dead flowers left at her door", [
    crime("m54a", "12/08/2026 13:25", "", "8R", "Malicious Communications", """
        IP's ex Ethan FORD sent her a photo of her asleep taken when they were together with the
        message 'I still watch you sleep'. IP blocked him, he sent the same pic via her sister.""",
          m("mnewton", "NEWTON, Molly"), m("eford", "FORD, Ethan"), rel="ex-partner", da="Y",
          flags="DA", fu=F(team="NPT", risk="standard", risk_d=0)),
    crime("m54b", "26/08/2026 08:00", "", "8R", "Malicious communications", """
        Bunch of dead roses left on IP's doormat with a card 'like us'. IP thinks it was her ex.
        She has not seen him but has been 'jumpy' for weeks.""",
          m("mnewton", "Molly NEWTON"), rel="ex-partner", da="Y", flags="DA",
          fu=F(team="Crime Bureau", out="14", out_d=9)),
])

# -- 55. online report forms written by the victim herself
person("aoneill", "Abigail O'Neill", "13/10/1997", "NG15 0ER")
person("rblake", "Robert Blake", "01/08/1992", "NG15 3PW")
course("missed_stalking", "victim_online_reports", "aoneill", "rblake",
       "victim's own online reports in the first person; ex turns up at work and home", [
    crime("m55a", "27/07/2026 22:18", "", "8L", "Harassment", """
        ONLINE REPORT: I would like to report my ex partner Rob Blake. We broke up 2 months ago
        and since then he wont leave me alone. he messages me all day, he has come to my work
        twice and stood outside, and my neighbour said he was outside my house last week when i
        was at work. i have told him to leave me alone loads of times. i dont know what else to
        do.""",
          m("aoneill", "Abigail O'Neill", nid=""), m("rblake", "Rob Blake", dob="", pc="", nid=""),
          rel="ex-partner", da="Y", flags="DA", fu=F(team="Crime Bureau")),
    crime("m55b", "09/08/2026 15:30", "", "8R", "Malicious communications", """
        ONLINE REPORT follow up: he has now made a fake tiktok pretending to be me and is
        posting stuff saying im a cheater. My friends keep sending it me. I reported this
        before (harassment) and no one has called me back.""",
          m("aoneill", "ABIGAIL ONEILL", nid=""), m("rblake", "BLAKE, Robert"),
          rel="ex-partner", da="Y", flags="DA", fu=F(team="Crime Bureau")),
    crime("m55c", "21/08/2026 19:50", "", "125/9", "Public Order s4A", """
        Officer attended. IP's ex Robert BLAKE came to her door demanding she take down her
        posts about him and wouldn't leave, shouting and kicking the door. 3rd time at her
        address. IP has 2 previous online reports. S-DASH not completed, IP too upset.""",
          m("aoneill", "O'NEILL, Abigail"), m("rblake", "BLAKE, Robert"), rel="ex-partner",
          da="Y", flags="DA", fu=F(team="Response", risk="medium", risk_d=0)),
])

# -- 56. apostrophe name and two nominal records for the suspect
person("gprice", "Gemma Louise Price", "21/08/1991", "NG20 8RB")
person("soconnor", "Shane O'Connor", "30/03/1987", "NG20 0AS", ids=2)
course("missed_stalking", "ex_partner_two_nominals", "gprice", "soconnor",
       "ex on two nominal records with name variants: follows her in the car, calls, damage", [
    crime("m56a", "06/07/2026 17:40", "", "8L", "Harassment", """
        IP states since she ended things with Shane O'CONNOR in Feb he keeps driving up behind
        her when she's out walking the dog and crawling alongside. Also calls from withheld
        numbers. IP tearful.""",
          m("gprice", "PRICE, Gemma"), m("soconnor", "O'CONNOR, Shane"), rel="ex-partner",
          da="Y", flags="DA", fu=F(team="NPT", risk="standard", risk_d=3)),
    crime("m56b", "24/07/2026 20:00", "", "8R", "Malicious Communications", """
        IP recd 25 calls last night between 2300 and 0400, all withheld, she answered one and it
        was Shane saying 'pick up or I'll come round'.""",
          m("gprice", "Gemma Louise PRICE"), m("soconnor", "OCONNOR, Shane", nid=2),
          rel="ex-partner", da="Y", flags="DA", fu=F(team="NPT")),
    crime("m56c", "11/08/2026 08:25", "", "58D", "Criminal damage", """
        IP's wheelie bins set alight o/s her house in the night, fence scorched. Fire service
        attended. IP mentions ongoing problems with ex (see other reports).""",
          m("gprice", "Gemma Price", pc=""), rel="unknown",
          fu=F(team="CID", out="18", out_d=28)),
])

# -- 57. course entirely in 2025
person("mlewis", "Melissa Lewis", "11/02/1984", "NG24 1JS")
person("ghill", "Gavin Hill", "23/09/1980", "NG24 3BN")
course("missed_stalking", "ex_partner_2025_only", "mlewis", "ghill",
       "spring 2025 course: notes on her car, then he follows her around the supermarket", [
    crime("m57a", "11/03/2025 10:10", "", "8L", "Harassment", """
        IP reports ex Gavin HILL leaves notes on her car wherever she parks it: at work, the
        leisure centre, her mum's. 9 notes in 3 weeks. IP has kept them.""",
          m("mlewis", "LEWIS, Melissa"), m("ghill", "HILL, Gavin"), rel="ex-partner", da="Y",
          flags="DA", fu=F(team="NPT", out="16", out_d=45)),
    crime("m57b", "02/04/2025 19:15", "", "125/12", "Public order - s5", """
        IP followed round Morrisons by ex-partner who kept appearing in the same aisle, then
        waited at her car. Staff walked her to her car.""",
          m("mlewis", "Mel Lewis"), m("ghill", "HILL, Gavin"), rel="ex-partner", da="Y",
          flags="DA", fu=F(team="Response", out="16", out_d=45)),
])

# -- 58. ex-wife targets her ex-husband's new wife
person("nprice", "Naomi Price", "03/06/1990", "NG12 1AX")
person("jwebster", "Jennifer Webster", "14/02/1979", "NG12 2LU")
course("missed_stalking", "ex_wife_targets_new_wife", "nprice", "jwebster",
       "husband's ex-wife fixated on the new wife: messages, shouting at her house, car keyed", [
    crime("m58a", "13/07/2026 12:20", "", "8R", "Malicious Communications", """
        IP's husband's ex-wife (Jennifer WEBSTER) has been sending IP msgs on FB and Insta from
        several accounts for 3 months calling her a homewrecker and saying she knows her
        routine.""",
          m("nprice", "PRICE, Naomi"), m("jwebster", "WEBSTER, Jennifer"), rel="acquaintance",
          da="N", fu=F(team="Crime Bureau")),
    crime("m58b", "02/08/2026 16:40", "", "125/9", "Public Order Act s4A", """
        Female (Jen WEBSTER) stood outside IP's house shouting that IP stole her husband. IP's
        husband says his ex also drives past most days.""",
          m("nprice", "Naomi PRICE"), m("jwebster", "Jen Webster", dob=""), rel="acquaintance",
          da="N", fu=F(team="Response", out="8", out_d=20)),
    crime("m58c", "30/08/2026 09:00", "", "58C", "Criminal damage to vehicle", """
        IP's car keyed on driveway overnight, 'SLAG' on door. IP says husband's ex.""",
          m("nprice", "Naomi Price", dob="swap"), m("jwebster", "WEBSTER, Jennifer"),
          rel="acquaintance", da="N", fu=F(team="NPT")),
])

# -- 59. listener fixated on a local radio presenter
person("rosman", "Rosie Osman", "10/01/1986", "NG2 1SB")
person("hcarter", "Howard Carter", "05/05/1958", "NG21 7FU")
course("missed_stalking", "listener_fixated_on_presenter", "rosman", "hcarter",
       "listener writes to the station daily, attends her events, then appears on her street", [
    crime("m59a", "21/07/2026 15:20", "", "8R", "Malicious communications", """
        Station manager reports a listener has sent presenter (IP) around 200 emails and letters
        since Jan, and gifts. Tone increasingly possessive - 'you talk to me every morning'.
        Identified as Howard CARTER. He has attended 3 of her outside broadcasts and stood at
        the front all day.""",
          m("rosman", "OSMAN, Rosie"), m("hcarter", "CARTER, Howard"), rel="stranger", da="N",
          fu=F(team="Crime Bureau")),
    crime("m59b", "14/09/2026 18:00", "", "8L", "Harassment", """
        IP saw the listener who writes to the station walking up and down her street this
        evening. She has never mentioned where she lives on air. Neighbour says a man matching
        his description was there yesterday too.""",
          m("rosman", "Rosie OSMAN"), m("hcarter", "CARTER, Howard"), rel="stranger", da="N",
          fu=F(team="NPT", risk="medium", risk_d=0)),
])

# ---------------------------------------------------------------------------
# RECORDED STALKING: at least one crime in the case carries a stalking code, title or flag
# ---------------------------------------------------------------------------

# -- R1. harassment first, reclassified as s2A stalking on the second report; good follow-up
person("ktownsend", "Kate Townsend", "28/03/1989", "NG5 2AP")
person("jdoherty", "James Doherty", "13/01/1986", "NG5 1XX")
course("recorded_stalking", "harassment_then_s2a", "ktownsend", "jdoherty",
       "first report recorded as harassment, second correctly recorded as s2A with screening and "
       "SPO", [
    crime("r01a", "02/07/2026 12:45", "", "8L", "Harassment", """
        IP reports ex-partner James DOHERTY texting and ringing repeatedly since she ended the
        relationship 3 weeks ago, and he has sat outside her flat twice.""",
          m("ktownsend", "TOWNSEND, Katherine"), m("jdoherty", "DOHERTY, James"),
          rel="ex-partner", da="Y", flags="DA", fu=F(team="NPT", risk="standard", risk_d=0)),
    crime("r01b", "17/07/2026 10:05", "", "195/12", "Stalking - PHA 1997 s2A", """
        Further report. Susp has followed IP to work on 3 occasions, left a letter in her
        car and created an Instagram account to view her stories. Previous report re-reviewed
        and course of conduct now recorded as stalking. S-DASH completed (9 yes). Referred to
        Paladin ISAC. SPO to be considered at triage.""",
          m("ktownsend", "Kate TOWNSEND"), m("jdoherty", "James DOHERTY"), rel="ex-partner",
          da="Y", flags="DA; Stalking",
          fu=F(team="DAIU", risk="high", risk_d=0, scr="Y", scr_d=0, plan="Y", sup="Paladin",
               sup_d=1, spo="considered", tri_d=3)),
])

# -- R2. s4A fear of violence, interim SPO granted
person("ahussain", "Amina Hussain", "02/09/1992", "NG7 4PD")
person("fmahmood", "Faisal Mahmood", "25/12/1988", "NG7 5SU")
course("recorded_stalking", "s4a_fear_interim_spo", "ahussain", "fmahmood",
       "s4A fear of violence with interim SPO granted", [
    crime("r02a", "23/07/2026 16:00", "01/06/2026", "8/65",
          "Stalking involving fear of violence - s4A(1)(b)(i)", """
        MO: Susp (ex-fiance) has since June followed IP in his car, waited outside her work,
        sent over 400 msgs incl threats to throw acid in her face, and approached her brother
        to find her new address. IP has feared violence on at least 3 occasions, has moved
        out of her flat and is on sick leave. S-DASH high. Interim SPO application made.""",
          m("ahussain", "HUSSAIN, Amina"), m("fmahmood", "MAHMOOD, Faisal"), rel="ex-partner",
          da="Y", flags="DA; Stalking",
          fu=F(team="DAIU", risk="high", risk_d=0, scr="Y", scr_d=0, plan="Y",
               sup="National Stalking Helpline; IDVA", sup_d=1, spo="interim granted", tri_d=2)),
])

# -- R3. s4A serious alarm or distress (zero-padded code), slow follow-up
person("lsutton", "Lucy Sutton", "06/11/1983", "NG9 8EU")
person("mpalmer", "Mark Palmer", "22/08/1981", "NG9 7BH")
course("recorded_stalking", "s4a_serious_alarm_late_followup", "lsutton", "mpalmer",
       "s4A serious alarm/distress recorded, but screening and referral three weeks late", [
    crime("r03a", "04/08/2026 09:30", "", "008/66",
          "Stalking involving serious alarm or distress", """
        IP's ex-husband has been loitering near her home and her daughter's school for 2 months,
        leaving notes, and has contacted her new partner's employer. IP has given up her job
        and rarely leaves the house. Recorded s4A(1)(b)(ii).""",
          m("lsutton", "SUTTON, Lucy"), m("mpalmer", "PALMER, Mark"), rel="ex-partner", da="Y",
          flags="DA",
          fu=F(team="CID", risk="medium", risk_d=19, scr="Y", scr_d=22, plan="N",
               sup="Victim Support", sup_d=25)),
])

# -- R4. threats to kill principal crime with stalking as an included classification flag
person("bkaur", "Baljit Kaur", "15/10/1994", "LE5 3FG")
person("hsandhu", "Harpreet Sandhu", "08/04/1990", "LE5 6TR")
course("recorded_stalking", "ttk_principal_stalking_flag", "bkaur", "hsandhu",
       "threats to kill recorded as principal crime, stalking flagged as included classification", [
    crime("r04a", "19/08/2026 13:15", "", "3B", "Threats to kill", """
        Ex-partner threatened to kill IP by phone after weeks of following her and turning up at
        her parents' and her gurdwara. Stalking recorded as included classification. Susp
        charged.""",
          m("bkaur", "KAUR, Baljit"), m("hsandhu", "SANDHU, Harpreet"), rel="ex-partner", da="Y",
          flags="DA; Stalking",
          fu=F(team="DAIU", risk="high", risk_d=0, scr="Y", scr_d=1, plan="Y", sup="Paladin",
               sup_d=2, spo="not appropriate", out="1", out_d=3)),
])

# -- R5. stalking title without a code, colleague
person("omensah", "Olivia Mensah", "26/01/1995", "NG1 3AF")
person("trowe", "Timothy Rowe", "12/06/1976", "NG14 7DJ")
course("recorded_stalking", "colleague_stalking_title_only", "omensah", "trowe",
       "workplace stalking recorded by title, code blank", [
    crime("r05a", "29/07/2026 11:20", "", "", "Stalking (s2A Protection from Harassment Act)", """
        Senior colleague has followed IP home from the office twice, sent cards to her home
        address, and waits in the lift lobby for her. Employer investigation under way. Screening
        done.""",
          m("omensah", "MENSAH, Olivia"), m("trowe", "ROWE, Timothy"), rel="colleague", da="N",
          fu=F(team="CID", scr="Y", scr_d=2, plan="Y", sup="Paladin", sup_d=6, spo="considered",
               tri_d=10)),
])

# -- R6. stalking recorded, then a breach of the SPO
person("sdavies", "Samantha Davies", "31/07/1987", "NG17 5QA")
person("rmoore", "Reece Moore", "20/02/1985", "NG17 3BJ")
course("recorded_stalking", "stalking_then_spo_breach", "sdavies", "rmoore",
       "stalking in 2025, full SPO granted, breached in 2026", [
    crime("r06a", "15/09/2025 14:00", "", "195/12", "Stalking", """
        Ex-partner following IP, turning up at her work and her mum's, 60+ calls a day.
        Recorded as stalking. SPO application.""",
          m("sdavies", "DAVIES, Samantha"), m("rmoore", "MOORE, Reece"), rel="ex-partner",
          da="Y", flags="DA; Stalking",
          fu=F(team="DAIU", risk="high", risk_d=0, scr="Y", scr_d=0, plan="Y", sup="IDVA",
               sup_d=1, spo="granted", tri_d=4, out="1", out_d=60)),
    crime("r06b", "02/08/2026 19:40", "", "", "Breach of stalking protection order", """
        Susp (SPO in force until 2027) seen by IP on her street this afternoon, SPO prohibits
        entering her road. IP rang 999. Susp arrested nearby.""",
          m("sdavies", "Sam DAVIES"), m("rmoore", "MOORE, Reece"), rel="ex-partner", da="Y",
          flags="DA", fu=F(team="Response", out="1", out_d=1)),
])

# -- R7. stalking recorded but nothing else done
person("jnorton", "Jessica Norton", "09/12/1998", "NG16 7MW")
person("bharvey", "Ben Harvey", "17/03/1996", "NG16 2TQ")
course("recorded_stalking", "stalking_no_followup", "jnorton", "bharvey",
       "correctly recorded stalking closed in a week with no screening, referral or SPO", [
    crime("r07a", "10/08/2026 20:30", "", "195/12", "Stalking - s2A PHA 1997", """
        Ex bf messaging from multiple accounts, turned up at her uni halls and her part time
        job. IP wants him spoken to.""",
          m("jnorton", "NORTON, Jessica"), m("bharvey", "HARVEY, Ben"), rel="ex-partner", da="Y",
          flags="DA", fu=F(team="NPT", out="16", out_d=6)),
])

# -- R8. online stranger cyberstalking recorded as stalking
person("yzhang", "Yan Zhang", "04/04/1999", "NG7 2RD")
person("pcross", "Peter Cross", "30/11/1990", "LE2 1LT")
course("recorded_stalking", "online_stranger_cyberstalking", "yzhang", "pcross",
       "online stranger, identified later; recorded as stalking with the online contact as "
       "suspect", [
    crime("r08a", "27/08/2026 15:45", "", "195/12", "Stalking", """
        IP (PhD student) targeted for 4 months by an account that comments on all her posts,
        emails her supervisor, and posted her campus timetable. Account linked via Instagram
        subscriber data to Peter CROSS of Leicester. Cyber crime unit assisting.""",
          m("yzhang", "ZHANG, Yan"), m("pcross", "CROSS, Peter"), rel="online contact", da="N",
          flags="Stalking",
          fu=F(team="CID", scr="Y", scr_d=1, plan="Y", sup="National Stalking Helpline",
               sup_d=2)),
])

# -- R9. harassment reports, then stalking recorded on the third
person("rjames", "Rhiannon James", "02/10/1993", "NG10 2BN")
person("cporter", "Christopher Porter", "07/09/1989", "NG10 4LG")
course("recorded_stalking", "third_report_stalking", "rjames", "cporter",
       "two harassment records then a stalking record of the same course", [
    crime("r09a", "07/07/2026 14:35", "", "8L", "Harassment", """
        IP reports ex Chris PORTER has been ringing her from different numbers and turned up at
        her door once.""",
          m("rjames", "JAMES, Rhiannon"), m("cporter", "PORTER, Chris"), rel="ex-partner",
          da="Y", flags="DA", fu=F(team="NPT", risk="standard", risk_d=0)),
    crime("r09b", "28/07/2026 21:00", "", "8R", "Malicious communications", """
        Abusive emails from ex to IP's work address, 15 in one evening.""",
          m("rjames", "Rhiannon JAMES"), m("cporter", "PORTER, Christopher"), rel="ex-partner",
          da="Y", flags="DA", fu=F(team="NPT")),
    crime("r09c", "18/08/2026 10:10", "", "8/66", "Stalking - serious alarm or distress", """
        Reviewed by DS on DA triage: earlier harassment and mal comms reports plus IP's account
        of being followed home from the station show a course of stalking. IP has moved in with
        her parents and reduced her hours. Recorded s4A.""",
          m("rjames", "JAMES, Rhiannon", dob="swap"), m("cporter", "PORTER, Christopher"),
          rel="ex-partner", da="Y", flags="DA; Stalking",
          fu=F(team="DAIU", risk="high", risk_d=0, scr="Y", scr_d=0, plan="Y", sup="IDVA",
               sup_d=0, spo="applied", tri_d=0)),
])

# -- R10. ex and his brother both named on one stalking record
person("fkelly", "Francesca Kelly", "12/12/1991", "NG3 6DX")
person("lwalker", "Luke Walker", "16/05/1990", "NG3 8GP")
person("awalker", "Aaron Walker", "09/10/1993", "NG3 8GP")
crime("r10a", "04/09/2026 17:30", "", "195/12", "Stalking - PHA s2A", """
    Ex-partner Luke WALKER and his brother Aaron have taken turns to sit outside IP's house in
    Luke's car over the last month, and Aaron has tailed her to the gym. Both named as
    suspects.""",
      m("fkelly", "KELLY, Francesca"),
      [m("lwalker", "WALKER, Luke"), m("awalker", "WALKER, Aaron")],
      rel="ex-partner", da="Y", flags="DA; Stalking",
      fu=F(team="DAIU", risk="medium", risk_d=1, scr="Y", scr_d=1, sup="Paladin", sup_d=9))
course("recorded_stalking", "stalking_two_suspects_ex", "fkelly", "lwalker",
       "ex-partner on a stalking record that also names his brother", ["r10a"])
course("recorded_stalking", "stalking_two_suspects_brother", "fkelly", "awalker",
       "the ex's brother, second suspect on the same stalking record", ["r10a"])

# -- R11. classification 8Q only, neighbour
person("eadams", "Eleanor Adams", "21/04/1974", "NG14 6PN")
person("wbaker", "William Baker", "02/01/1960", "NG14 6PT")
course("recorded_stalking", "neighbour_stalking_8q", "eadams", "wbaker",
       "neighbour stalking recorded with classification 8Q", [
    crime("r11a", "11/08/2026 09:50", "", "8Q", "Stalking (fear of violence)", """
        Neighbour has photographed IP coming and going for months, follows her when she walks
        her dog and has told her he knows when she is alone. IP fears he will attack her.""",
          m("eadams", "ADAMS, Eleanor"), m("wbaker", "BAKER, Bill"), rel="neighbour", da="N",
          flags="Stalking",
          fu=F(team="NPT", scr="N", plan="Y", spo="considered", tri_d=30)),
])

# -- R12. stalking recorded in early 2026, victim from the common-name pair
person("mhussain1", "Mohammed Hussain", "04/02/1979", "NG7 3LA")
person("rbegum", "Rukhsana Begum", "22/06/1983", "NG7 3HN")
course("recorded_stalking", "female_stalker_male_victim", "mhussain1", "rbegum",
       "female former colleague stalking a married man; recorded as stalking", [
    crime("r12a", "20/01/2026 15:10", "", "195/12", "Stalking", """
        Former colleague of IP has been turning up at his home and mosque, calling his wife and
        sending letters claiming they are in a relationship. IP is married and says there was
        never any relationship.""",
          m("mhussain1", "HUSSAIN, Mohammed"), m("rbegum", "BEGUM, Rukhsana"),
          rel="colleague", da="N", flags="Stalking",
          fu=F(team="CID", scr="Y", scr_d=4, plan="Y", sup="Victim Support", sup_d=3,
               spo="not appropriate", out="16", out_d=70)),
])

# -- R13. stalking in the title with a typo and no code; earlier unflagged harassment
person("sjackson", "Shannon Jackson", "08/08/1997", "NG19 0BA")
person("lmartin", "Lewis Martin", "23/03/1995", "NG19 9GH")
course("recorded_stalking", "stalking_title_typo", "sjackson", "lmartin",
       "stalking title misspelt, code blank; linked earlier harassment record", [
    crime("r13a", "14/07/2026 18:30", "", "8L", "Harrassment", """
        Ex-partner texting IP and turned up at her work.""",
          m("sjackson", "JACKSON, Shannon"), m("lmartin", "MARTIN, Lewis"), rel="ex-partner",
          da="Y", flags="DA", fu=F(team="NPT")),
    crime("r13b", "05/08/2026 13:20", "", "", "Stalkng - sec 2A PHA", """
        Ex continues to turn up at IP's work and her home, and has messaged her sister 50+
        times. Recorded as stalking per ex-partner rule.""",
          m("sjackson", "Shannon JACKSON"), m("lmartin", "MARTIN, Lewis"), rel="ex-partner",
          da="Y", flags="DA",
          fu=F(team="DAIU", risk="medium", risk_d=3, scr="Y", scr_d=3, sup="IDVA", sup_d=8)),
])

# -- R14. a stranger stalking case closed with no suspect identified
person("cwhite", "Caroline White", "30/09/1985", "NG12 3TU")
course("recorded_stalking", "unidentified_stalker_recorded", "cwhite", None,
       "anonymous letters and a man watching her house; stalking recorded, suspect never "
       "identified", [
    crime("r14a", "22/08/2026 11:00", "", "195/12", "Stalking", """
        IP has received 6 anonymous letters describing what she wore on given days and a man has
        been seen by neighbours watching her house from a parked car. No suspect identified.""",
          m("cwhite", "WHITE, Caroline"), rel="unknown", da="N", flags="Stalking",
          fu=F(team="CID", scr="Y", scr_d=1, plan="Y", sup="Paladin", sup_d=2, out="18",
               out_d=40)),
])

# ---------------------------------------------------------------------------
# NOT STALKING: hard negatives
# ---------------------------------------------------------------------------

# -- N1/N2. hedge and boundary dispute with counter-allegations
person("apearson", "Alan Pearson", "12/05/1958", "NG15 6HF")
person("kdoyle", "Keith Doyle", "27/11/1962", "NG15 6HG")
course("not_stalking", "neighbour_boundary_dispute", "apearson", "kdoyle",
       "long-running hedge/boundary row; both sides report each other; CCTV is for his own drive", [
    crime("n01a", "06/07/2026 10:30", "", "58D", "Criminal damage", """
        IP and neighbour have an ongoing dispute about the boundary hedge (civil matter, both
        have solicitors). IP states neighbour cut his side of the hedge back to the stumps
        while IP was on holiday. Neighbour says hedge is on his land.""",
          m("apearson", "PEARSON, Alan"), m("kdoyle", "DOYLE, Keith"), rel="neighbour", da="N",
          fu=F(team="NPT", out="20", out_d=21)),
    crime("n01b", "24/08/2026 15:00", "", "8L", "Harassment", """
        IP says neighbour Keith DOYLE has put a CCTV camera on his garage that 'points at his
        house'. Officer viewed the camera feed with DOYLE's consent: covers DOYLE's own drive
        and a strip of the pavement. Advice given to both parties re civil remedies and
        mediation. Part of the hedge dispute.""",
          m("apearson", "Alan PEARSON"), m("kdoyle", "DOYLE, Keith"), rel="neighbour", da="N",
          fu=F(team="NPT", out="21", out_d=9)),
])
course("not_stalking", "neighbour_boundary_dispute", "kdoyle", "apearson",
       "the other side of the hedge dispute", [
    crime("n02a", "08/07/2026 18:00", "", "125/12", "Public order s5", """
        Counter-allegation. Keith DOYLE states Alan PEARSON from next door stood on his drive
        shouting and swearing at him about the hedge in front of his grandchildren.""",
          m("kdoyle", "Keith Doyle"), m("apearson", "PEARSON, Alan"), rel="neighbour", da="N",
          fu=F(team="NPT", out="21", out_d=16)),
    crime("n02b", "26/08/2026 09:10", "", "58C", "Criminal damage to vehicle", """
        DOYLE reports a scratch along the side of his car parked on his drive, says it must be
        PEARSON after their argument about the camera. No evidence. Both parties referred to
        community mediation.""",
          m("kdoyle", "DOYLE, Keith"), m("apearson", "PEARSON, Alan", dob=""), rel="neighbour",
          da="N", fu=F(team="NPT", out="18", out_d=6)),
])

# -- N3/N4. parking and noise dispute: Hutchinson v the other Michael Jones
person("shutch", "Sharon Hutchinson", "03/03/1970", "NG8 6RW")
person("mjones2", "Michael Jones", "15/09/1961", "NG8 6RX")
course("not_stalking", "neighbour_parking_dispute", "shutch", "mjones2",
       "parking row between neighbours; a different Michael Jones from the ex-partner case", [
    crime("n03a", "14/07/2026 19:20", "", "125/12", "Section 5 Public Order", """
        IP states neighbour Michael JONES swore at her and called her a 'fat cow' when she
        parked across his dropped kerb. Ongoing parking issues on the street. Both parties
        spoken to.""",
          m("shutch", "HUTCHINSON, Sharon"), m("mjones2", "JONES, Michael"), rel="neighbour",
          da="N", fu=F(team="Response", out="21", out_d=2)),
    crime("n03b", "04/08/2026 12:40", "", "8L", "Harassment", """
        IP reports neighbour (Mike JONES) has put a note on her windscreen about parking for the
        2nd time this month and stands on his step watching when she parks. IP feels
        intimidated. Neighbour says he just wants her to stop blocking his drive. Advice re
        parking given, council parking team informed.""",
          m("shutch", "Sharon HUTCHINSON"), m("mjones2", "Mike JONES"), rel="neighbour",
          da="N", fu=F(team="NPT", out="21", out_d=12)),
])
course("not_stalking", "neighbour_parking_dispute", "mjones2", "shutch",
       "counter-allegation in the parking row", [
    crime("n04a", "05/08/2026 10:15", "", "58C", "Criminal damage - vehicle", """
        Michael JONES reports his wing mirror knocked off, believes neighbour Sharon
        HUTCHINSON did it reversing and drove off. No witnesses.""",
          m("mjones2", "JONES, Michael", pc=""), m("shutch", "HUTCHINSON, Sharon"),
          rel="neighbour", da="N", fu=F(team="Crime Bureau", out="18", out_d=3)),
])

# -- N5/N6. noise complaints in a block of flats
person("ahaddad", "Amira Haddad", "18/12/1995", "NG1 4DQ")
person("jkelly", "Jordan Kelly", "07/04/1992", "NG1 4DQ")
course("not_stalking", "flats_noise_dispute", "ahaddad", "jkelly",
       "noise dispute between flats; notes and banging, no fixation", [
    crime("n05a", "18/07/2026 23:50", "", "125/9", "Public Order s4A", """
        IP (flat 3) says man in flat 7 above banged on her door at 2330 shouting about her
        music. She admits music was on. He has put 2 notes under her door about noise. Both
        parties advised, housing association informed.""",
          m("ahaddad", "HADDAD, Amira"), m("jkelly", "KELLY, Jordan"), rel="neighbour", da="N",
          fu=F(team="Response", out="21", out_d=4)),
])
course("not_stalking", "flats_noise_dispute", "jkelly", "ahaddad",
       "counter-allegations in the noise dispute", [
    crime("n06a", "19/07/2026 11:05", "", "8R", "Malicious communications", """
        Jordan KELLY (flat 7) reports neighbour in flat 3 posted in the residents' FB group that
        he is a 'psycho' after last night. Says she plays music till 3am most weekends and
        he has complained to the housing association 4 times.""",
          m("jkelly", "KELLY, Jordan"), m("ahaddad", "Amira HADDAD"), rel="neighbour", da="N",
          fu=F(team="Crime Bureau", out="21", out_d=10)),
    crime("n06b", "02/08/2026 02:30", "", "125/12", "Public order - s5", """
        Noise complaint escalated, KELLY says IP from flat 3 swore at him on the stairs when he
        asked her to turn it down. Mediation offered by HA.""",
          m("jkelly", "Jordan Kelly"), m("ahaddad", "HADDAD, Amira"), rel="neighbour", da="N",
          fu=F(team="Response", out="21", out_d=1)),
])

# -- N7. co-parenting messages about contact arrangements
person("cwood", "Chelsea Wood", "25/05/1994", "NG19 7PE")
person("rgibbs", "Ryan Gibbs", "01/11/1991", "NG18 2AH")
course("not_stalking", "coparenting_contact_messages", "cwood", "rgibbs",
       "ex-partners with a child arguing by text over contact; messages are about arrangements", [
    crime("n07a", "11/07/2026 14:00", "", "8R", "Malicious communications", """
        IP and ex Ryan GIBBS share care of their 5 yr old. IP reports ex sent her a string of
        texts calling her selfish after she changed the handover time at short notice. IP
        showed messages: all about the contact arrangements, some swearing, no threats. IP says
        he is not like this normally and there are no other issues. Advice given to both re
        using a co-parenting app.""",
          m("cwood", "WOOD, Chelsea"), m("rgibbs", "GIBBS, Ryan"), rel="ex-partner", da="Y",
          flags="DA", fu=F(team="NPT", risk="standard", risk_d=0, out="16", out_d=3)),
    crime("n07b", "22/08/2026 19:30", "", "125/12", "Public Order Act s5", """
        Argument at handover in McDonald's car park over the child's school uniform money,
        raised voices from both. IP says ex called her a 'useless mother'. No violence.
        Both now using the co-parenting app; IP says contact otherwise goes fine.""",
          m("cwood", "Chelsea WOOD"), m("rgibbs", "Ryan GIBBS"), rel="ex-partner", da="Y",
          flags="DA", fu=F(team="Response", risk="standard", risk_d=0, out="21", out_d=5)),
])

# -- N8/N9. handover row: each parent reports the other once
person("dbarton", "Dale Barton", "16/08/1988", "NG5 9DA")
person("lbarton", "Leanne Barton", "02/02/1990", "NG6 3EP")
course("not_stalking", "coparenting_handover_row", "dbarton", "lbarton",
       "father reports mother once at a handover", [
    crime("n08a", "02/08/2026 17:10", "", "", "Common assault", """
        IP (dad) states his ex-wife slapped him at a contact handover when he returned the kids
        an hour late. Kids in the car. Ex-wife admits pushing him away from her door. Both
        agreed handovers will take place at the grandparents' from now.""",
          m("dbarton", "BARTON, Dale"), m("lbarton", "BARTON, Leanne"), rel="ex-partner", da="Y",
          flags="DA", fu=F(team="Response", risk="standard", risk_d=0, out="16", out_d=4)),
])
course("not_stalking", "coparenting_handover_row", "lbarton", "dbarton",
       "mother's counter-report about the same handover", [
    crime("n09a", "02/08/2026 18:40", "", "8R", "Malicious communications", """
        Counter allegation from Leanne BARTON: after the handover her ex sent her a text calling
        her a 'psycho' and saying he'll see her in court. Single message. She does not want
        action, only wants it noted for the family court.""",
          m("lbarton", "BARTON, Leanne"), m("dbarton", "Dale BARTON"), rel="ex-partner", da="Y",
          flags="DA", fu=F(team="Response", out="16", out_d=2)),
])

# -- N10. debt collection agency calls and letters
person("pmcgowan", "Patrick McGowan", "29/03/1967", "NG3 2LU")
org("northgate", "Northgate Recoveries Ltd")
course("not_stalking", "debt_collection_calls", "pmcgowan", "northgate",
       "debt collector's repeated calls and letters about a disputed debt", [
    crime("n10a", "15/07/2026 11:50", "", "8L", "Harassment", """
        IP reports a debt collection company ringing him several times a day and sending letters
        about a phone contract debt he says isn't his. Calls from several numbers. Advised
        this is a civil/regulatory matter, signposted to FCA complaint process and Citizens
        Advice.""",
          m("pmcgowan", "McGOWAN, Patrick"), m("northgate", "Northgate Recoveries Ltd", nid=""),
          rel="unknown", da="N", fu=F(team="Crime Bureau", out="20", out_d=2)),
    crime("n10b", "20/08/2026 10:00", "", "8L", "Harassment", """
        Further report by IP re same debt collectors, now letters threatening doorstep visit.
        Letters seen, standard collection wording. Advice as before.""",
          m("pmcgowan", "Pat McGowan", dob=""), m("northgate", "NORTHGATE RECOVERIES LTD", nid=""),
          rel="unknown", da="N", fu=F(team="Crime Bureau", out="20", out_d=1)),
])

# -- N11. enforcement agent visits
person("cashworth", "Carol Ashworth", "11/12/1972", "NG21 0TF")
person("gfinch", "Gary Finch", "08/07/1975", "")
course("not_stalking", "bailiff_visits", "cashworth", "gfinch",
       "enforcement agent visits three times about council tax arrears", [
    crime("n11a", "09/09/2026 16:30", "", "8L", "Harassment", """
        IP states an enforcement agent (Gary FINCH) has called at her home 3 times in 2 weeks
        about council tax arrears and looked through her windows. Agent's company confirms
        he holds a valid liability order warrant. Visits within hours allowed. IP advised.""",
          m("cashworth", "ASHWORTH, Carol"), m("gfinch", "FINCH, Gary", pc=""), rel="stranger",
          da="N", fu=F(team="Crime Bureau", out="20", out_d=1)),
])

# -- N12. one-off abusive message from an ex, nothing since
person("rhughes", "Ruth Hughes", "07/03/1981", "NG4 3ZL")
person("pwalsh", "Peter Walsh", "19/10/1978", "NG4 4DA")
course("not_stalking", "oneoff_abusive_message_ex", "rhughes", "pwalsh",
       "single abusive text after a break-up; no further contact since", [
    crime("n12a", "01/08/2026 09:20", "", "8R", "Malicious communications", """
        IP recd one text from her ex 2 days after they split calling her a 'frigid cow'. She
        replied telling him not to contact her again and there has been no further contact
        since. IP wanted it logged.""",
          m("rhughes", "HUGHES, Ruth"), m("pwalsh", "WALSH, Peter"), rel="ex-partner", da="Y",
          flags="DA", fu=F(team="Crime Bureau", risk="standard", risk_d=0, out="16", out_d=2)),
])

# -- N13. one-off abusive voicemail from a customer
person("aturner2", "Anna Turner", "14/06/1988", "NG2 3AA")
person("dpage", "David Page", "05/12/1969", "NG10 1AQ")
course("not_stalking", "oneoff_abusive_voicemail_customer", "aturner2", "dpage",
       "one abusive voicemail from a customer after a refund refusal", [
    crime("n13a", "12/08/2026 15:30", "", "8R", "Malicious Communications", """
        IP works in customer services for a kitchen company. Customer (David PAGE) left one
        voicemail calling her a 'useless bitch' after his refund was refused. Company has
        written to him. Nothing since.""",
          m("aturner2", "TURNER, Anna"), m("dpage", "PAGE, David"), rel="stranger", da="N",
          fu=F(team="Crime Bureau", out="21", out_d=7)),
])

# -- N14. one-off abusive Facebook comment
person("bokon", "Blessing Okon", "20/09/1984", "NG6 9JA")
person("tgould", "Terry Gould", "28/02/1955", "NG6 1PS")
course("not_stalking", "oneoff_online_comment", "bokon", "tgould",
       "one racist Facebook comment on a community post; hate crime, not a course of conduct", [
    crime("n14a", "30/07/2026 12:00", "", "",
          "Racially aggravated malicious communications", """
        IP posted in local FB group about a lost dog. Male replied with a racist comment.
        IP does not know him. Comment screenshotted. Male identified via profile.""",
          m("bokon", "OKON, Blessing"), m("tgould", "GOULD, Terry"), rel="stranger", da="N",
          flags="Hate", fu=F(team="NPT", out="8", out_d=25)),
])

# -- N15-N18. online pile-on against a café owner after a viral video: many strangers, once each
person("hcook", "Helen Cook", "09/11/1976", "NG25 0AB")
person("xtroll1", "Darren Pike", "04/04/1983", "WS11 1AA")
person("xtroll2", "Lorraine Fox", "15/05/1966", "BS4 2RR")
person("xtroll3", "Ashley Bond", "30/01/2001", "")
course("not_stalking", "online_pile_on", "hcook", "xtroll1",
       "one of many strangers abusing a café owner once after a viral video", [
    crime("n15a", "22/07/2026 10:45", "", "8R", "Malicious Communications", """
        IP runs a cafe in Southwell. A video of her refusing entry to a customer without a
        mask went viral last week. She has had hundreds of abusive comments and emails from
        strangers all over the country. This report concerns an email from a male in Cannock
        calling her a 'Nazi' and saying he hopes her cafe burns down. Single email.""",
          m("hcook", "COOK, Helen"), m("xtroll1", "PIKE, Darren"), rel="stranger", da="N",
          fu=F(team="Crime Bureau", out="21", out_d=14)),
])
course("not_stalking", "online_pile_on", "hcook", "xtroll2",
       "second stranger in the pile-on, one message", [
    crime("n16a", "22/07/2026 10:55", "", "8R", "Malicious Communications", """
        Part of the viral video abuse. Facebook msg from a female in Bristol, single message,
        calling IP a 'disgrace' and sharing her cafe's address. Sender identified from
        profile.""",
          m("hcook", "Helen COOK"), m("xtroll2", "FOX, Lorraine", pc=""), rel="stranger",
          da="N", fu=F(team="Crime Bureau", out="21", out_d=14)),
])
course("not_stalking", "online_pile_on", "hcook", "xtroll3",
       "third stranger in the pile-on, one voicemail", [
    crime("n17a", "23/07/2026 09:30", "", "", "Improper use of public electronic comms network", """
        One voicemail to the cafe landline from a male giving his name as Ashley BOND, swearing
        about the video. No repeat.""",
          m("hcook", "COOK, Helen"), m("xtroll3", "BOND, Ashley", dob=""), rel="stranger",
          da="N", fu=F(team="Crime Bureau", out="21", out_d=13)),
])
course("not_stalking", "online_pile_on", "hcook", None,
       "anonymous one-line reviews during the pile-on; no suspect", [
    crime("n18a", "24/07/2026 14:20", "", "8R", "Malicious communications", """
        Dozens of fake one star reviews posted on Google about IP's cafe after viral video, all
        from different accounts. No identifiable suspect, Google contacted re removal.""",
          m("hcook", "Helen Cook"), rel="stranger", da="N",
          fu=F(team="Crime Bureau", out="18", out_d=4)),
])

# -- N19. protest outside an MP's constituency office
person("mbrown", "Matthew Brown", "23/10/1972", "NG1 2GS")
person("ppayne", "Polly Payne", "07/06/1990", "NG7 1JB")
course("not_stalking", "protest_mp_office", "mbrown", "ppayne",
       "single protest at an MP's office: public order, political, one occasion", [
    crime("n19a", "17/07/2026 13:10", "", "125/12", "Public Order Act s5", """
        Protest (approx 25 people) outside constituency office of local MP. Female protester
        used a megaphone to shout abuse at the MP's caseworker (IP) as he left the building.
        Female identified by officers at scene. No previous contact with IP.""",
          m("mbrown", "BROWN, Matthew"), m("ppayne", "PAYNE, Polly"), rel="stranger", da="N",
          fu=F(team="Response", out="6", out_d=0)),
])

# -- N20-N23. prolific shoplifter, several stores, some repeatedly
person("dkirk", "Darren Kirk", "10/10/1990", "NG7 7AA", ids=2)
org("tesco", "Tesco Stores Ltd", ids=1)
org("boots", "Boots UK Ltd", ids=1)
org("coop", "Co-operative Group Ltd", ids=1)
org("bandm", "B&M Retail Ltd", ids=1)
course("not_stalking", "prolific_shoplifter", "tesco", "dkirk",
       "repeat shoplifting from the same store: repeated, but acquisitive, not fixated on a "
       "person", [
    crime("n20a", "03/07/2026 12:10", "", "", "Shoplifting", """
        Male selected 6 x steak, 2 x coffee and left without paying. Known to staff, CCTV.
        Identified as Darren KIRK by PCSO.""",
          m("tesco", "Tesco Stores Ltd"), m("dkirk", "KIRK, Darren"), rel="stranger", da="N",
          fu=F(team="Crime Bureau", out="1", out_d=20)),
    crime("n20b", "21/07/2026 16:45", "", "", "Shoplifting", """
        Same male as 03/07 - KIRK - took razor blades and laundry pods concealed in rucksack.
        Detained by security, made off.""",
          m("tesco", "TESCO STORES LIMITED"), m("dkirk", "Darren KIRK", nid=2), rel="stranger",
          da="N", fu=F(team="Crime Bureau", out="1", out_d=2)),
])
course("not_stalking", "prolific_shoplifter", "boots", "dkirk", "one theft from Boots", [
    crime("n21a", "12/07/2026 11:30", "", "", "Theft from shop", """
        Male took £180 of fragrance from display and left. CCTV ID by officer: Darren KIRK.""",
          m("boots", "Boots UK"), m("dkirk", "KIRK, Darren"), rel="stranger", da="N",
          fu=F(team="Crime Bureau", out="1", out_d=11)),
])
course("not_stalking", "prolific_shoplifter", "coop", "dkirk",
       "two thefts from the same Co-op: repeated visits to a store, acquisitive", [
    crime("n22a", "29/07/2026 19:20", "", "", "Shoplifting", """
        Male in store 3rd time this month, took meat and alcohol. Staff know him as Daz. Staff
        member verbally abused when she tried to stop him.""",
          m("coop", "Co-op"), m("dkirk", "Daz KIRK", dob=""), rel="stranger", da="N",
          fu=F(team="Crime Bureau", out="1", out_d=5)),
    crime("n22b", "14/08/2026 08:50", "", "", "Theft - shoplifting", """
        Male KIRK took 4 bottles of spirits. Banned from store. CCTV.""",
          m("coop", "Co-operative Group Ltd"), m("dkirk", "KIRK, Darren"), rel="stranger",
          da="N", fu=F(team="Crime Bureau")),
])
course("not_stalking", "prolific_shoplifter", "bandm", "dkirk", "one theft from B&M", [
    crime("n23a", "02/08/2026 14:00", "", "", "Shoplifting", """
        Garden tools £65 taken, male ran out of fire exit. Described as Darren KIRK (known).""",
          m("bandm", "B&M Retail Ltd"), m("dkirk", "Darren Kirk", nid=2), rel="stranger",
          da="N", fu=F(team="Crime Bureau")),
])

# -- N24. current partner controlling behaviour (living together)
person("ecarter", "Emma Carter", "19/07/1990", "NG10 3QQ")
person("ccarter", "Craig Carter", "02/03/1987", "NG10 3QQ")
course("not_stalking", "current_partner_ccb", "ecarter", "ccarter",
       "current husband, living together: controls money, checks her phone; CCB, not stalking", [
    crime("n24a", "08/08/2026 14:00", "", "8U", "Controlling and coercive behaviour", """
        IP discloses to health visitor that husband controls all the money, gives her £20 a
        week, checks her phone every night and has location sharing on her phone so he can see
        where she is. She isn't allowed to see her friends. They live together with 2 children.
        IP does not want to leave. DASH medium, IDVA referral.""",
          m("ecarter", "CARTER, Emma"), m("ccarter", "CARTER, Craig"), rel="partner", da="Y",
          flags="DA", fu=F(team="DAIU", risk="medium", risk_d=0, plan="Y", sup="IDVA", sup_d=1)),
])

# -- N25. current partner CCB, two records
person("jkhan", "Jasmin Khan", "27/08/1995", "NG2 2BB")
person("ahmedali", "Ahmed Ali", "13/11/1992", "NG2 2BB")
course("not_stalking", "current_partner_ccb", "jkhan", "ahmedali",
       "live-in boyfriend: jealousy, checking, one assault; current partner", [
    crime("n25a", "25/07/2026 22:30", "", "", "Assault - common", """
        Neighbour called. IP and partner (live together) arguing, he pushed her into the
        wardrobe after finding msgs from a male colleague on her phone. Minor red mark. IP says
        he gets jealous, goes through her phone. DASH standard.""",
          m("jkhan", "KHAN, Jasmin"), m("ahmedali", "ALI, Ahmed"), rel="partner", da="Y",
          flags="DA", fu=F(team="Response", risk="standard", risk_d=0, out="16", out_d=3)),
    crime("n25b", "20/08/2026 11:10", "", "8U", "Controlling or coercive behaviour", """
        Follow-up DA visit. IP still in relationship and living with partner. Describes him
        stopping her going out without him, deciding what she wears, making her share her
        location. IP has not left him. DASH reviewed, medium.""",
          m("jkhan", "Jasmin KHAN"), m("ahmedali", "ALI, Ahmed"), rel="partner", da="Y",
          flags="DA", fu=F(team="DAIU", risk="medium", risk_d=0, sup="IDVA", sup_d=2)),
])

# -- N26. workplace grievance: employee's repeated emails to his manager
person("lfranklin", "Lorna Franklin", "04/02/1979", "NG11 9EH")
person("gmcdonald", "Greg McDonald", "22/07/1984", "NG5 5RT")
course("not_stalking", "workplace_grievance_emails", "lfranklin", "gmcdonald",
       "employee under disciplinary emails his manager repeatedly about his case; grievance, not "
       "fixation", [
    crime("n26a", "13/07/2026 16:20", "", "8L", "Harassment", """
        IP is an HR manager. An employee suspended pending a disciplinary (Greg McDONALD) has
        sent her 35 emails in 2 weeks demanding his case papers, copying in the CEO and
        calling the process a stitch-up. Emails go to her work address only and are about
        the disciplinary. IP finds them stressful. Advised employer to manage via single point
        of contact. NFA by police.""",
          m("lfranklin", "FRANKLIN, Lorna"), m("gmcdonald", "McDONALD, Greg"), rel="colleague",
          da="N", fu=F(team="Crime Bureau", out="21", out_d=6)),
    crime("n26b", "03/09/2026 10:40", "", "8R", "Malicious communications", """
        Further report from employer: dismissed employee McDONALD sent an email to HR manager
        calling her 'corrupt and incompetent' after his appeal failed. Emails have otherwise
        stopped. He has lodged an employment tribunal claim. Employer asked only for it to be
        recorded.""",
          m("lfranklin", "Lorna FRANKLIN"), m("gmcdonald", "MCDONALD, Gregory"),
          rel="colleague", da="N", fu=F(team="Crime Bureau", out="21", out_d=3)),
])

# -- N27. journalist doorstepping a family
person("twarren", "Tracey Warren", "11/01/1969", "NG16 3HS")
person("jcollins", "Joe Collins", "", "")
course("not_stalking", "journalist_doorstep", "twarren", "jcollins",
       "reporter knocks twice about a court case involving her son; legitimate newsgathering", [
    crime("n27a", "21/08/2026 12:50", "", "8L", "Harassment", """
        IP says a reporter from a national paper has knocked on her door twice today and put
        a note through asking for comment on her son's court case. He left when asked. IP
        upset. Advised IP re IPSO complaint route. No offence disclosed, recorded at IP's
        insistence.""",
          m("twarren", "WARREN, Tracey"), m("jcollins", "COLLINS, Joe", pc="", nid=""),
          rel="stranger", da="N", fu=F(team="Crime Bureau", out="20", out_d=1)),
])

# -- N28. process server serving divorce papers
person("gdavies", "Graham Davies", "30/06/1974", "NG17 7HB")
person("vross", "Vanessa Ross", "", "")
course("not_stalking", "process_server_visits", "gdavies", "vross",
       "process server attends several times to serve papers; lawful purpose", [
    crime("n28a", "10/09/2026 09:00", "", "8L", "Harassment", """
        IP reports a woman has been to his house 4 times in a week and waited at his work car
        park. Enquiries show she is a process server instructed by his estranged wife's
        solicitors to serve divorce papers, which IP has been avoiding. Advised IP.""",
          m("gdavies", "DAVIES, Graham"), m("vross", "ROSS, Vanessa", pc="", nid=""),
          rel="stranger", da="N", fu=F(team="Crime Bureau", out="20", out_d=2)),
])

# -- N29. mother ringing her adult son about his welfare
person("aoakley", "Adam Oakley", "14/09/2002", "NG7 3QW")
person("soakley", "Susan Oakley", "20/03/1971", "NG24 4AE")
course("not_stalking", "mother_welfare_calls", "aoakley", "soakley",
       "mother calls her adult son repeatedly out of worry for his mental health", [
    crime("n29a", "16/07/2026 13:30", "", "8L", "Harassment", """
        IP (23) says his mum rings him 15-20 times a day since he moved out and turns up at his
        flat with food. Mum spoken to: son has had mental health problems and stopped answering
        her, she was frightened for him. She agreed to text once a day instead. IP happy with
        that.""",
          m("aoakley", "OAKLEY, Adam"), m("soakley", "OAKLEY, Susan"), rel="family", da="Y",
          flags="DA", fu=F(team="NPT", risk="standard", risk_d=0, out="21", out_d=2)),
    crime("n29b", "28/08/2026 21:40", "", "8R", "Malicious communications", """
        IP's mum rang his girlfriend's phone 8 times tonight because IP had not answered hers
        for 3 days. Left voicemail crying and saying he is 'killing her with worry'. Welfare
        concern only; IP says mum means well. Both given advice. Mental health signposting
        for IP.""",
          m("aoakley", "Adam OAKLEY"), m("soakley", "Sue OAKLEY", dob=""), rel="family", da="Y",
          flags="DA", fu=F(team="Response", out="21", out_d=1)),
])

# -- N30. negated: pub assault, no suggestion he followed her
person("kbrown", "Kirsty Brown", "05/06/1997", "NG9 2PW")
person("mhussain2", "Mohammed Hussain", "29/11/1995", "NG7 6DP")
course("not_stalking", "pub_assault_negated_following", "kbrown", "mhussain2",
       "single assault in a pub smoking area; narrative says no suggestion of following; shared "
       "name", [
    crime("n30a", "26/07/2026 01:20", "", "", "Assault occasioning ABH", """
        IP punched in the face in the smoking area of the Dog and Partridge after an argument
        about a lighter. Susp identified by door staff: Mohammed HUSSAIN. IP did not know him;
        there is no suggestion he followed her or had any contact with her before or since.""",
          m("kbrown", "BROWN, Kirsty"), m("mhussain2", "HUSSAIN, Mohammed"), rel="stranger",
          da="N", fu=F(team="CID", out="1", out_d=40)),
])

# -- N31. negated: one threat at a funeral, no further contact since
person("jlawson", "Julie Lawson", "17/01/1975", "NG22 0PH")
person("clawson", "Colin Lawson", "09/09/1973", "NG22 9EN")
course("not_stalking", "oneoff_threat_no_further_contact", "jlawson", "clawson",
       "ex-husband makes a single threat at a family funeral; no further contact since", [
    crime("n31a", "29/07/2026 17:00", "27/07/2026", "125/11", "Fear or provocation of violence", """
        At her father's funeral IP's ex-husband (divorced 8 yrs) told her she would 'get what's
        coming' over the will. IP shaken. They had not spoken for years before this and there
        has been no further contact since. IP wants it recorded in case.""",
          m("jlawson", "LAWSON, Julie"), m("clawson", "LAWSON, Colin"), rel="ex-partner", da="Y",
          flags="DA", fu=F(team="NPT", risk="standard", risk_d=1, out="16", out_d=10)),
])

# -- N32. negated: damage during a single argument over keys
person("hmoore", "Holly Moore", "03/10/1996", "NG3 5PA")
person("jsmith", "Josh Smith", "12/12/1995", "NG3 7LB")
course("not_stalking", "oneoff_damage_ex_negated", "hmoore", "jsmith",
       "ex kicks her car door during the return of keys; one-off, narrative negates other "
       "contact", [
    crime("n32a", "09/08/2026 19:15", "", "58C", "Criminal damage - vehicle", """
        Ex-partner came to collect his belongings as arranged. Argument over the house keys, he
        kicked IP's car door, dent. IP states he has not been turning up at her address or
        messaging her and this was a one-off when tempers were high. Susp admitted and paid
        for repair.""",
          m("hmoore", "MOORE, Holly"), m("jsmith", "SMITH, Josh"), rel="ex-partner", da="Y",
          flags="DA", fu=F(team="Response", risk="standard", risk_d=0, out="8", out_d=8)),
])

# -- N33. negated: a colleague's single comment, nothing outside work
person("nparker", "Niamh Parker", "21/05/2000", "NG1 6FN")
person("scollins", "Stuart Collins", "16/02/1970", "NG9 3BE")
course("not_stalking", "colleague_single_comment", "nparker", "scollins",
       "colleague's single sexual remark at work; no following or messages", [
    crime("n33a", "19/08/2026 14:45", "", "125/12", "Public order - section 5", """
        IP states a colleague made a crude sexual comment about her to others in the staff room.
        Single incident. IP clear there has been no following, no messages outside work and no
        other incidents. Employer dealing under their policy.""",
          m("nparker", "PARKER, Niamh"), m("scollins", "COLLINS, Stuart"), rel="colleague",
          da="N", fu=F(team="Crime Bureau", out="20", out_d=5)),
])

# -- N34. negated: man stares on a train, first and only time
person("tdasilva", "Tatiana Da Silva", "08/08/2003", "NG7 8JJ")
course("not_stalking", "train_staring_oneoff", "tdasilva", None,
       "stranger stares and mutters on a train once; no suggestion of watching before", [
    crime("n34a", "04/09/2026 18:20", "", "125/12", "Public Order s5", """
        IP on the train from Derby. Male opposite stared at her for the whole journey and
        muttered sexual comments. Got off at Beeston. IP had never seen him before and does not
        think he has been watching her; first time. BTP informed.""",
          m("tdasilva", "DA SILVA, Tatiana"), rel="stranger", da="N",
          fu=F(team="Crime Bureau", out="18", out_d=10)),
])

# -- N35. negated: DA single incident, no history
person("kward", "Karen Ward", "15/12/1982", "NG5 8HU")
person("pward", "Phil Ward", "06/04/1980", "NG5 8HU")
course("not_stalking", "da_single_incident_no_history", "kward", "pward",
       "single argument with current husband; DASH standard; no history of following or watching", [
    crime("n35a", "16/08/2026 23:30", "", "", "Assault without injury", """
        IP's husband grabbed her wrist during an argument after a night out, both drunk. IP
        does not support. No history of DA, stalking or harassment between the parties, no
        previous calls. DASH standard, all no.""",
          m("kward", "WARD, Karen"), m("pward", "WARD, Philip"), rel="partner", da="Y",
          flags="DA", fu=F(team="Response", risk="standard", risk_d=0, out="16", out_d=1)),
])

# -- N36. negated: ex messages once about the dog
person("lyoung", "Lydia Young", "26/03/1992", "NG10 2TY")
person("dgreen", "Dominic Green", "31/08/1990", "NG10 4SF")
course("not_stalking", "ex_one_message_about_dog", "lyoung", "dgreen",
       "ex sends a single rude message about the dog they shared; not watching or following", [
    crime("n36a", "13/08/2026 18:30", "", "8R", "Malicious Communications", """
        IP's ex sent one FB message saying she is a 'selfish cow' for keeping the dog. IP says
        he doesn't contact her otherwise, isn't watching or following her, she just wanted him
        told. Words of advice given by phone.""",
          m("lyoung", "YOUNG, Lydia"), m("dgreen", "GREEN, Dominic"), rel="ex-partner", da="Y",
          flags="DA", fu=F(team="Crime Bureau", risk="standard", risk_d=1, out="21", out_d=1)),
])

# -- N37. road rage, the other Mohammed Hussain
course("not_stalking", "road_rage", "mhussain1", None,
       "road rage; victim shares his name with another person in the file", [
    crime("n37a", "18/07/2026 08:35", "", "125/11", "Public Order Act s4", """
        IP cut up at roundabout on the ring road, other driver followed him for half a mile,
        got out at lights and threatened to 'smash his face in'. Partial VRM. No ID.""",
          m("mhussain1", "Mohammed HUSSAIN", dob="swap"), rel="stranger", da="N",
          fu=F(team="Crime Bureau", out="18", out_d=5)),
])

# -- N38-N40. burglaries on one street, unknown offender
person("bfaulkner", "Barry Faulkner", "02/11/1964", "NG4 4PB")
person("ssmith", "Simon Smith", "19/05/1982", "NG4 4PD")
person("lnguyen", "Linh Nguyen", "07/07/1990", "NG4 4PF")
course("not_stalking", "burglary_series_street", "bfaulkner", None,
       "one of three burglaries on a street", [
    crime("n38a", "06/08/2026 07:45", "", "", "Burglary - residential", """
        Rear door forced overnight, laptop and car keys taken, car outside not taken. Similar
        to others on street.""",
          m("bfaulkner", "FAULKNER, Barry"), rel="unknown",
          fu=F(team="CID", out="18", out_d=31)),
])
course("not_stalking", "burglary_series_street", "ssmith", None,
       "one of three burglaries on a street", [
    crime("n39a", "06/08/2026 08:20", "", "", "Burglary - residential", """
        Shed and back door forced, bikes and handbag taken. 2 doors from earlier report.""",
          m("ssmith", "SMITH, Simon"), rel="unknown", fu=F(team="CID", out="18", out_d=31)),
])
course("not_stalking", "burglary_series_street", "lnguyen", None,
       "one of three burglaries on a street", [
    crime("n40a", "13/08/2026 07:05", "", "", "Burglary - residential dwelling", """
        Kitchen window forced, jewellery taken. Same street as burglaries last week.""",
          m("lnguyen", "NGUYEN, Linh"), rel="unknown", fu=F(team="CID", out="18", out_d=24)),
])

# -- N41. indecent exposure, one occasion, unknown male
person("gmitchell", "Georgia Mitchell", "10/04/1999", "NG8 1TT")
course("not_stalking", "exposure_oneoff", "gmitchell", None,
       "single exposure by unknown male in a park", [
    crime("n41a", "20/07/2026 16:10", "", "", "Exposure", """
        IP walking through Wollaton Park, male exposed himself from behind a tree then ran
        towards the lake. Description circulated. Not seen before.""",
          m("gmitchell", "MITCHELL, Georgia"), rel="stranger", da="N",
          fu=F(team="CID", out="18", out_d=22)),
])

# -- N42. racist abuse at a bus stop
person("ibello", "Ibrahim Bello", "01/01/1985", "NG3 1EE")
person("wharrison", "Wayne Harrison", "14/03/1977", "NG3 2FD")
course("not_stalking", "racist_abuse_bus_stop", "ibello", "wharrison",
       "drunk male racially abuses a stranger once at a bus stop", [
    crime("n42a", "01/08/2026 22:05", "", "", "Racially aggravated s5 public order", """
        IP waiting at bus stop on Mansfield Rd, drunk male shouted racist abuse at him. Arrested
        at scene.""",
          m("ibello", "BELLO, Ibrahim", dob=""), m("wharrison", "HARRISON, Wayne"),
          rel="stranger", da="N", flags="Hate", fu=F(team="Response", out="1", out_d=1)),
])

# -- N43. bike theft
person("fholmes", "Finley Holmes", "23/02/2006", "NG7 2RE")
course("not_stalking", "bike_theft", "fholmes", None, "bike stolen from a rack", [
    crime("n43a", "15/09/2026 11:00", "", "", "Theft of pedal cycle", """
        Bike stolen from rack outside Jubilee campus, lock cut. No CCTV.""",
          m("fholmes", "HOLMES, Finley"), rel="unknown", fu=F(team="Crime Bureau", out="18",
                                                             out_d=0)),
])

# -- N44. assault on an emergency worker
person("pcbarker", "Thomas Barker", "", "")
person("cfinney", "Connor Finney", "09/06/1998", "NG5 3DD")
course("not_stalking", "assault_emergency_worker", "pcbarker", "cfinney",
       "officer kicked during an arrest", [
    crime("n44a", "27/08/2026 02:15", "", "", "Assault on emergency worker", """
        PC 2231 BARKER kicked in the leg by detained male during arrest for drunk and
        disorderly. BWV.""",
          m("pcbarker", "PC 2231 BARKER", pc="", nid=""), m("cfinney", "FINNEY, Connor"),
          rel="stranger", da="N", fu=F(team="Response", out="1", out_d=1)),
])

# -- N45. school pupils, one message
person("mpatel", "Maya Patel", "03/05/2011", "NG12 4JX")
person("schild2", "Sienna Reed", "11/11/2010", "NG12 4LP")
course("not_stalking", "school_pupils_oneoff", "mpatel", "schild2",
       "one nasty message between schoolgirls after a falling-out; school dealing", [
    crime("n45a", "09/07/2026 17:30", "", "8R", "Malicious Communications", """
        IP (15) recd a Snapchat msg from a girl in her year calling her ugly and telling her to
        kill herself, after they fell out over a boy. Single message. School informed and
        dealing. Parents don't want police action.""",
          m("mpatel", "PATEL, Maya"), m("schild2", "REED, Sienna"), rel="acquaintance", da="N",
          fu=F(team="NPT", out="22", out_d=14)),
])

# -- N46. landlord chasing rent arrears
person("ojackson", "Owen Jackson", "28/10/1998", "NG7 1LT")
person("rsharpe", "Roger Sharpe", "12/02/1957", "NG12 5EE")
course("not_stalking", "landlord_rent_arrears", "ojackson", "rsharpe",
       "landlord texts and calls round about rent arrears; a money dispute, not fixation", [
    crime("n46a", "05/08/2026 19:00", "", "8L", "Harassment", """
        IP (tenant) says landlord keeps texting demanding 2 months rent arrears and came round
        unannounced to 'inspect' the property. IP admits he owes the rent. Landlord says he has
        given notice and just wants his money. Advised both re Protection from Eviction Act and
        proper notice for visits. Shelter info given to IP.""",
          m("ojackson", "JACKSON, Owen"), m("rsharpe", "SHARPE, Roger"), rel="acquaintance",
          da="N", fu=F(team="NPT", out="21", out_d=3)),
    crime("n46b", "26/08/2026 13:15", "", "125/12", "s5 Public Order", """
        Landlord attended property to change locks following possession order. Argument on
        the doorstep, both swearing at each other. Bailiffs booked by landlord via court.
        Civil matter.""",
          m("ojackson", "Owen JACKSON"), m("rsharpe", "SHARPE, Roger"), rel="acquaintance",
          da="N", fu=F(team="Response", out="21", out_d=0)),
])

# -- N47. online marketplace refund dispute
person("cosullivan", "Ciara O'Sullivan", "06/06/1987", "NG14 5GB")
person("bwalton", "Bryan Walton", "23/04/1974", "S80 2QA")
course("not_stalking", "marketplace_refund_dispute", "cosullivan", "bwalton",
       "buyer sends angry messages about a refund twice; transactional", [
    crime("n47a", "17/07/2026 12:30", "", "8R", "Malicious communications", """
        IP sold a sofa on Facebook Marketplace. Buyer says it was damaged and has messaged her
        demanding his £200 back, calling her a scammer. IP says the sofa was fine.""",
          m("cosullivan", "O'SULLIVAN, Ciara"), m("bwalton", "WALTON, Bryan"), rel="stranger",
          da="N", fu=F(team="Crime Bureau", out="20", out_d=2)),
    crime("n47b", "24/07/2026 09:50", "", "8R", "Malicious communications", """
        Buyer left a review on IP's Marketplace profile calling her a con artist. IP refunded
        him to end it. Both parties happy, no further messages.""",
          m("cosullivan", "Ciara O'Sullivan"), m("bwalton", "WALTON, Bryan"), rel="stranger",
          da="N", fu=F(team="Crime Bureau", out="21", out_d=1)),
])

# -- N48. council housing officer and a frustrated tenant
person("dwhitmore", "Dawn Whitmore", "19/09/1976", "")
person("tokeke", "Tunde Okeke", "10/03/1981", "NG6 2HH")
course("not_stalking", "housing_officer_tenant_complaints", "dwhitmore", "tokeke",
       "tenant repeatedly phones his housing officer about damp; service complaint", [
    crime("n48a", "22/07/2026 11:20", "", "8L", "Harassment", """
        Council housing officer (IP) reports a tenant has rung her direct line 40+ times in 2
        weeks about damp in his flat, sometimes shouting. All calls in office hours, all about
        the repair. Council putting in single point of contact and repair escalated. No
        offence.""",
          m("dwhitmore", "WHITMORE, Dawn", pc=""), m("tokeke", "OKEKE, Tunde"),
          rel="acquaintance", da="N", fu=F(team="NPT", out="21", out_d=2)),
    crime("n48b", "14/08/2026 15:10", "", "125/12", "Public Order - s5", """
        Tenant OKEKE shouted and swore at council reception when told the repair date had slipped
        again. Security escorted him out. He apologised by email the next day. Repair now done.""",
          m("dwhitmore", "Dawn WHITMORE", pc=""), m("tokeke", "OKEKE, Tunde"),
          rel="acquaintance", da="N", fu=F(team="Response", out="21", out_d=1)),
])

# -- N49. siblings fight
person("lcole", "Leon Cole", "18/01/1994", "NG8 2RQ")
person("jcole", "Jermaine Cole", "05/08/1991", "NG8 2RQ")
course("not_stalking", "sibling_fight", "lcole", "jcole", "brothers fight over a family car", [
    crime("n49a", "30/08/2026 20:10", "", "", "Assault occasioning actual bodily harm", """
        Brothers fought in mum's kitchen over who gets to use the car. IP has cut lip. Both
        drinking. IP doesn't support. No previous.""",
          m("lcole", "COLE, Leon"), m("jcole", "COLE, Jermaine"), rel="family", da="Y",
          flags="DA", fu=F(team="Response", risk="standard", risk_d=0, out="16", out_d=1)),
])

# -- N50. drunk man shouting at passers-by
person("rkaur", "Ravinder Kaur", "25/11/1965", "NG9 1BB")
person("sbyrne", "Sean Byrne", "21/12/1988", "")
course("not_stalking", "drunk_stranger_shouting", "rkaur", "sbyrne",
       "drunk stranger shouts at a woman once in the high street", [
    crime("n50a", "11/07/2026 23:15", "", "125/12", "Public Order s5", """
        Drunk male in Beeston high street shouting abuse at passers by incl IP. Arrested for
        D&D, s5 recorded for IP.""",
          m("rkaur", "KAUR, Ravinder"), m("sbyrne", "BYRNE, Sean", dob="", pc=""),
          rel="stranger", da="N", fu=F(team="Response", out="6", out_d=0)),
])

# -- N51. the other Sarah Williams: purse stolen
person("swilliams2", "Sarah Williams", "02/09/1972", "NG16 5PE")
course("not_stalking", "purse_theft_common_name", "swilliams2", None,
       "purse theft; a second Sarah Williams in the file, different DOB and postcode", [
    crime("n51a", "08/08/2026 13:40", "", "", "Theft from the person", """
        IP's purse taken from her open handbag in Kimberley market. Didn't see who.""",
          m("swilliams2", "WILLIAMS, Sarah"), rel="unknown",
          fu=F(team="Crime Bureau", out="18", out_d=1)),
])

# -- N52/N53. youths damaging cars on a street
person("gjohnson", "Glenn Johnson", "16/06/1968", "NG18 4DQ")
person("apoole", "Andrea Poole", "30/04/1979", "NG18 4DS")
course("not_stalking", "youths_vehicle_damage", "gjohnson", None,
       "cars on the street damaged by youths", [
    crime("n52a", "19/07/2026 23:40", "", "58C", "Criminal damage to vehicle", """
        Group of youths seen kicking wing mirrors along the street. IP's mirror broken.""",
          m("gjohnson", "JOHNSON, Glenn"), rel="unknown", fu=F(team="NPT", out="18", out_d=7)),
])
course("not_stalking", "youths_vehicle_damage", "apoole", None,
       "cars on the street damaged by youths", [
    crime("n53a", "19/07/2026 23:55", "", "58C", "Criminal damage to vehicle", """
        Same group as prev report, IP's windscreen wipers snapped.""",
          m("apoole", "POOLE, Andrea"), rel="unknown", fu=F(team="NPT", out="18", out_d=7)),
])

# -- N54. bank impersonation calls
person("dellis", "Derek Ellis", "12/08/1944", "NG11 6AA")
course("not_stalking", "scam_calls", "dellis", None,
       "repeated scam calls claiming to be his bank", [
    crime("n54a", "03/09/2026 10:20", "", "", "Fraud - attempted (courier fraud)", """
        IP (82) had 5 calls over 2 days from a male claiming to be his bank's fraud team asking
        him to withdraw cash for a courier. Daughter intervened. Action Fraud ref given.""",
          m("dellis", "ELLIS, Derek"), rel="unknown", flags="Vulnerable adult",
          fu=F(team="Crime Bureau", out="19", out_d=1)),
])

# -- N55/N56. two schoolgirls reporting each other
person("ebell", "Evie Bell", "14/02/2010", "NG15 7EW")
person("fahmed", "Fatima Ahmed", "22/03/2010", "NG15 7PF")
course("not_stalking", "schoolgirls_mutual_allegations", "ebell", "fahmed",
       "two 16 year olds in a mutual falling-out report each other", [
    crime("n55a", "03/07/2026 16:00", "", "8R", "Malicious communications", """
        IP (16) says a girl from school posted a video mocking her on TikTok. They used to be
        best friends. Other girl says IP started it. School involved.""",
          m("ebell", "BELL, Evie"), m("fahmed", "AHMED, Fatima"), rel="acquaintance", da="N",
          fu=F(team="NPT", out="22", out_d=20)),
])
course("not_stalking", "schoolgirls_mutual_allegations", "fahmed", "ebell",
       "the counter-allegation", [
    crime("n56a", "04/07/2026 10:30", "", "8R", "Malicious Communications", """
        Counter allegation: Fatima AHMED says Evie BELL sent round a screenshot of her private
        chat to their year group. School restorative meeting arranged for both.""",
          m("fahmed", "AHMED, Fatima"), m("ebell", "BELL, Evie"), rel="acquaintance", da="N",
          fu=F(team="NPT", out="22", out_d=19)),
])

# -- N57. a single fan letter
person("nwilson", "Natasha Wilson", "07/10/1983", "")
person("fmorton", "Frank Morton", "19/12/1950", "NG20 9HT")
course("not_stalking", "single_fan_letter", "nwilson", "fmorton",
       "one over-familiar letter to a TV presenter; apologised, nothing since", [
    crime("n57a", "06/08/2026 15:00", "", "8R", "Malicious communications", """
        TV news presenter (IP) recd one letter at the studio from a viewer, over-familiar and
        commenting on her figure. Viewer identified from return address, visited by
        officers, apologised and understood. No previous or further letters.""",
          m("nwilson", "WILSON, Natasha", pc=""), m("fmorton", "MORTON, Frank"),
          rel="stranger", da="N", fu=F(team="NPT", out="21", out_d=6)),
])

# -- N58. followed once from the station, never seen again
person("lmoreno", "Lucia Moreno", "28/01/2002", "NG1 5BN")
course("not_stalking", "followed_once_stranger", "lmoreno", None,
       "single occasion of a stranger following her from the station", [
    crime("n58a", "12/09/2026 00:45", "", "125/12", "Section 5 POA", """
        IP walked from the station at midnight and a male walked behind her for about 5 mins
        making kissing noises, then turned off. IP had not seen him before and hasn't since.
        CCTV requested.""",
          m("lmoreno", "MORENO, Lucia"), rel="stranger", da="N",
          fu=F(team="Crime Bureau", out="18", out_d=14)),
])

# -- N59. ex asks for his belongings back, sorted
person("bhenderson", "Bethany Henderson", "13/03/1999", "NG3 6QS")
person("oshaw", "Oscar Shaw", "24/11/1997", "NG2 3JH")
course("not_stalking", "ex_property_return", "bhenderson", "oshaw",
       "ex's angry voicemail about getting his PlayStation back; returned, no further issues", [
    crime("n59a", "21/08/2026 12:05", "", "8R", "Malicious Communications", """
        IP's ex left an angry voicemail demanding his PlayStation and clothes back, swearing.
        IP agreed to drop them at his mum's. Spoke to IP 2 days later: items returned, no
        further issues, she doesn't want anything done.""",
          m("bhenderson", "HENDERSON, Bethany"), m("oshaw", "SHAW, Oscar"), rel="ex-partner",
          da="Y", flags="DA", fu=F(team="Crime Bureau", risk="standard", risk_d=2, out="16",
                                  out_d=2)),
])

# -- N60. knock-door-run by local children on an older man's door
person("hlloyd", "Harold Lloyd", "05/02/1941", "NG17 6AB")
course("not_stalking", "knock_door_run_asb", "hlloyd", None,
       "children repeatedly knock on an older man's door; ASB, no one fixated on him", [
    crime("n60a", "25/07/2026 20:20", "", "125/12", "Public order s5", """
        IP (85) says local kids keep knocking on his door and running off, most evenings in the
        holidays, and shout names through the letterbox. He finds it frightening. NPT aware of a
        group doing the same on neighbouring streets. Extra patrols.""",
          m("hlloyd", "LLOYD, Harold"), rel="unknown", da="N", flags="Vulnerable adult",
          fu=F(team="NPT", out="18", out_d=21)),
])


# ===========================================================================
# LATER RECORDS in the courses above, second parties, and an exported duplicate
# ===========================================================================

more("lpritch", "cdunmore", [
    crime("m01d", "19/08/2026 15:40", "", "8L", "Harassment", """
        IP states susp has sent friend requests to 2 of her colleagues and messaged one asking
        'is Laura seeing anyone'. Mum's neighbour has also clocked his car parked up near
        mum's house where she is still staying. IP has not been back to her own flat since 2/8.""",
          m("lpritch", "Laura Pritchard", pc="NG3 6AW"), m("cdunmore", "DUNMORE, Craig"),
          rel="ex-partner", da="Y", flags="DA", fu=F(team="DAIU")),
])
more("abegum", "iqureshi", [
    crime("m02d", "03/09/2026 12:25", "", "", "Breach of non molestation order", """
        Parcel of toys and sweets for the children posted to IP's address with a note in
        susp's handwriting. IP says this is at least the 5th breach since April, she is
        exhausted by it.""",
          m("abegum", "BEGUM, Aisha"), m("iqureshi", "QURESHI, Imran", nid=2), rel="ex-partner",
          da="Y", flags="DA", fu=F(team="DAIU")),
    crime("m02e", "20/09/2026 17:05", "", "", "Breach of a non-molestation order", """
        IP doing her shop at Aldi Hyson Green (changed supermarket to avoid him). Ex-husband
        appeared in the aisles and walked behind her round the store without speaking. Left
        when she rang 999. Staff CCTV secured.""",
          m("abegum", "Aisha Begum", dob=""), m("iqureshi", "Imran QURESHI"), rel="ex-partner",
          da="Y", flags="DA", fu=F(team="Response")),
])
more("ekowal", "tnowak", [
    crime("m04d", "28/08/2026 08:30", "", "58A", "Criminal damage to dwelling", """
        Lock on IP's flat door filled with glue overnight and an offensive word in Polish
        written on the door in marker. IP thinks it's her ex. Nobody seen.""",
          m("ekowal", "KOWALCZYK, Ewa"), rel="ex-partner", da="Y", flags="DA",
          fu=F(team="Crime Bureau", out="18", out_d=3)),
])
more("psharma", "koakes", [
    crime("m06d", "14/09/2026 23:20", "", "125/12", "Public order s.5", """
        Male opposite (OAKES) knocked on IP's door at 2300 asking 'to borrow some sugar'. IP
        didn't open the door. She has not spoken to him since the reports and finds it
        frightening that he came to the door at that time.""",
          m("psharma", "Priya SHARMA"), m("koakes", "Kevin OAKES"), rel="neighbour", da="N",
          fu=F(team="Response")),
])
more("cdonnelly", "sbirch", [
    crime("m10d", "02/09/2026 10:45", "", "", "Breach of restraining order", """
        IP's line manager recd a letter addressed to IP, from Stephen BIRCH, asking the manager
        to 'pass on that I only want to talk'. RO prohibits indirect contact.""",
          m("cdonnelly", "DONNELLY, Claire", pc="NG4 2ER"), m("sbirch", "BIRCH, Stephen"),
          rel="ex-partner", da="Y", flags="DA", fu=F(team="DAIU")),
])
more("amehta", "sroyce", [
    crime("m12d", "01/09/2026 07:20", "", "58C", "Criminal damage - motor vehicle", """
        IP's white Qashqai on her driveway has 2 tyres punctured. Doorbell cam at 0335 shows a
        male in a cap by the car, similar build to Simon ROYCE. Footage requested.""",
          m("amehta", "MEHTA, Anjali"), m("sroyce", "ROYCE, Simon"), rel="acquaintance", da="N",
          fu=F(team="NPT", risk="high", risk_d=1)),
])
more("fmcall", "ogrant", [
    crime("m13c", "04/09/2026 14:00", "", "8R", "Malicious Communications", """
        A parcel was delivered to IP's home containing a handwritten 'novel' of about 80 pages
        about a lecturer and a student falling in love. The lecturer has IP's name. Sender
        address is Oliver GRANT's halls.""",
          m("fmcall", "McAllister, Fiona"), m("ogrant", "GRANT, Oliver"), rel="acquaintance",
          da="N", fu=F(team="NPT")),
])
more("jclarke", "mowen", [
    crime("m16d", "30/08/2026 22:30", "", "8L", "Harassment", """
        Estranged husband arrived at the restaurant where IP's work leaving do was being held,
        stood outside the window until staff asked him to leave. IP had not told him about it.
        She has had her phone checked, no tracking apps found this time.""",
          m("jclarke", "Joanne CLARKE-OWEN"), m("mowen", "Martin OWEN"), rel="ex-partner",
          da="Y", flags="DA", fu=F(team="NPT", risk="medium", risk_d=2)),
])
more("kshaw", "dshaw", [
    crime("m18d", "24/09/2026 11:10", "", "8R", "Malicious communications", """
        IP's employer (a primary school) recd an email from Darren SHAW alleging IP takes drugs
        and should not be around children. Head teacher has forwarded it to us. IP says it is
        the latest in a long line.""",
          m("kshaw", "SHAW, Kelly"), m("dshaw", "SHAW, Darren"), rel="ex-partner", da="Y",
          flags="DA", fu=F(team="DAIU")),
])
more("dplatt", "whibbert", [
    crime("m21e", "02/09/2026 18:30", "", "", "Breach of restraining order", """
        Wayne HIBBERT sat on the bench opposite IP's house for 2 hrs. Arrested at scene.
        Charged, remanded.""",
          m("dplatt", "Donna PLATT"), m("whibbert", "HIBBERT, Wayne"), rel="ex-partner", da="Y",
          flags="DA", fu=F(team="Response", out="1", out_d=1)),
])
more("zali", "mfenwick", [
    crime("m22c", "19/08/2026 18:10", "", "125/9", "Public order Act s4A", """
        IP now gets a taxi to work. Tonight FENWICK was waiting at the bus stop at the end of
        her road, which she has never used. He said 'you can't avoid me forever'. IP in
        tears.""",
          m("zali", "ALI, Zainab"), m("mfenwick", "Mark FENWICK"), rel="stranger", da="N",
          flags="Hate", fu=F(team="Response", risk="medium", risk_d=1)),
])
more("lhunt", "aspencer", [
    crime("m24c", "04/09/2026 09:35", "", "8L", "Harassment", """
        Andy SPENCER texted IP 'shame about the car, hope you're ok x' three weeks after the
        paint damage. IP never told him about it and it wasn't on social media.""",
          m("lhunt", "HUNT, Lisa"), m("aspencer", "SPENCER, Andrew"), rel="ex-partner", da="Y",
          flags="DA", fu=F(team="NPT")),
])
more("lkhan", "rkhan", [
    crime("m30c", "20/08/2026 13:00", "", "", "Theft - other", """
        IP's post is going missing from the communal post box. A bank letter addressed to IP
        was later seen photographed on her ex-husband's WhatsApp status.""",
          m("lkhan", "KHAN, Leila"), m("rkhan", "KHAN, Rizwan"), rel="ex-partner", da="Y",
          flags="DA", fu=F(team="Crime Bureau", out="15", out_d=40)),
])
more("nroberts", "jbutler", [
    crime("m34e", "30/08/2026 16:55", "", "8R", "Malicious communications", """
        Day after his interview for the tyre damage, Jason BUTLER sent IP a text 'enjoy walking
        to work'. IP reports feeling watched constantly.""",
          m("nroberts", "Nicola ROBERTS"), m("jbutler", "BUTLER, Jason", dob=""),
          rel="ex-partner", da="Y", flags="DA", fu=F(team="NPT")),
])
more("swilliams1", "mjones1", [
    crime("m42d", "09/09/2026 19:25", "", "8L", "Harassment", """
        IP's sister says Mick JONES has been asking people on the estate where IP works now
        and who she is seeing. IP has seen his car twice near her new job.""",
          m("swilliams1", "WILLIAMS, Sarah"), m("mjones1", "JONES, Michael"), rel="ex-partner",
          da="Y", flags="DA", fu=F(team="NPT")),
])
more("bnowicka", "gsimms", [
    crime("m44d", "16/09/2026 18:45", "", "125/12", "S5 Public Order Act", """
        Gordon SIMMS knocked and handed IP a birthday card. She has never told him her
        birthday. He said 'I know more about you than you think'.""",
          m("bnowicka", "NOWICKA, Beata"), m("gsimms", "SIMMS, Gordon"), rel="neighbour",
          da="N", fu=F(team="NPT")),
])
more("kfarrell", "bwood", [
    crime("m46e", "22/08/2026 23:05", "", "8L", "Harassment", """
        Ex outside again. 3rd time this wk. Arrested, bailed not to attend.""",
          m("kfarrell", "FARRELL, Kayleigh"), m("bwood", "WOOD, Brandon"), rel="ex-partner",
          da="Y", flags="DA", fu=F(team="Response")),
    crime("m46f", "05/09/2026 01:10", "", "58A", "Criminal Damage Dwelling", """
        IP's front window smashed 0100. IP says it's him, on bail not to attend.""",
          m("kfarrell", "Kayleigh Farrell"), m("bwood", "Brandon Wood", dob=""),
          rel="ex-partner", da="Y", flags="DA", fu=F(team="Response")),
])
more("aoneill", "rblake", [
    crime("m55d", "04/09/2026 07:40", "", "58C", "Criminal damage to vehicle", """
        IP's windscreen smashed outside her house overnight. Neighbour saw Rob BLAKE walking
        away at 0230.""",
          m("aoneill", "O'NEILL, Abigail"), m("rblake", "BLAKE, Robert"), rel="ex-partner",
          da="Y", flags="DA", fu=F(team="NPT")),
])
more("rosman", "hcarter", [
    crime("m59c", "26/09/2026 10:00", "", "8R", "Malicious communications", """
        First letter to IP's home address from the listener, containing photos of her house
        and car. 'Now I can write to you properly.'""",
          m("rosman", "OSMAN, Rosie"), m("hcarter", "CARTER, Howard"), rel="stranger", da="N",
          fu=F(team="CID", risk="high", risk_d=0)),
])
more("rwebb", "ptaylor", [
    crime("m28d", "21/08/2026 17:15", "", "", "Theft from dwelling", """
        IP (staying at sister's) went back to her flat and found her spare phone and a photo
        album gone. Back window latch broken again. Ex Paul TAYLOR named.""",
          m("rwebb", "WEBB, Rebecca"), m("ptaylor", "TAYLOR, Paul"), rel="ex-partner", da="Y",
          flags="DA", fu=F(team="CID")),
])
more("tjohnson", "mgrant", [
    crime("m40d", "24/08/2026 16:00", "", "8L", "Harassment", """
        Marcus GRANT turned up at the soft play centre where IP was holding their son's
        birthday party. IP had only told her mum and 2 friends where it was. He stood at the
        window waving at the boy.""",
          m("tjohnson", "Tara JOHNSON"), m("mgrant", "GRANT, Marcus"), rel="ex-partner", da="Y",
          flags="DA", fu=F(team="NPT")),
])
more("hgreen", "gwhitlock", [
    crime("m05d", "02/09/2026 12:10", "", "8R", "Malicious communications", """
        Gary WHITLOCK moved to another site by employer but has sent IP a LinkedIn message:
        'I'll always be here for you, you know where I am'.""",
          m("hgreen", "GREENWOOD, Hannah"), m("gwhitlock", "WHITLOCK, Gary"), rel="colleague",
          da="N", fu=F(team="NPT")),
])
more("thargreaves", "jkirkland", [
    crime("m08d", "30/08/2026 21:00", "", "8L", "Harassment", """
        IP's new partner has seen Jodie KIRKLAND parked outside her house on 3 evenings, and
        Jodie has posted photos of the house on FB with 'home wrecker lives here'.""",
          m("thargreaves", "HARGREAVES, Thomas"), m("jkirkland", "Jodie KIRKLAND"),
          rel="ex-partner", da="Y", flags="DA", fu=F(team="NPT")),
])
more("eparkes", "kjennings", [
    crime("m15d", "12/09/2026 16:05", "", "8L", "Harassment", """
        Kai JENNINGS waiting outside college gates 1530, walked behind IP to the bus stop
        and got on the same bus. IP rang her mum from the bus.""",
          m("eparkes", "PARKES, Ellie"), m("kjennings", "JENNINGS, Kai"), rel="ex-partner",
          da="Y", flags="DA", fu=F(team="NPT")),
])
more("sbrennan", "ltravers", [
    crime("m20c", "10/09/2026 20:30", "", "8R", "Malicious Communications", """
        IP's mum recd an email from Leah TRAVERS attaching photos of IP taken in the bar and
        outside her flat, which IP didn't know had been taken.""",
          m("sbrennan", "BRENNAN, Sophie"), m("ltravers", "TRAVERS, Leah"), rel="ex-partner",
          da="Y", flags="DA", fu=F(team="NPT")),
])
more("hbaxter", "cwalsh", [
    crime("m31d", "20/09/2026 14:30", "", "8R", "Malicious communications", """
        3rd fake profile in IP's name, messaging her parents' neighbours with sexual
        content.""",
          m("hbaxter", "BAXTER, Holly", pc="NG15 6QL"), m("cwalsh", "WALSH, Connor"),
          rel="ex-partner", da="Y", flags="DA", fu=F(team="Crime Bureau")),
])
more("kmcbride", "dhughes", [
    crime("m33c", "25/08/2026 19:50", "", "", "Threats to disclose private sexual images", """
        Dean HUGHES sent IP a screenshot of a post ready to go with one of her images, tagged
        with her new partner's name. Says he'll press send if she doesn't come out to the car.
        He was outside at the time.""",
          m("kmcbride", "McBRIDE, Kerry"), m("dhughes", "HUGHES, Dean"), rel="ex-partner",
          da="Y", flags="DA", fu=F(team="CID", risk="high", risk_d=0)),
])
more("vmoss", "sgreaves", [
    crime("m36c", "09/09/2026 18:15", "", "", "Breach of non-molestation order", """
        NMO granted 28/08. IP's dad reports Stuart GREAVES drove past their house 6 times
        between 1700 and 1800 tonight.""",
          m("vmoss", "MOSS, Victoria"), m("sgreaves", "GREAVES, Stuart"), rel="ex-partner",
          da="Y", flags="DA", fu=F(team="DAIU")),
])
more("lgordon", "jreeves", [
    crime("m45c", "12/09/2026 19:00", "", "8L", "Harassment", """
        Male on a moped followed IP from the gym to her front door. IP recognised him as a
        friend of her ex Jamie REEVES. Jamie texted her 10 mins later 'good workout?'.""",
          m("lgordon", "GORDON, Louise"), m("jreeves", "REEVES, Jamie"), rel="ex-partner",
          da="Y", flags="DA", fu=F(team="NPT")),
])
more("mnewton", "eford", [
    crime("m54c", "15/09/2026 22:10", "", "8L", "Harassment", """
        IP saw ex Ethan FORD standing across the road from her house at 2200 looking up at
        her bedroom window. He walked off when she opened the curtain.""",
          m("mnewton", "Molly NEWTON"), m("eford", "FORD, Ethan"), rel="ex-partner", da="Y",
          flags="DA", fu=F(team="Response")),
])
more("shall", "aturner", [
    crime("m43c", "21/08/2026 12:30", "", "8L", "Harassment", """
        IP's neighbour (who IP had shown a photo of her ex) saw Ashley TURNER in the Tesco car
        park in Beeston watching IP load her shopping.""",
          m("shall", "HALL, Stephanie", pc="NG9 4HW"), m("aturner", "TURNER, Ashley"),
          rel="ex-partner", da="Y", flags="DA", fu=F(team="DAIU")),
])
more("mlewis", "ghill", [
    crime("m57c", "28/04/2025 17:30", "", "58C", "Criminal damage to vehicle", """
        IP's tyre slashed in the leisure centre car park. One of Gavin HILL's notes under the
        wiper: 'you should have talked to me'.""",
          m("mlewis", "LEWIS, Melissa"), m("ghill", "HILL, Gavin"), rel="ex-partner", da="Y",
          flags="DA", fu=F(team="NPT", out="16", out_d=20)),
])
more("cmarsh", "nupton", [
    crime("m11c", "21/08/2026 18:40", "", "8L", "Harassment", """
        IP's partner saw the banned cafe customer (Neil UPTON) walking slowly past their flat
        twice this afternoon, looking up at the windows.""",
          m("cmarsh", "MARSH, Chloe"), m("nupton", "UPTON, Neil"), rel="acquaintance", da="N",
          fu=F(team="NPT")),
])
more("bclark", "tvickers", [
    crime("m25c", "27/08/2026 11:30", "", "8R", "Malicious communications", """
        Letter to IP at his work from Tanya VICKERS saying she has 'moved to Nottingham to be
        near him'.""",
          m("bclark", "CLARK, Bradley"), m("tvickers", "VICKERS, Tanya"), rel="online contact",
          da="N", fu=F(team="NPT")),
])
more("kdixon", "lmarshall", [
    crime("m37c", "10/09/2026 06:50", "", "8L", "Harassment", """
        Liam MARSHALL jogging past IP's house at 0630 three days running. He lives in Arnold,
        6 miles away.""",
          m("kdixon", "DIXON, Katie"), m("lmarshall", "MARSHALL, Liam"), rel="acquaintance",
          da="N", fu=F(team="NPT")),
])

# earlier, unflagged records in recorded-stalking courses
more("ahussain", "fmahmood", [
    crime("r02b", "18/06/2026 20:15", "", "8L", "Harassment", """
        IP says ex-fiance has been following her in his car on her way to work for a week.
        Words of advice.""",
          m("ahussain", "Amina HUSSAIN"), m("fmahmood", "MAHMOOD, Faisal"), rel="ex-partner",
          da="Y", flags="DA", fu=F(team="NPT", risk="standard", risk_d=0, out="16", out_d=4)),
])
more("jnorton", "bharvey", [
    crime("r07b", "01/08/2026 23:20", "", "8R", "Malicious communications", """
        Ex bf sending abusive snaps from new accounts every time IP blocks.""",
          m("jnorton", "Jessica NORTON"), m("bharvey", "HARVEY, Ben"), rel="ex-partner", da="Y",
          flags="DA", fu=F(team="Crime Bureau", out="16", out_d=3)),
])
more("eadams", "wbaker", [
    crime("r11b", "20/06/2026 10:05", "", "125/12", "Public Order - s5", """
        Neighbour (William BAKER) taking photos of IP in her garden.""",
          m("eadams", "ADAMS, Eleanor"), m("wbaker", "BAKER, William"), rel="neighbour",
          da="N", fu=F(team="NPT", out="21", out_d=2)),
])
more("mhussain1", "rbegum", [
    crime("r12b", "02/12/2025 13:30", "", "8L", "Harassment", """
        IP states a former colleague (female) keeps ringing his wife claiming to be his
        girlfriend.""",
          m("mhussain1", "HUSSAIN, Mohammed"), m("rbegum", "BEGUM, Rukhsana", dob=""),
          rel="colleague", da="N", fu=F(team="NPT", out="21", out_d=10)),
])
more("cwhite", None, [
    crime("r14b", "30/07/2026 09:00", "", "8R", "Malicious communications", """
        Anonymous handwritten letter to IP describing what she wore to the gym last week.
        No suspect.""",
          m("cwhite", "WHITE, Caroline"), rel="unknown",
          fu=F(team="Crime Bureau", out="18", out_d=2)),
])

# further records in not-stalking disputes and the shoplifting spree
more("shutch", "mjones2", [
    crime("n03c", "25/08/2026 08:45", "", "8L", "Harassment", """
        Another note on IP's car from neighbour about her parking on his kerb. Council have
        now painted a white line. Both advised, civil.""",
          m("shutch", "HUTCHINSON, Sharon"), m("mjones2", "JONES, Michael"), rel="neighbour",
          da="N", fu=F(team="NPT", out="21", out_d=1)),
])
more("ahaddad", "jkelly", [
    crime("n05b", "08/08/2026 00:40", "", "125/12", "Public order - section 5", """
        Flat 7 male knocked again about music at 0030. IP turned it down. Says he was rude.
        HA mediation booked for both.""",
          m("ahaddad", "Amira HADDAD"), m("jkelly", "KELLY, Jordan"), rel="neighbour", da="N",
          fu=F(team="Response", out="21", out_d=1)),
])
more("boots", "dkirk", [
    crime("n21b", "06/09/2026 15:20", "", "", "Shoplifting", """
        Male took 3 electric toothbrushes. Recognised by staff as Darren KIRK.""",
          m("boots", "Boots UK Ltd"), m("dkirk", "KIRK, Darren"), rel="stranger", da="N",
          fu=F(team="Crime Bureau")),
])
more("bandm", "dkirk", [
    crime("n23b", "18/09/2026 10:10", "", "", "Theft from shop", """
        Darren KIRK took 2 pressure washers. Arrested nearby with the goods.""",
          m("bandm", "B & M Retail"), m("dkirk", "KIRK, Darren"), rel="stranger", da="N",
          fu=F(team="Response", out="1", out_d=1)),
])

# second parties on crimes written above, each with its own case
person("krhodes", "Kelly Rhodes", "21/07/1993", "NG7 7AB")
add_party("n20b", suspect=m("krhodes", "RHODES, Kelly"))
add_party("n22a", suspect=m("krhodes", "RHODES, Kelly", dob=""))
course("not_stalking", "prolific_shoplifter", "tesco", "krhodes",
       "accomplice on one Tesco theft", ["n20b"])
course("not_stalking", "prolific_shoplifter", "coop", "krhodes",
       "accomplice on one Co-op theft", ["n22a"])

person("mdoyle", "Maureen Doyle", "04/04/1964", "NG15 6HG")
add_party("n01a", suspect=m("mdoyle", "DOYLE, Maureen"))
add_party("n02a", victim=m("mdoyle", "DOYLE, Maureen"))
course("not_stalking", "neighbour_boundary_dispute", "apearson", "mdoyle",
       "neighbour's wife named with her husband over the hedge", ["n01a"])
course("not_stalking", "neighbour_boundary_dispute", "mdoyle", "apearson",
       "neighbour's wife as co-complainant in the counter-allegation", ["n02a"])

person("zhaddad", "Zara Haddad", "02/05/1998", "NG1 4DQ")
add_party("n05a", victim=m("zhaddad", "HADDAD, Zara"))
course("not_stalking", "flats_noise_dispute", "zhaddad", "jkelly",
       "flatmate present at the door-banging", ["n05a"])

person("sfaulkner", "Sandra Faulkner", "23/08/1966", "NG4 4PB")
add_party("n38a", victim=m("sfaulkner", "FAULKNER, Sandra"))
course("not_stalking", "burglary_series_street", "sfaulkner", None,
       "co-victim of one burglary", ["n38a"])

person("lharrison", "Lee Harrison", "02/06/1980", "NG3 2FD")
add_party("n42a", suspect=m("lharrison", "HARRISON, Lee"))
course("not_stalking", "racist_abuse_bus_stop", "ibello", "lharrison",
       "second drunk male at the bus stop", ["n42a"])

person("tquinn", "Tom Quinn", "13/09/1995", "NG7 4ER")
add_party("n19a", suspect=m("tquinn", "QUINN, Tom"))
course("not_stalking", "protest_mp_office", "mbrown", "tquinn", "second protester named", ["n19a"])

# the records system exported the Boots theft twice
DUPLICATED.add("n21a")


if __name__ == "__main__":
    main()
