"""Stories with known truth: stalking hidden under other offences, stalking recorded as
such, and the look-alikes that are not stalking.

Each story reserves its people, writes its crimes into the World with the true victim and
perpetrator of every pairing, and opens one case per (victim, perpetrator) pair. What
makes a course stalking follows FOUR (fixated, obsessive, unwanted, repeated) and the
PHA 1997 s2A(3) behaviours; how it is hidden follows the super-complaint's account
(recorded as harassment, malicious communications, criminal damage, public order or an
order breach, each incident in isolation).
"""

from __future__ import annotations

import random
from datetime import timedelta

from audit_cli.sample import text as T
from audit_cli.sample.world import World, course_dates, quarter_date

EXPLICITNESS = (("overt", 3), ("moderate", 5), ("subtle", 2))
RELATIONSHIPS = (("ex-partner", 55), ("acquaintance", 13), ("colleague", 6), ("neighbour", 5),
                 ("stranger", 9), ("online contact", 8))
COURSE_LENGTHS = ((2, 28), (3, 28), (4, 18), (5, 12), (6, 8), (7, 6))

# Which behaviours an officer would write under each offence title.
OFFENCE_BEHAVIOURS = {
    "harassment": ["b_contact", "e_loiter", "a_follow", "g_watch", "d_monitor", "f_interfere"],
    "harassment_fear": ["threats", "e_loiter", "a_follow"],
    "malicious_comms": ["b_contact", "c_publish", "threats", "b_contact"],
    "comms_s127": ["b_contact", "online_fake"],
    "po_s4a": ["confront"], "po_s5": ["confront"], "po_s4": ["threats", "confront"],
    "cd_vehicle": ["f_property"], "cd_dwelling": ["f_property"], "cd_other": ["f_property"],
    "breach_nmo": ["b_contact", "e_loiter", "a_follow"],
    "breach_ro": ["b_contact", "e_loiter", "a_follow"],
    "theft_other": ["tracker", "tracker", "f_interfere"], "interfere_vehicle": ["tracker"],
    "stalking_s2a": ["b_contact", "a_follow", "e_loiter", "g_watch", "d_monitor"],
    "stalking_fear": ["threats", "a_follow", "e_loiter"],
    "stalking_alarm": ["a_follow", "e_loiter", "g_watch", "b_contact"],
}

ORDER_SENTENCES = {
    "breach_nmo": ["there is a non-mol order in place granted in {month} prohibiting contact",
                   "NMO in force until next year, susp was served", "this is in breach of the NMO",
                   "court granted IP a non molestation order after previous incidents"],
    "breach_ro": ["susp is subject to a restraining order not to contact IP", "RO made at court in {month}",
                  "this is a breach of his RO", "restraining order in place following conviction"],
}
ATTRIBUTION = [
    "{vs} believes it was {susp} as it happened after {ss} was seen nearby", "no witnesses but IP suspects ex",
    "IP is sure it is {susp}", "neighbours CCTV shows a male matching {susp}", "{susp} denies being in the area",
    "IP cannot prove it was {susp}",
]
SUBTLE = [
    "Further msgs from {susp}. {action}", "{susp} at IP's address again. Gone on police arrival",
    "IP reports damage to car, thinks it is ex. No CCTV", "Abusive msgs rec'd from ex partner. IP wants it logged",
    "{susp} turned up at IP's work. Words of advice", "More calls from {susp}. IP blocked number",
    "Ex partner sent unwanted msgs again. Advice given", "IP saw {susp} o/s address. Left prior to police arrival",
]
PRINCIPAL = {
    "threats_kill": ["{susp} sent {vo} a voice note saying {ss} will kill {vo} and {vs} will never be free of {so}",
                     "{susp} was waiting o/s {vp} address and said {ss} would stab {vo} if {vs} did not come back"],
    "abh": ["{susp} was waiting outside {vp} work and grabbed {vo} by the arm leaving bruising",
            "{susp} followed {vo} to the car park and pushed {vo} against the car causing a cut to {vp} head"],
    "burglary_res": ["{vp} house was entered while {vs} was at work, nothing taken but {vp} bedroom had been gone through",
                     "back door forced, {vp} diary and spare key taken, {vs} thinks {susp} had been in before"],
}
PROXY_PARTNER = [
    "{susp} has been messaging {ip} saying {vs} needs to stay away from {xname}",
    "{ip} is in a new relationship with {xname}, ex of susp. {susp} sent {vo} threats on {platform}",
    "{vp} car tyres were slashed outside {xname}'s address where {vs} was staying, {vs} believes it was {xp} ex",
    "{susp} turned up at {vp} address and shouted that {vs} had stolen {sp} family",
    "{susp} has been driving past {vp} house since {vs} started seeing {xname}",
    "{susp} posted {vp} photo on FB calling {vo} a homewrecker",
]
PROXY_EMPLOYER = [
    "manager reports a male has been ringing the office asking what shifts {xname} is working and whether {xs} is in today",
    "{susp} came into reception demanding to see {xname}, refused to leave until staff said they would call police",
    "emails sent to the company's HR inbox making allegations about {xname}, staff believe they are from {susp}",
    "{susp} has been waiting in the staff car park at the end of the late shift, security moved him on",
]
PROXY_FRIEND = [
    "IP is a friend of {xname}. {susp} keeps messaging IP asking where {xname} is staying",
    "{susp} waited outside IP's house for two hours because he thought {xname} was staying there",
    "IP has been getting msgs from {susp} saying IP turned {xname} against him",
    "{susp} turned up at IP's birthday drinks looking for {xname} and had to be asked to leave",
]
PROXY_FAMILY = [
    "{susp} has been ringing {ip} asking where {xname} is living now",
    "{susp} turned up at {vp} house looking for {xname} and would not leave",
    "{ip} is the {famrel} of {xname}. {susp} keeps messaging {vo} saying {ss} needs to speak to {xname}",
    "{susp} left a letter at {vp} address for {xname}", "{susp} sent {ip} msgs blaming {vo} for the break up",
]
IDENTIFIER_PHRASES = {
    "desc": ["same male as previous reports ({desc})", "male described as {desc}", "{desc} seen again",
             "IP describes the male as {desc}"],
    "vehicle": ["{vehicle} reg {reg} seen again", "the same {vehicle} parked up opposite", "car reg {reg} again",
                "a {vehicle}, partial reg {preg}"],
    "phone": ["calls from {phone} again", "msgs from number {phone}", "same number as before ({phone})",
              "texts from a mobile ending {phone4}"],
    "account": ["msgs from '{account}'", "the account '{account}' again", "new msgs from {account} on Insta"],
}


def weighted(rng: random.Random, pairs) -> object:
    return rng.choices([p for p, _ in pairs], weights=[w for _, w in pairs])[0]


def pronouns(gender: str) -> tuple[str, str, str]:
    return ("she", "her", "her") if gender == "F" else ("he", "him", "his")


def fake_reg(rng: random.Random) -> str:
    letters = "ABCDEFGHJKLMNOPRSTUVWXY"
    return (rng.choice(letters) + rng.choice(letters) + str(rng.randint(10, 24)) + " "
            + "".join(rng.choice(letters) for _ in range(3)))


def fake_account(rng: random.Random) -> str:
    stems = ["lonely_wolf", "watching_u", "truth.teller", "just_me", "dark_angel", "nobody", "ur_ex_mate",
             "real_talk", "shadow", "ghost_acc", "bella_x", "secret.admirer", "forever_urs"]
    return rng.choice(stems) + rng.choice(["", "_", "."]) + str(rng.randint(1, 999))


TOKEN_BANKS = {
    "place": T.PLACES, "place2": T.PLACES, "when": T.WHEN, "n": T.COUNTS, "platform": T.PLATFORMS,
    "vehicle": T.VEHICLES, "month": T.MONTHS, "ordinal": T.ORDINALS, "desc": T.DESCRIPTIONS,
    "reg": [""], "phone": [""],
}


class Tokens(dict):
    """Token values drawn on first use, then fixed for the rest of the crime's text."""

    def __init__(self, story: "Story"):
        super().__init__()
        self.story = story

    def __missing__(self, key: str) -> str:
        value = self.story.draw_token(key)
        self[key] = value
        return value


class Story:
    """One victim-suspect pair's narrative voice: tokens, cues and sentence building."""

    def __init__(self, w: World, victim: int, suspect: int, rel: str, explicit: str,
                 identified: bool = True, ids: dict | None = None):
        self.w, self.rng, self.pop = w, w.rng, w.pop
        self.victim, self.suspect, self.rel = victim, suspect, rel
        self.explicit = explicit
        self.identified = identified
        self.ids = ids or {}
        self.crime_ids: list[int] = []
        self.extra: dict[str, str] = {}
        self.proxy = False

    def first_name(self, person: int) -> str:
        nick = self.pop.get(person, "nick")
        if nick and self.rng.random() < 0.4:
            return nick
        return self.pop.get(person, "fore")

    def tokens(self) -> dict[str, str]:
        """This crime's wording; tokens are drawn only when a phrase uses them."""
        vs, vo, vp = pronouns(self.pop.get(self.victim, "gender"))
        ss, so, sp = pronouns(self.pop.get(self.suspect, "gender"))
        tok = Tokens(self)
        tok.update({"vs": vs, "vo": vo, "vp": vp, "ss": ss, "so": so, "sp": sp})
        tok.update(self.extra)
        return tok

    def draw_token(self, key: str) -> str:
        rng = self.rng
        if key == "susp":
            if self.identified:
                forms = ["susp", "susp", "susp", "the susp", "SUSP", "suspect", self.first_name(self.suspect)]
                if self.rel == "ex-partner":
                    forms += [pronouns(self.pop.get(self.victim, "gender"))[2] + " ex", "the ex", "ex partner"]
            else:
                forms = ["the male", "the same male", "unknown male", "the male", "the unknown suspect"]
            return rng.choice(forms)
        if key == "ip":
            return rng.choice(["IP", "IP", "IP", "the IP", "victim", self.first_name(self.victim)])
        if key == "ref":
            pool = self.crime_ids[-3:]
            return f"[[REF{rng.choice(pool)}]]" if pool else ""
        if key in self.ids and key in ("vehicle", "account", "desc", "reg", "phone"):
            return self.ids[key]
        if key == "preg":
            return self.ids.get("reg", "")[:4]
        if key == "phone4":
            return self.ids.get("phone", "")[-3:]
        if key == "account":
            return fake_account(rng)
        if key == "years":
            return str(rng.randint(2, 9))
        if key == "action":
            return rng.choice(T.ACTIONS)
        return rng.choice(TOKEN_BANKS[key])

    def fmt(self, template: str, tok: dict[str, str]) -> str:
        out = template.format_map(tok)
        return out.format_map(tok) if "{" in out else out

    def pick(self, bank: list[str], tok: dict[str, str]) -> str:
        usable = [b for b in bank if "{ref}" not in b or tok["ref"]]
        return self.fmt(self.rng.choice(usable), tok)

    def behaviour(self, name: str, tok: dict[str, str]) -> str:
        bank = T.CONFRONT if name == "confront" else T.BEHAVIOURS[name]
        return self.pick(bank, tok)

    def cues(self, tok: dict[str, str], i: int) -> list[str]:
        rng = self.rng
        lo, hi = {"overt": (2, 4), "moderate": (1, 2), "subtle": (0, 1)}[self.explicit]
        fixated = T.FIXATED + T.FIXATED_EX if self.rel == "ex-partner" else T.FIXATED
        # Proxy victims are targeted for who they are near, not fixated on themselves.
        banks = ([] if self.proxy else [fixated]) + [T.OBSESSIVE, T.UNWANTED, T.REPEATED]
        if i == 0:
            banks = banks[:-1] + [[r for r in T.REPEATED if "{ref}" not in r]]
        chosen = rng.sample(banks, min(len(banks), rng.randint(lo, hi)))
        return [self.pick(b, tok) for b in chosen]

    def narrative(self, key: str, i: int, course: list[str], extra_bank: list[str] | None = None) -> str:
        """A log entry for crime i of a course recorded under offence `key`."""
        rng, tok = self.rng, self.tokens()
        if self.explicit == "subtle" and rng.random() < 0.5 and key not in ("theft_other", "interfere_vehicle"):
            return T.add_noise(self.fmt(rng.choice(SUBTLE), tok) + ".", rng)
        if extra_bank:
            incident = self.pick(extra_bank, tok)
        else:
            incident = self.behaviour(rng.choice(OFFENCE_BEHAVIOURS.get(key, course)), tok)
        if rng.random() < 0.4:
            incident += " " + tok["when"]
        parts = [rng.choice(T.OPENERS) + " " + incident]
        if rng.random() < {"overt": 0.7, "moderate": 0.45, "subtle": 0.15}[self.explicit]:
            parts.append(self.behaviour(rng.choice(course), tok))
        if key.startswith("cd_") and self.identified and rng.random() < 0.6:
            parts.append(self.pick(ATTRIBUTION, tok))
        if key in ORDER_SENTENCES:
            parts.append(self.pick(ORDER_SENTENCES[key], tok))
        for ident in self.ids.get("mention", []):
            if rng.random() < 0.8:
                parts.append(self.pick(IDENTIFIER_PHRASES[ident], tok))
        if self.rel in T.CONTEXT and self.identified and rng.random() < (0.6 if i == 0 else 0.15):
            parts.append(self.pick(T.CONTEXT[self.rel], tok))
        parts += self.cues(tok, i)
        if rng.random() < {"overt": 0.7, "moderate": 0.4, "subtle": 0.1}[self.explicit]:
            parts.append(self.pick(T.EFFECTS, tok))
        if rng.random() < 0.8:
            parts.append(tok["action"])
        return finish(rng, T.join_sentences(parts, rng))


def finish(rng: random.Random, text: str) -> str:
    text = T.add_noise(text, rng)
    if len(text) > 260 and rng.random() < 0.03:
        # Some extracts cut the narrative at a field limit, mid-word.
        text = text[:rng.randint(200, 255)]
    return text


# --------------------------------------------------------------------------- helpers


def rel_field(rng: random.Random, rel: str) -> str:
    if rng.random() < 0.12:
        return ""
    variants = {"ex-partner": [("ex-partner", 8), ("Ex-Partner", 2), ("ex partner", 2), ("EX-PARTNER", 1),
                               ("former partner", 1)],
                "partner": [("partner", 8), ("Partner", 2), ("PARTNER", 1)]}
    if rel in variants:
        return weighted(rng, variants[rel])
    return rel if rng.random() < 0.8 else rel.title()


def domestic_field(rng: random.Random, rel: str) -> str:
    if rel in ("ex-partner", "partner", "family"):
        return weighted(rng, [("Y", 85), ("", 8), ("N", 4), ("Yes", 3)])
    return weighted(rng, [("N", 55), ("", 40), ("No", 5)])


def flags_field(rng: random.Random, domestic: bool, extra: list[str] = ()) -> str:
    flags = []
    if domestic:
        flags.append(weighted(rng, [("DA", 80), ("Domestic", 8), ("", 12)]))
    if rng.random() < 0.1:
        flags.append(rng.choice(["Repeat Victim", "Vulnerable", "Repeat victim"]))
    flags += list(extra)
    return rng.choice(["; ", ";"]).join(f for f in flags if f)


def pick_pair(w: World, rel: str) -> tuple[int, int]:
    """Victim and suspect for a course of conduct (mostly women stalked by men)."""
    rng, pop = w.rng, w.pop
    vg = "F" if rng.random() < 0.78 else "M"
    sg = ("M" if rng.random() < 0.88 else "F") if vg == "F" else ("F" if rng.random() < 0.6 else "M")
    victim = pop.pick(vg, (18, 62), common=rng.random() < 0.06)
    suspect = pop.pick(sg, (18, 66), common=rng.random() < 0.1)
    return victim, suspect


def course_offences(rng: random.Random, n: int, main: list[str], mix: list[str], p_main: float = 0.65) -> list[str]:
    return [rng.choice(main) if rng.random() < p_main else rng.choice(mix) for _ in range(n)]


def moved_postcodes(rng: random.Random, w: World, n: int) -> list[str]:
    """Stalking victims move house: later records carry a new postcode."""
    if rng.random() >= 0.15 or n < 3:
        return [""] * n
    from audit_cli.sample.population import random_postcodes
    new = random_postcodes(w.pop.rng, 1)[0]
    cut = rng.randint(1, n - 1)
    return [""] * cut + [new] * (n - cut)


def da_cat(domestic: bool, base: str) -> str:
    return base + "_da" if domestic else base


# --------------------------------------------------------------------------- missed stalking

SPLIT_PLANS = {
    "split_harassment": (["harassment"], ["malicious_comms", "po_s5", "harassment_fear"], ["b_contact", "e_loiter", "a_follow", "g_watch"]),
    "split_malicious_comms": (["malicious_comms"], ["comms_s127", "harassment"], ["b_contact", "c_publish", "d_monitor"]),
    "split_public_order": (["po_s4a", "po_s5", "po_s4"], ["cd_vehicle", "malicious_comms"], ["e_loiter", "a_follow", "confront"]),
    "split_criminal_damage": (["cd_vehicle", "cd_dwelling"], ["po_s5", "malicious_comms"], ["f_property", "g_watch", "e_loiter", "f_interfere"]),
    "comms_offence": (["comms_s127"], ["malicious_comms"], ["b_contact", "d_monitor"]),
    "mixed_offences": (["harassment", "malicious_comms", "po_s5", "cd_vehicle", "po_s4a", "comms_s127",
                        "cd_dwelling", "harassment_fear"], ["harassment"], ["b_contact", "a_follow", "e_loiter",
                                                                           "g_watch", "f_property", "d_monitor"]),
}


def missed_course(w: World, scenario: str) -> None:
    rng = w.rng
    rel = weighted(rng, RELATIONSHIPS)
    victim, suspect = pick_pair(w, rel)
    n = weighted(rng, COURSE_LENGTHS)
    explicit = weighted(rng, EXPLICITNESS)
    if scenario in SPLIT_PLANS:
        main, mix, behaviours = SPLIT_PLANS[scenario]
        keys = course_offences(rng, n, main, mix)
        banks = [None] * n
    elif scenario == "order_breaches":
        order = rng.choice(["breach_nmo", "breach_ro"])
        rel = "ex-partner" if order == "breach_nmo" else rel
        keys = course_offences(rng, n, [order], ["malicious_comms", "harassment"], 0.75)
        behaviours, banks = ["b_contact", "e_loiter", "a_follow"], [None] * n
    elif scenario == "tracker_theft":
        keys = course_offences(rng, n, ["malicious_comms", "harassment", "cd_vehicle"], ["po_s5"])
        keys[rng.randrange(n)] = rng.choice(["theft_other", "theft_other", "interfere_vehicle"])
        behaviours, banks = ["b_contact", "d_monitor", "a_follow"], [None] * n
    elif scenario == "online_fake_accounts":
        rel = weighted(rng, [("ex-partner", 40), ("online contact", 30), ("acquaintance", 15), ("stranger", 15)])
        keys = course_offences(rng, n, ["malicious_comms", "comms_s127"], ["harassment"])
        behaviours = ["online_fake", "d_monitor", "c_publish"]
        banks = [T.BEHAVIOURS["online_fake"] if rng.random() < 0.7 else None for _ in range(n)]
    else:
        raise ValueError(scenario)
    domestic = rel == "ex-partner"
    story = Story(w, victim, suspect, rel, explicit)
    case = w.case("missed_stalking", scenario, victim, suspect,
                  f"{rel}; {n} reports, none recorded as stalking; narrative cues {explicit}")
    dates = course_dates(rng, n, rng.uniform(4, 40))
    pcs = moved_postcodes(rng, w, n)
    for i, (key, day) in enumerate(zip(keys, dates)):
        named = not (key.startswith("cd_") and rng.random() < 0.4) and key not in ("theft_other", "interfere_vehicle")
        text = story.narrative(key, i, behaviours, banks[i])
        dom = domestic_field(rng, rel)
        cid = w.crime(day, key, text, [{"victim": victim, "suspect": suspect if named else -1, "perp": suspect,
                                       "case": case, "v_pc": pcs[i]}],
                      relationship=rel_field(rng, rel) if named else "", domestic=dom,
                      flags=flags_field(rng, dom.startswith("Y"), ["Online"] if scenario == "online_fake_accounts" and rng.random() < 0.3 else []),
                      cat=da_cat(domestic, "missed"))
        story.crime_ids.append(cid)


def single_record(w: World, scenario: str = "single_record_months") -> None:
    """One report that describes months of conduct in one narrative."""
    rng = w.rng
    rel = weighted(rng, RELATIONSHIPS)
    victim, suspect = pick_pair(w, rel)
    explicit = weighted(rng, [("overt", 4), ("moderate", 5), ("subtle", 1)])
    story = Story(w, victim, suspect, rel, explicit if explicit != "subtle" else "moderate")
    tok = story.tokens()
    names = rng.sample(["a_follow", "b_contact", "c_publish", "d_monitor", "e_loiter", "f_property", "g_watch",
                        "f_interfere"],
                       rng.randint(3, 5))
    acts = [story.behaviour(b, tok) for b in names]
    lead = rng.choice(["since {month} ", "over the last few months ", "for about 6 months ",
                       "since they split up ", "ever since {month} "])
    opener = rng.choice(T.OPENERS).removesuffix(" that").rstrip(",:- ")
    body = opener + " that " + story.fmt(lead, tok) + ", ".join(acts[:-1]) + " and " + acts[-1]
    parts = [body] + story.cues(tok, 1)
    if rng.random() < 0.6:
        parts.append(story.pick(T.EFFECTS, tok))
    parts.append(tok["action"])
    day = quarter_date(rng)
    key = rng.choice(["harassment", "harassment", "malicious_comms", "po_s4a", "cd_vehicle"])
    domestic = rel == "ex-partner"
    case = w.case("missed_stalking", scenario, victim, suspect,
                  f"{rel}; one report describing months of conduct ({len(names)} behaviours)")
    dom = domestic_field(rng, rel)
    w.crime(day, key, finish(rng, T.join_sentences(parts, rng)),
            [{"victim": victim, "suspect": suspect, "perp": suspect, "case": case}],
            relationship=rel_field(rng, rel), domestic=dom, flags=flags_field(rng, dom.startswith("Y")),
            cat=da_cat(domestic, "missed"), offence_date=day - timedelta(days=rng.uniform(60, 220)))


def unidentified(w: World, scenario: str = "unidentified_suspect") -> None:
    """Several crimes with no suspect named; the same man, car, number or account recurs."""
    rng, pop = w.rng, w.pop
    victim = pop.pick("F" if rng.random() < 0.85 else "M", (18, 60))
    perp = pop.pick("M", (20, 65))
    n = weighted(rng, [(3, 35), (4, 30), (5, 20), (6, 15)])
    idents = rng.sample(["desc", "vehicle", "phone", "account"], 2)
    ids = {"mention": idents, "desc": rng.choice(T.DESCRIPTIONS), "vehicle": rng.choice(T.VEHICLES),
           "reg": fake_reg(rng), "phone": f"07700 900{rng.randint(0, 999):03d}", "account": fake_account(rng)}
    story = Story(w, victim, perp, "stranger", weighted(rng, EXPLICITNESS), identified=False, ids=ids)
    named_last = rng.random() < 0.3
    case = w.case("missed_stalking", scenario, victim, perp,
                  f"suspect unidentified in records; recurring {' and '.join(idents)}"
                  + ("; named in the last report" if named_last else ""))
    keys = course_offences(rng, n, ["cd_vehicle", "po_s5", "malicious_comms", "harassment", "comms_s127"],
                           ["theft_other", "cd_dwelling"], 0.85)
    behaviours = ["a_follow", "e_loiter", "g_watch", "b_contact"]
    for i, day in enumerate(course_dates(rng, n, rng.uniform(5, 25), history=0.1)):
        last = named_last and i == n - 1
        if last:
            story.identified, story.rel = True, "stranger"
            story.extra = {}
        text = story.narrative(keys[i], i, behaviours)
        if last:
            text += " Susp now identified as the male from the previous reports."
        w.crime(day, keys[i], text, [{"victim": victim, "suspect": perp if last else -1, "perp": perp, "case": case}],
                relationship=weighted(rng, [("unknown", 4), ("", 4), ("stranger", 2)]) if not last else "stranger",
                domestic=weighted(rng, [("N", 5), ("", 5)]), flags=flags_field(rng, False), cat="missed")
        story.crime_ids.append(len(w.crimes) - 1)


def by_proxy(w: World, scenario: str = "stalking_by_proxy") -> None:
    """The ex-partner is targeted directly, and through the people around her: her new
    partner, a relative, her employer (an organisation as victim) or a friend."""
    rng, pop = w.rng, w.pop
    ex = pop.pick("F", (20, 55))
    suspect = pop.pick("M", (20, 60))
    partner = pop.pick("M", (20, 60))
    famrel = rng.choice(["mother", "sister", "father", "brother"])
    fgender = "F" if famrel in ("mother", "sister") else "M"
    fam_age = (45, 80) if famrel in ("mother", "father") else (18, 50)
    family = pop.add(fgender, sur=pop.get(ex, "sur"), culture=pop.get(ex, "culture") or None, age=fam_age,
                     postcode=pop.get(ex, "postcode") if rng.random() < 0.3 else None)
    employer = pop.pick_org("company")
    friend = pop.pick(rng.choice("FFM"), (20, 55))
    explicit = weighted(rng, EXPLICITNESS)
    exname = pop.get(ex, "fore")
    proxies = [(partner, PROXY_PARTNER, rng.randint(0, 3), "her new partner"),
               (family, PROXY_FAMILY, rng.randint(0, 2), f"her {famrel}"),
               (employer, PROXY_EMPLOYER, rng.choice([0, 0, 1, 2]), "her employer"),
               (friend, PROXY_FRIEND, rng.choice([0, 0, 1, 2]), "her friend")]
    if not any(count for _, _, count, _ in proxies):
        proxies[0] = (partner, PROXY_PARTNER, 1, "her new partner")
    cases = {ex: w.case("missed_stalking", scenario, ex, suspect, "ex-partner targeted directly")}
    cases.update({p: w.case("missed_stalking", scenario, p, suspect, f"{who} targeted (stalking by proxy)")
                  for p, _, count, who in proxies if count or p == partner})
    plan = [(ex, None)] * rng.randint(2, 4)
    for p, bank, count, _ in proxies:
        plan += [(p, bank)] * count
    rng.shuffle(plan)
    dates = course_dates(rng, len(plan), rng.uniform(4, 20), history=0.15)
    joint = rng.random() < 0.4
    stories = {}
    for (victim, bank), day in zip(plan, dates):
        rel = ("ex-partner" if victim == ex else "family" if victim == family
               else "" if victim == employer else "acquaintance")
        story = stories.setdefault(victim, Story(w, victim, suspect, "ex-partner" if victim == ex else "none", explicit))
        story.proxy = victim != ex
        story.extra = {"xname": exname, "xp": "her", "xs": "she", "famrel": famrel}
        if bank is None:
            key = rng.choice(["harassment", "malicious_comms", "po_s5", "breach_nmo"])
        elif bank is PROXY_PARTNER:
            key = rng.choice(["malicious_comms", "cd_vehicle", "po_s4a", "harassment"])
        elif bank is PROXY_EMPLOYER:
            key = rng.choice(["malicious_comms", "po_s5", "harassment"])
        else:
            key = rng.choice(["harassment", "malicious_comms", "comms_s127"])
        text = story.narrative(key, len(story.crime_ids), ["b_contact", "e_loiter", "a_follow"], bank)
        parties = [{"victim": victim, "suspect": suspect, "perp": suspect, "case": cases[victim]}]
        if victim == ex and joint and partner in cases:
            joint = False
            parties.append({"victim": partner, "suspect": suspect, "perp": suspect, "case": cases[partner]})
            text += " IP's new partner was also present and was threatened."
        dom = domestic_field(rng, "ex-partner" if victim == ex else "none")
        cid = w.crime(day, key, text, parties, relationship=rel_field(rng, rel), domestic=dom,
                      flags=flags_field(rng, dom.startswith("Y")), cat="missed_da" if victim == ex else "missed")
        story.crime_ids.append(cid)


def principal(w: World, scenario: str = "principal_crime") -> None:
    """A serious crime (threats to kill, ABH, burglary) sits on top of a stalking course."""
    rng = w.rng
    rel = weighted(rng, [("ex-partner", 70), ("acquaintance", 15), ("colleague", 5), ("stranger", 10)])
    victim, suspect = pick_pair(w, rel)
    story = Story(w, victim, suspect, rel, weighted(rng, [("overt", 5), ("moderate", 5)]))
    n_before = rng.randint(0, 2)
    keys = course_offences(rng, n_before, ["harassment", "malicious_comms"], ["po_s5"]) + [
        rng.choice(list(PRINCIPAL))]
    case = w.case("missed_stalking", scenario, victim, suspect,
                  f"{rel}; stalking course under principal crime {keys[-1]}, no stalking classification")
    domestic = rel == "ex-partner"
    for i, day in enumerate(course_dates(rng, len(keys), rng.uniform(5, 30))):
        key = keys[i]
        bank = PRINCIPAL.get(key)
        text = story.narrative(key, i, ["a_follow", "e_loiter", "b_contact", "g_watch"], bank)
        dom = domestic_field(rng, rel)
        story.crime_ids.append(w.crime(day, key, text, [{"victim": victim, "suspect": suspect, "perp": suspect,
                                                         "case": case}],
                                       relationship=rel_field(rng, rel), domestic=dom,
                                       flags=flags_field(rng, dom.startswith("Y")), cat=da_cat(domestic, "missed")))


# --------------------------------------------------------------------------- recorded stalking


def recorded(w: World, scenario: str) -> None:
    rng = w.rng
    rel = weighted(rng, RELATIONSHIPS)
    victim, suspect = pick_pair(w, rel)
    story = Story(w, victim, suspect, rel, weighted(rng, [("overt", 6), ("moderate", 4)]))
    stalking_keys = ["stalking_s2a", "stalking_s2a", "stalking_fear", "stalking_alarm"]
    flags_extra: list[str] = []
    if scenario in ("recorded_stalking_good", "recorded_stalking_gaps"):
        n = weighted(rng, [(1, 50), (2, 30), (3, 20)])
        keys = [rng.choice(stalking_keys) for _ in range(n)]
        if n > 1 and rng.random() < 0.4:
            keys[0] = rng.choice(["harassment", "malicious_comms"])  # reclassified after the first report
        cat = "rec_good" if scenario.endswith("good") else "rec_gap"
        cats = [cat] * n
        note = "recorded as stalking; follow-up " + ("complete and on time" if cat == "rec_good" else "with gaps")
    elif scenario == "recorded_partial":
        n = rng.randint(3, 5)
        keys = course_offences(rng, n, ["malicious_comms", "breach_nmo", "harassment", "cd_vehicle"], ["po_s5"])
        keys[rng.randrange(n)] = rng.choice(stalking_keys)
        cats = ["rec_gap" if k.startswith("stalking") else "missed" for k in keys]
        note = "one report recorded as stalking, the rest of the course under other offences"
    else:  # recorded_included_classification
        n = rng.randint(1, 2)
        keys = [rng.choice(["harassment", "malicious_comms"]) for _ in range(n - 1)] + [
            rng.choice(["threats_kill", "abh", "cd_dwelling"])]
        cats = ["rec_good" if rng.random() < 0.5 else "rec_gap"] * n
        flags_extra = ["Stalking"]
        note = "principal crime with stalking as included classification (flag)"
    domestic = rel == "ex-partner"
    case = w.case("recorded_stalking", scenario, victim, suspect, f"{rel}; {note}")
    for i, day in enumerate(course_dates(rng, n, rng.uniform(5, 30), history=0.1)):
        key = keys[i]
        text = story.narrative(key, i, ["b_contact", "a_follow", "e_loiter", "g_watch", "d_monitor"],
                               PRINCIPAL.get(key))
        dom = domestic_field(rng, rel)
        extra = flags_extra if i == n - 1 else []
        if key.startswith("stalking") and rng.random() < 0.3:
            extra = ["Stalking"]
        cat = cats[i] if not (domestic and cats[i] == "missed") else "missed_da"
        story.crime_ids.append(w.crime(day, key, text, [{"victim": victim, "suspect": suspect, "perp": suspect,
                                                         "case": case}],
                                       relationship=rel_field(rng, rel), domestic=dom,
                                       flags=flags_field(rng, dom.startswith("Y"), extra), cat=cat))


# --------------------------------------------------------------------------- hard negatives

NEIGHBOUR_ISSUES = ["parking", "the boundary fence", "the hedge", "noise", "bins", "the dog barking",
                    "building work on the extension", "kids playing football", "a shared driveway"]
NEIGHBOUR_LINES = [
    "{susp} shouted abuse over the fence", "{susp} has put up CCTV which IP says points into {vp} garden",
    "{susp} keeps staring at IP whenever {vs} is in the garden", "{susp} parked across IP's drive again",
    "{susp} threw garden waste over the fence", "{susp} swore at IP in the street",
    "{susp} cut down IP's side of the hedge", "{susp} banged on the wall late at night",
    "{susp} has been watching IP's house and filming {vo} on {sp} phone, says it is for evidence",
]
NEIGHBOUR_CONTEXT = [
    "ongoing neighbour dispute re {issue}", "long running dispute between neighbours over {issue}",
    "both parties have called police several times re {issue}", "council ASB team aware of dispute re {issue}",
]
NEIGHBOUR_CLOSE = [
    "counter allegation made - see {ref}", "both parties spoken to and advised", "neighbour mediation suggested via council",
    "susp states IP started it", "IP admits {vs} also swore at susp", "words of advice to both parties",
    "no further police action, civil matter", "community resolution agreed by both",
]


def neighbours(w: World, scenario: str = "neighbour_counter_allegations") -> None:
    """Two neighbours, each the victim in one crime and the suspect in another."""
    rng, pop = w.rng, w.pop
    a = pop.pick(rng.choice("FM"), (25, 80))
    b = pop.pick(rng.choice("FM"), (25, 80))
    issue = rng.choice(NEIGHBOUR_ISSUES)
    ab = w.case("not_stalking", scenario, a, b, f"neighbour dispute re {issue}; counter-allegations")
    ba = w.case("not_stalking", scenario, b, a, f"neighbour dispute re {issue}; counter-allegations")
    n = rng.randint(2, 4)
    stories = {a: Story(w, a, b, "neighbour", "moderate"), b: Story(w, b, a, "neighbour", "moderate")}
    shared_pc = str(pop.get(a, "postcode"))
    for i, day in enumerate(course_dates(rng, n, rng.uniform(5, 40), history=0.2)):
        victim = a if i % 2 == 0 else b
        suspect = b if victim == a else a
        story = stories[victim]
        story.crime_ids = [c for s in stories.values() for c in s.crime_ids]
        tok = story.tokens()
        tok["issue"] = issue
        parts = [rng.choice(T.OPENERS) + " " + story.pick(NEIGHBOUR_LINES, tok),
                 story.pick(NEIGHBOUR_CONTEXT, tok)]
        if i > 0 or rng.random() < 0.3:
            parts.append(story.pick(NEIGHBOUR_CLOSE, tok))
        key = rng.choice(["po_s5", "po_s5", "cd_other", "harassment", "cd_vehicle", "common_assault"])
        cid = w.crime(day, key, finish(rng, T.join_sentences(parts, rng)),
                      [{"victim": victim, "suspect": suspect, "perp": suspect, "case": ab if victim == a else ba,
                        "v_pc": shared_pc}],
                      relationship=rel_field(rng, "neighbour"), domestic=domestic_field(rng, "neighbour"),
                      flags=flags_field(rng, False, ["ASB"] if rng.random() < 0.3 else []), cat="hn")
        story.crime_ids.append(cid)


PROLIFIC_KEYS = ["shoplifting", "theft_from_vehicle", "burglary_res", "theft_other", "bicycle_theft", "robbery"]
PROLIFIC_LINES = {
    "shoplifting": "{susp} entered store and concealed {item} before leaving without paying. Identified on CCTV by staff who know {so}",
    "theft_from_vehicle": "{susp} seen on doorbell footage trying car door handles, IP's {item} taken from unlocked car",
    "burglary_res": "rear door forced, {item} taken. {susp} forensically identified from glove mark/blood",
    "theft_other": "{item} taken from IP's front garden. {susp} identified by PCSO from CCTV",
    "bicycle_theft": "IP's bike taken from o/s the shop. {susp} seen riding it later, known to police",
    "robbery": "{susp} approached IP and demanded {vp} phone, IP handed it over. {susp} identified from CCTV",
}
ITEMS = ["meat and cheese", "razor blades", "laundry pods", "alcohol", "a laptop", "a handbag", "sat nav",
         "tools", "a phone", "a bike", "perfume", "cash"]


def prolific(w: World, scenario: str = "prolific_offender") -> None:
    """One busy offender, many victims, one crime each: repeated but not a course against anyone."""
    rng, pop = w.rng, w.pop
    suspect = pop.pick("M" if rng.random() < 0.85 else "F", (17, 45), common=rng.random() < 0.15)
    for _ in range(rng.randint(5, 12)):
        key = rng.choice(PROLIFIC_KEYS)
        victim = pop.pick_org("store") if key == "shoplifting" else pop.pick(rng.choice("FM"), (18, 85))
        case = w.case("not_stalking", scenario, victim, suspect, f"prolific offender, {key}; single crime against this victim")
        story = Story(w, victim, suspect, "stranger", "moderate")
        tok = story.tokens()
        tok["item"] = rng.choice(ITEMS)
        line = story.fmt(PROLIFIC_LINES[key], tok)
        extra = rng.choice(["Susp is a known prolific offender", "Susp has numerous similar offences",
                            "Susp on the IOM scheme", "", "susp arrested and charged along with other offences"])
        w.crime(quarter_date(rng), key, finish(rng, T.join_sentences([line, extra], rng)),
                [{"victim": victim, "suspect": suspect, "perp": suspect, "case": case}],
                relationship=weighted(rng, [("stranger", 5), ("", 5)]), domestic=weighted(rng, [("N", 5), ("", 5)]),
                flags=flags_field(rng, False), cat="bg")


STORE_LINES = [
    "{susp} entered store and selected {item}, concealed in bag and left without paying",
    "store detective saw {susp} fill a bag with {item} and walk out past the tills",
    "{susp} has been in again and taken {item}, staff recognise {so} from previous thefts",
    "known shoplifter {susp} took {item}, staff followed {so} out of the store but lost sight",
    "{susp} banned from store but came in again and took {item}",
]


def store_thefts(w: World, scenario: str = "organisation_many_thefts") -> None:
    """One store, repeated thefts: the same shoplifters again and again, and strangers.
    A busy store (the first of a sample, then one in four) reports a hundred or more in
    the quarter."""
    rng, pop = w.rng, w.pop
    store = pop.pick_org("store")
    busy = rng.random() < 0.25 or scenario not in w.told
    regulars = [pop.pick(rng.choice("FM"), (16, 55)) for _ in range(rng.randint(6, 12) if busy else rng.randint(1, 2))]
    cases = {r: w.case("not_stalking", scenario, store, r, "repeat shoplifter at the same store") for r in regulars}
    for _ in range(rng.randint(80, 200) if busy else rng.randint(4, 9)):
        # most thefts at a busy store are never solved
        thief = -1 if busy and rng.random() < 0.6 else rng.choice(regulars + [-1])
        if thief == -1:
            case = w.case("not_stalking", scenario, store, None, "theft at the same store, suspect never identified")
            suspect_name, susp = -1, regulars[0]
        else:
            case, suspect_name, susp = cases[thief], thief, thief
        story = Story(w, store, susp, "stranger", "moderate", identified=thief != -1)
        tok = story.tokens()
        tok["item"] = rng.choice(ITEMS[:5] + ["clothing", "baby milk", "spirits", "chocolate"])
        line = story.fmt(rng.choice(STORE_LINES), tok)
        w.crime(quarter_date(rng), "shoplifting", finish(rng, line + ". " + rng.choice(
            ["CCTV available", "Value £45", "Items not recovered", "Staff statement to follow", "Value approx £120"])),
                [{"victim": store, "suspect": suspect_name, "perp": thief, "case": case}],
                relationship="" if thief == -1 else weighted(rng, [("stranger", 5), ("", 5)]),
                domestic="", flags=flags_field(rng, False, ["Repeat Location"] if rng.random() < 0.2 else []), cat="bg")


CCB_LINES = [
    "IP lives with partner susp, {ss} checks {vp} phone every night", "susp has {vp} location shared and gets angry if {vs} goes anywhere",
    "susp controls all the money and gives IP an allowance", "IP is not allowed to see {vp} friends or family",
    "susp turns up at {vp} work to check who {vs} is talking to", "susp smashed {vp} phone when {vs} didn't answer quickly",
    "susp tracks {vp} car on an app and questions {vo} about every journey", "susp reads all {vp} msgs and deleted {vp} friends off FB",
]
CCB_CONTEXT = ["IP disclosed a long history of controlling behaviour in the relationship",
               "they still live together with the children", "IDVA referral made", "IP does not want susp arrested",
               "DASH completed", "susp arrested and bailed to a different address"]


def controlling(w: World, scenario: str = "ccb_current_partner") -> None:
    """Current-partner abuse correctly recorded as controlling or coercive behaviour."""
    rng, pop = w.rng, w.pop
    victim = pop.pick("F" if rng.random() < 0.85 else "M", (18, 60))
    suspect = pop.pick("M" if pop.get(victim, "gender") == "F" else rng.choice("FM"), (18, 65))
    case = w.case("not_stalking", scenario, victim, suspect, "current partner; controlling or coercive behaviour")
    story = Story(w, victim, suspect, "partner", "moderate")
    n = rng.randint(1, 3)
    keys = ["ccb"] + [rng.choice(["common_assault", "cd_dwelling", "ccb"]) for _ in range(n - 1)]
    shared = str(pop.get(victim, "postcode"))
    for i, day in enumerate(course_dates(rng, n, rng.uniform(10, 40), history=0.1)):
        tok = story.tokens()
        lines = rng.sample(CCB_LINES, rng.randint(2, 4))
        parts = [rng.choice(T.OPENERS) + " " + story.fmt(lines[0], tok)] + [story.fmt(x, tok) for x in lines[1:]]
        parts.append(rng.choice(CCB_CONTEXT))
        w.crime(day, keys[i], finish(rng, T.join_sentences(parts, rng)),
                [{"victim": victim, "suspect": suspect, "perp": suspect, "case": case, "v_pc": shared}],
                relationship=rel_field(rng, "partner"), domestic=domestic_field(rng, "partner"),
                flags=flags_field(rng, True), cat="hn_da")
        story.crime_ids.append(len(w.crimes) - 1)


COPARENT_LINES = [
    "IP and susp have a child together and there is a family court order for contact every other w/e",
    "msgs from susp are about handover arrangements", "susp messaged {n} times about the child being late back",
    "argument at handover at {place}, both shouting", "no threats made, msgs rude but related to the children",
    "contact is via the agreed app as per court order", "IP confirms susp has not been to {vp} address other than for handovers",
    "susp says IP keeps stopping contact with the kids", "dispute over who has the kids at half term",
]
COPARENT_CLOSE = [
    "IP advised this is a civil/family matter and to speak to {vp} solicitor", "words of advice to both re conduct at handovers",
    "no offences disclosed beyond the msgs, IP wanted it logged", "both parents reminded of the court order",
    "IP confirms no further contact outside child arrangements",
]


def coparenting(w: World, scenario: str = "coparenting_contact") -> None:
    """Separated parents in contact under a court order: rude, repeated, not stalking."""
    rng, pop = w.rng, w.pop
    victim, suspect = pick_pair(w, "ex-partner")
    case = w.case("not_stalking", scenario, victim, suspect, "ex-partners; contact about children under a court order")
    story = Story(w, victim, suspect, "ex-partner", "moderate")
    n = rng.randint(1, 3)
    for i, day in enumerate(course_dates(rng, n, rng.uniform(20, 60), history=0.1)):
        tok = story.tokens()
        lines = rng.sample(COPARENT_LINES, rng.randint(2, 3))
        parts = [rng.choice(T.OPENERS) + " " + story.fmt(lines[0], tok)] + [story.fmt(x, tok) for x in lines[1:]]
        parts.append(story.pick(COPARENT_CLOSE, tok))
        key = rng.choice(["malicious_comms", "harassment", "po_s5", "comms_s127"])
        dom = domestic_field(rng, "ex-partner")
        w.crime(day, key, finish(rng, T.join_sentences(parts, rng)),
                [{"victim": victim, "suspect": suspect, "perp": suspect, "case": case}],
                relationship=rel_field(rng, "ex-partner"), domestic=dom, flags=flags_field(rng, dom.startswith("Y")),
                cat="hn_da")
        story.crime_ids.append(len(w.crimes) - 1)


ONE_OFF_LINES = [
    "IP received a single abusive msg from {susp} on {platform} after an argument",
    "{susp} sent IP one msg calling {vo} names over money owed", "{susp} posted one nasty comment on IP's FB post",
    "IP got a voicemail from {susp} shouting about a parking space", "IP received a one-off threatening text from {susp} re a debt",
]
ONE_OFF_CLOSE = [
    "IP confirms no further contact since", "no previous incidents between the parties",
    "no suggestion of being followed or watched", "IP just wants it logged", "IP happy with words of advice to susp",
    "IP states there is no history and this is out of character", "IP confirms no contact before or since",
]


def one_off(w: World, scenario: str = "one_off_message") -> None:
    rng = w.rng
    rel = weighted(rng, [("ex-partner", 30), ("acquaintance", 35), ("colleague", 10), ("neighbour", 10), ("online contact", 15)])
    victim, suspect = pick_pair(w, rel)
    case = w.case("not_stalking", scenario, victim, suspect, f"{rel}; single message, no further contact")
    story = Story(w, victim, suspect, rel, "moderate")
    tok = story.tokens()
    parts = [rng.choice(T.OPENERS) + " " + story.pick(ONE_OFF_LINES, tok)]
    parts += [story.pick(ONE_OFF_CLOSE, tok) for _ in range(rng.randint(1, 2))]
    dom = domestic_field(rng, rel)
    w.crime(quarter_date(rng), rng.choice(["malicious_comms", "comms_s127", "malicious_comms", "harassment"]),
            finish(rng, T.join_sentences(parts, rng)),
            [{"victim": victim, "suspect": suspect, "perp": suspect, "case": case}],
            relationship=rel_field(rng, rel), domestic=dom, flags=flags_field(rng, dom.startswith("Y")),
            cat="hn_da" if dom.startswith("Y") else "hn")


UNRELATED = [
    ("burglary_res", "rear door forced while IP on holiday, {item} taken. No suspect seen"),
    ("common_assault", "IP was punched by {susp} during an argument in the queue at the pub. IP confirms no previous contact with {so}"),
    ("vehicle_theft", "IP's car taken from driveway overnight, keys not taken. No CCTV"),
    ("fraud", "IP paid a deposit for a car advertised on Marketplace, seller then blocked {vo}"),
    ("theft_from_vehicle", "IP's {item} taken from car parked at work"),
    ("po_s5", "{susp} swore at IP in a road rage incident on the ring road. One off, IP does not know {so}"),
    ("robbery", "IP's phone snatched by a male on a bike, no description"),
    ("common_assault", "IP was punched by an unknown male in the away end at the football, no previous contact"),
]


def unrelated(w: World, scenario: str = "unrelated_crimes_same_victim") -> None:
    """One unlucky victim, several crimes by different people."""
    rng, pop = w.rng, w.pop
    victim = pop.pick(rng.choice("FM"), (18, 80))
    for key, line in rng.sample(UNRELATED, rng.randint(3, 4)):
        named = "{susp}" in line
        offender = pop.pick(rng.choice("FMM"), (16, 60)) if named else pop.pick("M", (16, 60))
        case = w.case("not_stalking", scenario, victim, offender if named else None,
                      f"unrelated {key} against a repeat victim")
        story = Story(w, victim, offender, "stranger", "moderate")
        tok = story.tokens()
        tok["item"] = rng.choice(ITEMS)
        w.crime(quarter_date(rng), key, finish(rng, rng.choice(T.OPENERS) + " " + story.fmt(line, tok) + "."),
                [{"victim": victim, "suspect": offender if named else -1, "perp": offender if named else -1, "case": case}],
                relationship="stranger" if named else "", domestic="N" if rng.random() < 0.5 else "",
                flags=flags_field(rng, False), cat="bg")
