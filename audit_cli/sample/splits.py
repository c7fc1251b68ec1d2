"""Stories whose course of conduct is split across records the way victims' reports are
split (issue 12), and the hard negatives that guard against joining too much.

Splits (missed_stalking): the suspect unknown at first and named later; one suspect
written several ways; stalking by proxy (in scenarios.by_proxy); an unidentified suspect
with nothing in common across reports but the victim, the behaviour and the time; and
non-crime records (incident and intelligence logs, information reports, found property)
inside a course. Hard negatives (not_stalking): namesake father and son at one address,
and a victim with two different ex-partners.

The wording is how victims and call handlers put these things, not the detection rules'
phrases.
"""

from __future__ import annotations

import random

from audit_cli.sample import text as T
from audit_cli.sample.render import one_edit
from audit_cli.sample.scenarios import (EXPLICITNESS, Story, course_dates, course_offences, da_cat,
                                        domestic_field, finish, flags_field, pick_pair, rel_field,
                                        weighted)
from audit_cli.sample.world import World, quarter_date

def unnamed_crime(w: World, day, key: str, text: str, victim: int, perp: int, case: int) -> int:
    """A crime of a course whose record names no suspect (perp is the truth behind it)."""
    rng = w.rng
    return w.crime(day, key, text, [{"victim": victim, "suspect": -1, "perp": perp, "case": case}],
                   relationship=weighted(rng, [("", 5), ("unknown", 3), ("stranger", 2)]),
                   domestic=weighted(rng, [("N", 5), ("", 5)]), flags=flags_field(rng, False), cat="missed")


# --------------------------------------------------------------------------- unknown, then named

UNKNOWN_FIRST = [
    "IP reports a {vehicle} parked opposite {vp} house most evenings this week with the engine running, could not see who was in it",
    "IP has been getting msgs from an account {vs} does not recognise asking who {vs} was out with on Saturday",
    "unknown male stood by the bus shelter outside IP's work again when {vs} finished {vp} shift, walked off when {vs} looked at him",
    "flowers left on IP's doorstep with no card. IP has no idea who left them and is unnerved",
    "IP's front tyres let down overnight, no witnesses, IP can't think who would do this",
    "withheld number rang IP 14 times between 2300 and 0100, nobody speaks when {vs} answers",
    "IP's post has been opened and put back through the door, IP doesn't know who by",
    "a man in a dark hoodie was seen trying IP's back gate at 0200 by a neighbour, made off over the fence",
]
NOW_NAMED = [
    "IP now thinks the earlier incidents were {susp} as {ss} mentioned things only the person in the car would know",
    "IP saw {susp} in the same car that has been parked outside",
    "{susp} admitted to a friend of IP that the account was {sp}",
]
UNKNOWN_KEYS = ["cd_vehicle", "comms_s127", "malicious_comms", "po_s5", "harassment"]


def unknown_then_named(w: World, scenario: str = "unknown_then_named") -> None:
    """The first reports have no suspect ("unknown male", "a grey car", "new account");
    a later one names the ex-partner. The early records never name him."""
    rng = w.rng
    rel = weighted(rng, [("ex-partner", 65), ("acquaintance", 20), ("colleague", 15)])
    victim, suspect = pick_pair(w, rel)
    n = weighted(rng, [(3, 35), (4, 30), (5, 20), (6, 15)])
    n_unknown = rng.randint(1, n - 1)
    story = Story(w, victim, suspect, rel, weighted(rng, EXPLICITNESS))
    case = w.case("missed_stalking", scenario, victim, suspect,
                  f"{rel}; {n_unknown} of {n} reports before the suspect is named")
    domestic = rel == "ex-partner"
    for i, day in enumerate(course_dates(rng, n, rng.uniform(6, 25), history=0.1)):
        if i < n_unknown:
            story.identified = False
            tok = story.tokens()
            text = finish(rng, rng.choice(T.OPENERS) + " " + story.pick(UNKNOWN_FIRST, tok) + ". "
                          + tok["action"])
            unnamed_crime(w, day, rng.choice(UNKNOWN_KEYS), text, victim, suspect, case)
        else:
            story.identified = True
            key = rng.choice(["harassment", "malicious_comms", "po_s4a", "cd_vehicle"])
            text = story.narrative(key, i, ["b_contact", "e_loiter", "a_follow", "g_watch"])
            if i == n_unknown and rng.random() < 0.4:
                text += " " + story.pick(NOW_NAMED, story.tokens()) + "."
            dom = domestic_field(rng, rel)
            w.crime(day, key, text, [{"victim": victim, "suspect": suspect, "perp": suspect, "case": case}],
                    relationship=rel_field(rng, rel), domestic=dom, flags=flags_field(rng, dom.startswith("Y")),
                    cat=da_cat(domestic, "missed"))
        story.crime_ids.append(len(w.crimes) - 1)


# --------------------------------------------------------------------------- one suspect, many spellings

DESCRIBED_ONLY = [
    "IP did not want to give the male's name but describes him as {desc} and says it is the same man as before",
    "male described as {desc}, IP says {vs} knows who it is but is scared to name him",
]


def written_forms(rng: random.Random, fore: str, nick: str, sur: str) -> dict[str, str]:
    """How officers typed one man's name when they did not pick his nominal record."""
    spaced = sur.replace("-", " ") if "-" in sur else one_edit(sur, rng)
    short = nick or (fore[:4] if len(fore) > 5 else fore)
    return {"nickname": f"{short} {sur}" if rng.random() < 0.6 else short.upper(),
            "initial": rng.choice([f"{fore[0]} {sur}", f"{sur.upper()}, {fore[0]}", f"{fore[0]}. {sur}"]),
            "misspelt": rng.choice([f"{fore} {spaced}", f"{spaced.upper()}, {fore}"])}


def suspect_name_variants(w: World, scenario: str = "suspect_name_variants") -> None:
    """One suspect written several ways for one victim: a nickname, initials, a misspelt
    or re-spaced (double-barrelled) surname with his date of birth, and a description."""
    rng, pop = w.rng, w.pop
    rel = weighted(rng, [("ex-partner", 70), ("acquaintance", 20), ("neighbour", 10)])
    victim, suspect = pick_pair(w, rel)
    sur = str(pop.get(suspect, "sur"))
    if "-" not in sur and rng.random() < 0.5:
        other = str(pop.get(pop.pick("M", (18, 80)), "sur"))
        sur = f"{sur}-{other}" if other != sur else sur
    fore, nick = str(pop.get(suspect, "fore")), str(pop.get(suspect, "nick") or "")
    forms = written_forms(rng, fore, nick, sur)
    n = weighted(rng, [(3, 30), (4, 35), (5, 20), (6, 15)])
    plan = ["nominal"] + rng.sample(["nickname", "initial", "misspelt", "described"], min(3, n - 1))
    plan += [rng.choice(["nominal", "nickname", "initial"]) for _ in range(n - len(plan))]
    rng.shuffle(plan)
    story = Story(w, victim, suspect, rel, weighted(rng, EXPLICITNESS))
    case = w.case("missed_stalking", scenario, victim, suspect,
                  f"{rel}; suspect written {len(set(plan))} ways: {', '.join(sorted(set(plan)))}")
    domestic = rel == "ex-partner"
    keys = course_offences(rng, n, ["harassment", "malicious_comms"], ["po_s5", "cd_vehicle", "comms_s127"])
    for i, (day, form) in enumerate(zip(course_dates(rng, n, rng.uniform(5, 30), history=0.1), plan)):
        party = {"victim": victim, "suspect": suspect, "perp": suspect, "case": case}
        text = story.narrative(keys[i], i, ["b_contact", "e_loiter", "a_follow", "d_monitor"])
        if form == "described":
            party["suspect"] = -1
            tok = story.tokens()
            tok["desc"] = story.ids.setdefault("desc", rng.choice(T.DESCRIPTIONS))
            text = finish(rng, story.pick(DESCRIBED_ONLY, tok) + ". " + text)
        elif form != "nominal":
            party["s_name"] = forms[form]
            party["s_dob"] = form == "misspelt"
        dom = domestic_field(rng, rel)
        w.crime(day, keys[i], text, [party], relationship=rel_field(rng, rel), domestic=dom,
                flags=flags_field(rng, dom.startswith("Y")), cat=da_cat(domestic, "missed"))
        story.crime_ids.append(len(w.crimes) - 1)


# --------------------------------------------------------------------------- nothing shared but the pattern

NO_TOKEN_FAMILIES = {
    "turning_up": [
        "IP saw a man standing across the road from {vp} house at 2230, he was there for about an hour and left when {vs} opened the curtains",
        "a man was waiting by IP's car in the supermarket car park and walked away when {vs} came out",
        "the same man has been on IP's bus home three times this week, gets off at {vp} stop then walks the other way",
        "man sat on the wall outside IP's work at lunchtime again, just looking at the door",
        "IP came out of the gym and a man was leaning on {vp} car, he said nothing and walked off",
        "a man IP doesn't know was at the school gates when {vs} dropped the kids off, he was there last week too",
    ],
    "watching": [
        "IP noticed someone in the alley behind {vp} garden looking at the house, ran off when the security light came on",
        "neighbour told IP a man has been sitting in a car outside {vp} house during the day while {vs} is at work",
        "IP's doorbell camera picked up a man looking through the front window at 0300",
        "IP keeps seeing the same man at the end of {vp} road in the mornings, he takes out his phone when {vs} passes",
        "IP's friend saw a man photographing IP's house from across the street",
    ],
    "new_accounts": [
        "IP has had friend requests from an account with no photo, blocked it and another appeared within the hour",
        "msgs from a number IP doesn't know saying he knows what {vs} was wearing today",
        "another new profile messaging IP, every time {vs} blocks one a new one appears",
        "someone made a fake profile using IP's photos and has been messaging {vp} friends",
        "IP got an email from an address {vs} doesn't know listing places {vs} had been that week",
    ],
}
NO_TOKEN_KEYS = {"turning_up": ["harassment", "po_s5", "harassment"],
                 "watching": ["harassment", "po_s5", "cd_other"],
                 "new_accounts": ["malicious_comms", "comms_s127", "harassment"]}
NO_TOKEN_CLOSE = ["IP has no idea who it is", "IP can't think of anyone who would do this",
                  "no description beyond a white male", "no CCTV in the area", "no lines of enquiry",
                  "IP asked to keep a diary", "IP given crime prevention advice", "log filed"]


def unidentified_no_shared_token(w: World, scenario: str = "unidentified_no_shared_token") -> None:
    """Week after week the same kind of thing against one victim by a man never named,
    with no vehicle, number, account or nickname common to the reports."""
    rng, pop = w.rng, w.pop
    victim = pop.pick("F" if rng.random() < 0.85 else "M", (18, 60))
    perp = pop.pick("M", (20, 65))
    family = rng.choice(list(NO_TOKEN_FAMILIES))
    n = weighted(rng, [(3, 40), (4, 30), (5, 20), (6, 10)])
    story = Story(w, victim, perp, "stranger", "subtle", identified=False)
    case = w.case("missed_stalking", scenario, victim, perp,
                  f"suspect never identified; {n} reports of {family.replace('_', ' ')}, nothing shared but the pattern")
    lines = rng.sample(NO_TOKEN_FAMILIES[family], min(n, len(NO_TOKEN_FAMILIES[family])))
    gap = rng.uniform(6, 85 / n)  # within 90 days
    for i, day in enumerate(course_dates(rng, n, gap, history=0.0)):
        tok = story.tokens()
        parts = [rng.choice(T.OPENERS) + " " + story.fmt(lines[i % len(lines)], tok)]
        if rng.random() < 0.6:
            parts.append(story.pick(T.EFFECTS, tok))
        parts.append(rng.choice(NO_TOKEN_CLOSE))
        unnamed_crime(w, day, rng.choice(NO_TOKEN_KEYS[family]), finish(rng, T.join_sentences(parts, rng)),
                      victim, perp, case)
        story.crime_ids.append(len(w.crimes) - 1)


# --------------------------------------------------------------------------- non-crime records

NON_CRIME_LINES = {
    "incident_log": [
        "call from IP stating {susp} was parked outside {vp} address again. Attended, no one present on arrival. No offences disclosed, log closed",
        "IP rang 999 as {susp} was knocking on {vp} door. Gone on arrival. IP advised to call again if he returns",
        "concern for welfare call from IP's mum, IP not answering and {susp} had been seen in the street. IP found safe and well",
    ],
    "intel_log": [
        "intel received that {susp} has been asking mutual friends where IP is living now and what car {vs} drives",
        "source reports {susp} has been talking in the pub about IP and saying he will find out who {vs} is seeing",
        "information from a neighbour that {susp} has been seen sitting in a car near IP's address late at night",
    ],
    "info_report": [
        "IP attended front counter to make police aware that {susp} has started turning up at the school gates at pick up. No offences disclosed, recorded for information",
        "IP wanted it noted that {susp} has been sending cards and gifts to {vp} work. IP not supporting any action at present",
        "IP's employer reports {susp} rang reception asking what time IP finishes. Recorded for info",
    ],
    "found_property": [
        "small tracking device handed in by a garage, found under the rear bumper of IP's car at service. IP thinks {susp} put it there",
        "IP's house keys handed in, found in the car park at {vp} work. IP says {vs} lost them the day after {susp} was seen there",
        "a phone handed in outside IP's address, later found to be logged into IP's accounts",
    ],
}
NON_CRIME_NAMED = {"incident_log": 0.7, "intel_log": 1.0, "info_report": 0.8, "found_property": 0.2}


def non_crime_records(w: World, scenario: str = "non_crime_records") -> None:
    """A course about a named ex-partner where some records are no crime at all: an
    incident log, an intelligence log, an information report, found property."""
    rng = w.rng
    rel = weighted(rng, [("ex-partner", 75), ("acquaintance", 15), ("colleague", 10)])
    victim, suspect = pick_pair(w, rel)
    n_crimes = rng.randint(2, 4)
    n_logs = rng.randint(1, 3)
    kinds = ["crime"] * n_crimes + rng.sample(list(NON_CRIME_LINES), n_logs)
    rng.shuffle(kinds)
    story = Story(w, victim, suspect, rel, weighted(rng, EXPLICITNESS))
    case = w.case("missed_stalking", scenario, victim, suspect,
                  f"{rel}; {n_crimes} crimes and {n_logs} non-crime records in one course")
    domestic = rel == "ex-partner"
    keys = course_offences(rng, n_crimes, ["harassment", "malicious_comms"], ["po_s5", "cd_vehicle", "breach_nmo"])
    for i, (day, kind) in enumerate(zip(course_dates(rng, len(kinds), rng.uniform(6, 30), history=0.1), kinds)):
        dom = domestic_field(rng, rel)
        if kind == "crime":
            key = keys.pop()
            text = story.narrative(key, i, ["b_contact", "e_loiter", "a_follow", "g_watch"])
            named = True
        else:
            key = kind
            named = rng.random() < NON_CRIME_NAMED[kind]
            story.identified = named
            text = finish(rng, story.pick(NON_CRIME_LINES[kind], story.tokens()) + ".")
            story.identified = True
        w.crime(day, key, text, [{"victim": victim, "suspect": suspect if named else -1, "perp": suspect,
                                  "case": case}],
                relationship=rel_field(rng, rel) if named else "", domestic=dom,
                flags=flags_field(rng, dom.startswith("Y")), cat=da_cat(domestic, "missed"))
        story.crime_ids.append(len(w.crimes) - 1)


# --------------------------------------------------------------------------- hard negatives

FATHER_SON_LINES = [
    ("po_s5", "{susp} shouted and swore at IP over a parking space outside the flats"),
    ("cd_vehicle", "IP's wing mirror was knocked off, neighbour saw {susp} reversing his van into it"),
    ("common_assault", "{susp} pushed IP during an argument outside the corner shop"),
    ("theft_other", "IP's ladder taken from the front garden, seen on CCTV being carried off by {susp}"),
    ("malicious_comms", "{susp} sent IP an abusive text about money IP says is owed for a car"),
]


def namesake_father_son(w: World, scenario: str = "namesake_father_son") -> None:
    """Father and son with the same name at one address, each the suspect of one
    unrelated crime: two people, not one man's course of conduct."""
    rng, pop = w.rng, w.pop
    father = pop.pick("M", (45, 75))
    son = pop.add("M", fore=str(pop.get(father, "fore")), sur=str(pop.get(father, "sur")),
                  culture=pop.get(father, "culture") or None, age=(18, 28), postcode=str(pop.get(father, "postcode")))
    first_victim = pop.pick(rng.choice("FM"), (20, 75))
    same_victim = rng.random() < 0.5
    # both typed the same way, each with his own date of birth: what tells them apart
    fore, sur = str(pop.get(father, "fore")), str(pop.get(father, "sur"))
    written = rng.choice([f"{sur.upper()}, {fore}", f"{fore} {sur}"])
    for suspect, who in ((father, "father"), (son, "son")):
        victim = first_victim if same_victim or who == "father" else pop.pick(rng.choice("FM"), (20, 75))
        key, line = rng.choice(FATHER_SON_LINES)
        case = w.case("not_stalking", scenario, victim, suspect,
                      f"namesake {who} at the same address; one crime, unrelated to the other's")
        story = Story(w, victim, suspect, "acquaintance", "moderate")
        text = finish(rng, rng.choice(T.OPENERS) + " " + story.fmt(line, story.tokens()) + ". "
                      + rng.choice(["IP knows him from the estate", "IP does not want to take it further",
                                    "words of advice given", "no previous incidents"]) + ".")
        w.crime(quarter_date(rng), key, text, [{"victim": victim, "suspect": suspect, "perp": suspect, "case": case,
                                                "s_name": written, "s_dob": True}],
                relationship=weighted(rng, [("acquaintance", 4), ("neighbour", 3), ("", 3)]),
                domestic=weighted(rng, [("N", 5), ("", 5)]), flags=flags_field(rng, False), cat="hn")


TWO_EX_LINES = [
    "{susp} sent IP a nasty message after {ss} saw IP had moved on, one message only",
    "argument with {susp} when collecting {sp} belongings from IP's address, both shouting, {ss} punched the door",
    "{susp} posted a comment calling IP a liar on a mutual friend's post after the break up",
    "{susp} turned up once, drunk, to ask for the money back for the sofa. Left when asked",
    "IP and {susp} argued at the child handover, {susp} kicked IP's car door",
]
TWO_EX_CLOSE = ["IP confirms no contact since", "no further incidents reported", "IP happy with words of advice",
                "no history of abuse in the relationship", "both spoken to"]


def two_ex_partners(w: World, scenario: str = "two_ex_partners") -> None:
    """One victim, two different ex-partners, one or two ordinary incidents each."""
    rng, pop = w.rng, w.pop
    victim = pop.pick("F" if rng.random() < 0.8 else "M", (22, 60))
    gender = "M" if pop.get(victim, "gender") == "F" else rng.choice("FM")
    for ex in (pop.pick(gender, (22, 65)), pop.pick(gender, (22, 65))):
        case = w.case("not_stalking", scenario, victim, ex, "one of two different ex-partners; ordinary incidents")
        story = Story(w, victim, ex, "ex-partner", "moderate")
        for day in course_dates(rng, rng.randint(1, 2), rng.uniform(30, 80), history=0.0):
            tok = story.tokens()
            text = finish(rng, T.join_sentences([rng.choice(T.OPENERS) + " " + story.pick(TWO_EX_LINES, tok),
                                                 rng.choice(TWO_EX_CLOSE)], rng))
            dom = domestic_field(rng, "ex-partner")
            w.crime(day, rng.choice(["malicious_comms", "po_s5", "cd_vehicle", "harassment"]), text,
                    [{"victim": victim, "suspect": ex, "perp": ex, "case": case}],
                    relationship=rel_field(rng, "ex-partner"), domestic=dom,
                    flags=flags_field(rng, dom.startswith("Y")), cat="hn_da")


__all__ = ["unknown_then_named", "suspect_name_variants", "unidentified_no_shared_token", "non_crime_records",
           "namesake_father_son", "two_ex_partners"]
