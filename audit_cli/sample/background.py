"""Bulk background crime, drawn column-wise with numpy.

Most of a quarter is ordinary volume crime. Narratives come from templates whose slots are
filled by array indexing, so a million rows cost seconds. The slot vocabularies carry the
words that make naive keyword search fail on ordinary crime ("followed", "watching",
"msgs", "turned up") and the negations officers write ("no suggestion IP was followed").
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from audit_cli.sample import text as T
from audit_cli.sample.names import STREETS
from audit_cli.sample.offences import OFFENCES
from audit_cli.sample.world import HISTORY_START, QUARTER_START

SLOTS: dict[str, list[str]] = {
    "opener": ["IP reports", "IP states", "Victim reports", "Caller reports", "IP has called to report that",
               "Online report -", "IP attended front counter,", "Report via 101 -", "IP reported that"],
    "store_opener": ["Store detective reports", "Staff at store report", "Security report", "Store manager reports",
                     "Store reports via online portal -", "Staff report"],
    "store_item": ["meat", "alcohol", "razor blades", "baby milk", "cheese", "coffee", "laundry pods", "perfume",
                   "clothing", "trainers", "chocolate", "spirits", "headphones", "make up", "steaks", "Lego"],
    "item": ["a handbag", "a laptop", "a mobile phone", "a wallet", "a sat nav", "tools", "a bag of shopping",
             "a purse", "an iPad", "sunglasses", "cash", "a coat", "a parcel", "a bike"],
    "value": ["£25", "£47.50", "£120", "£300", "approx £80", "£1,200", "£15", "£650", "£89.99", "£230"],
    "when": ["overnight", "yesterday", "this morning", "at approx 2300hrs", "over the w/e", "earlier today",
             "between 1800 and 0700", "on Sat night", "whilst IP was at work", "last night"],
    "street": STREETS,
    "vehicle": T.VEHICLES,
    "place": ["the bus station", "the gym changing rooms", "a table in the pub", "the park", "the hospital",
              "the train", "o/s the shop", "the beer garden", "work", "the library"],
    "entry": ["rear door forced", "window smashed to gain entry", "front door lock snapped", "insecure rear door",
              "patio door jemmied", "entry via kitchen window", "garage door forced"],
    "stolen_home": ["jewellery and cash", "a laptop and an iPad", "car keys", "a TV", "designer handbags",
                    "power tools from the garage", "a games console", "bank cards"],
    "stolen_bus": ["cigarettes", "cash from the till", "copper cable", "tools", "laptops", "stock", "the safe"],
    "injury": ["a cut lip", "bruising to the face", "a swollen eye", "no visible injuries", "a bloody nose",
               "redness to the neck", "a cut above the eye", "a broken nose"],
    "assault_act": ["punched IP to the face", "pushed IP to the ground", "headbutted IP", "slapped IP",
                    "kicked IP whilst on the floor", "grabbed IP by the throat", "threw a glass at IP"],
    "assault_ctx": ["during an argument outside a pub", "in a dispute over a taxi", "at a house party",
                    "at the school gates over a parking space", "in the queue at a takeaway", "at a football match",
                    "over a spilt drink", "after a minor car accident", "in the town centre"],
    "da_ctx": ["during an argument at home", "after coming home drunk", "in front of the children",
               "during a row about money", "when IP tried to leave the room", "after IP's family visited"],
    "da_close": ["DASH completed", "DASH standard", "susp arrested", "IP does not support", "susp left prior to police arrival",
                 "BWV captured", "susp bailed with conditions", "first reported incident"],
    "cd_vehicle": ["wing mirror kicked off", "windscreen smashed", "car keyed down one side", "tyres slashed",
                   "dent to the bonnet", "rear window smashed with a brick", "aerial snapped off"],
    "cd_dwelling": ["front window smashed", "eggs thrown at front door", "front door kicked and damaged",
                    "stone thrown through window", "fence panels kicked in", "graffiti on garage door"],
    "cd_other": ["bus shelter glass smashed", "graffiti sprayed on the wall", "school window smashed",
                 "planters tipped over", "CCTV camera ripped off the wall", "play equipment set alight"],
    "po_ctx": ["after IP asked them to turn the music down", "in the street for no reason", "outside the chip shop",
               "on the bus", "after a minor collision in the car park", "at a bus stop", "in the queue at the post office"],
    "po_act": ["was shouting and swearing at IP", "made threats to IP and squared up", "was abusive and aggressive towards IP",
               "made racist comments to IP", "shouted homophobic abuse at IP", "spat on the floor near IP and swore"],
    "fraud_mo": ["IP received a text msg purporting to be from the bank and transferred money",
                 "IP bought a PS5 online which never turned up", "IP's card used for purchases IP did not make",
                 "IP was called by someone claiming to be HMRC and paid them", "IP paid for a puppy advertised online, seller stopped replying",
                 "IP received msgs from someone pretending to be IP's son asking for money"],
    "rob_act": ["phone snatched", "made to hand over wallet", "bag pulled from shoulder", "threatened with a knife and phone taken",
                "punched and watch taken"],
    "males": ["two males", "a group of youths", "a male on a bike", "three males", "a male in a balaclava"],
    "harass_src": ["a former friend", "a customer", "the landlord", "a debt collector", "a group of youths", "a family member of an ex-employee"],
    "harass_act": ["sending abusive msgs over money owed", "shouting abuse at IP when passing the house",
                   "posting about IP's business online", "knocking on the door demanding rent",
                   "leaving bad reviews and ringing the shop"],
    "fuel_place": ["Shell garage on the ring road", "the Esso on London Road", "BP Melton Road", "the Texaco"],
    "keys": ["not taken", "taken in a burglary", "left in the ignition", "still with IP"],
    "close": ["No CCTV available.", "CCTV requested.", "Forensics attended.", "No witnesses.", "House to house negative.",
              "Susp arrested.", "Susp charged.", "Filed pending further info.", "Crime ref given for insurance.",
              "Susp identified via CCTV.", "Community resolution offered.", "No lines of enquiry.", "Enquiries ongoing.",
              "Passed to Crime Bureau.", "", ""],
    "distractor": ["", "", "", "", "", "", "No suggestion IP has been targeted.", "IP confirms no further contact with susp.",
                   "IP not aware of any previous issues.", "Security followed susp out but lost sight.",
                   "Neighbour was watching TV and heard nothing.", "No repeat incidents.", "IP followed crime prevention advice.",
                   "Parcel never turned up.", "No suggestion of being followed.", "Staff kept watching susp on CCTV.",
                   "IP rec'd text msg from bank re the transaction.", "Susp turned up later and was detained.",
                   "No previous contact between the parties.", "One off incident."],
}

# key, share, victim kind (person / store / any org), P(suspect named), P(2 victims), P(2 suspects), relationships, domestic, templates
BG_TYPES: list[tuple] = [
    ("shoplifting", 14, "store", 0.55, 0.0, 0.08, ["stranger", ""], False, [
        "{store_opener} susp entered store and selected {store_item} to the value of {value}, concealed and left without paying. {close}",
        "{store_opener} two males took {store_item} from the shelves and ran out. {distractor} {close}",
        "Male entered, filled a bag with {store_item} and left past the tills. Value {value}. {close}",
        "Susp has taken {store_item} ({value}) and decamped on foot towards {street}. {distractor}",
        "Female seen on CCTV concealing {store_item} in a pram. {close}"]),
    ("theft_other", 9, "person", 0.2, 0.02, 0.02, ["stranger", "acquaintance", ""], False, [
        "{opener} {item} taken from {place} {when}. {close} {distractor}",
        "{opener} {item} was left unattended at {place} and was taken. {close}",
        "{opener} parcel delivered to address on {street} was taken from the doorstep {when}. {distractor}"]),
    ("theft_from_vehicle", 6, "person", 0.1, 0.0, 0.03, [""], False, [
        "{opener} vehicle parked on {street} was entered {when} and {item} taken. {close}",
        "{opener} {vehicle} broken into {when}, window smashed and {item} taken. {distractor} {close}"]),
    ("vehicle_theft", 3, "person", 0.1, 0.0, 0.02, [""], False, [
        "{opener} {vehicle} taken from o/s home address on {street} {when}. Keys {keys}. {close}"]),
    ("bicycle_theft", 3, "person", 0.08, 0.0, 0.0, [""], False, [
        "{opener} pedal cycle taken from {place} {when}, lock cut. {close}"]),
    ("burglary_res", 6, "person", 0.15, 0.12, 0.05, [""], False, [
        "{opener} {entry} at home address on {street} {when}, {stolen_home} taken. {close} {distractor}",
        "{opener} returned home to find {entry}. {stolen_home} taken. {close}"]),
    ("burglary_bus", 3, "org", 0.1, 0.0, 0.05, [""], False, [
        "Keyholder reports {entry} at premises on {street} {when}, {stolen_bus} taken. {close}"]),
    ("cd_vehicle", 5, "person", 0.25, 0.0, 0.02, ["stranger", "neighbour", ""], False, [
        "{opener} {cd_vehicle} whilst parked on {street} {when}. {close} {distractor}",
        "{opener} came out to find {cd_vehicle}. {close}"]),
    ("cd_dwelling", 3, "person", 0.3, 0.05, 0.02, ["stranger", "neighbour", "acquaintance", ""], False, [
        "{opener} {cd_dwelling} at address on {street} {when}. {close} {distractor}"]),
    ("cd_other", 2, "org", 0.15, 0.0, 0.05, [""], False, ["{cd_other} on {street} {when}. {close}"]),
    ("common_assault", 9, "person", 0.8, 0.03, 0.1, ["stranger", "acquaintance", "family", ""], False, [
        "{opener} susp {assault_act} {assault_ctx}. IP has {injury}. {close} {distractor}",
        "{opener} assaulted by susp {assault_ctx}, susp {assault_act}. {close}"]),
    ("abh", 4, "person", 0.75, 0.02, 0.12, ["stranger", "acquaintance", ""], False, [
        "{opener} susp {assault_act} {assault_ctx} causing {injury}. {close}"]),
    ("po_s5", 4, "person", 0.7, 0.05, 0.1, ["stranger", "neighbour", ""], False, [
        "{opener} susp {po_act} {po_ctx}. {close} {distractor}"]),
    ("po_s4a", 2, "person", 0.65, 0.03, 0.08, ["stranger", ""], False, [
        "{opener} susp {po_act} {po_ctx}. IP was very upset. {close}"]),
    ("fraud", 6, "person", 0.1, 0.0, 0.0, [""], False, ["{opener} {fraud_mo}. Loss {value}. {close}"]),
    ("robbery", 2, "person", 0.3, 0.02, 0.2, ["stranger", ""], False, [
        "{opener} approached by {males} on {street} {when}, {rob_act}. {close} {distractor}"]),
    ("making_off", 2, "store", 0.4, 0.0, 0.0, [""], False, [
        "Fuel to the value of {value} taken from {fuel_place}, {vehicle} drove off without paying. {close}"]),
    ("malicious_comms", 1.5, "person", 0.4, 0.0, 0.0, ["acquaintance", "stranger", ""], False, [
        "{opener} received an abusive msg from an account after posting in a local FB group. {distractor}",
        "{opener} one offensive voicemail left on IP's business line. {close}"]),
    ("harassment", 1.2, "person", 0.6, 0.0, 0.0, ["acquaintance", "stranger", ""], False, [
        "{opener} ongoing issues with {harass_src} who keeps {harass_act}. {close}"]),
    ("common_assault", 5, "person", 0.97, 0.0, 0.0, ["partner", "ex-partner", "family"], True, [
        "{opener} susp {assault_act} {da_ctx}. IP has {injury}. {da_close}",
        "{opener} partner susp {assault_act} {da_ctx}. {da_close} {distractor}"]),
    ("abh", 1.5, "person", 0.97, 0.0, 0.0, ["partner", "family"], True, [
        "{opener} susp {assault_act} {da_ctx} causing {injury}. {da_close}"]),
    ("threats_kill", 0.6, "person", 0.9, 0.0, 0.0, ["acquaintance", "family", "partner"], True, [
        "{opener} susp said he would kill IP {da_ctx}. {da_close}"]),
]

_SLOT_RE = re.compile(r"\{(\w+)\}")


def fill_templates(rng: np.random.Generator, templates: list[str], n: int) -> np.ndarray:
    """n narratives: a template per row, every slot filled by array indexing."""
    out = np.empty(n, dtype=object)
    which = rng.integers(0, len(templates), n)
    for t, template in enumerate(templates):
        rows = np.flatnonzero(which == t)
        if not len(rows):
            continue
        pieces = _SLOT_RE.split(template)
        acc = np.full(len(rows), "", dtype=object)
        blank = np.zeros(len(rows), dtype=bool)
        for k, piece in enumerate(pieces):
            if k % 2 == 0:
                acc = acc + piece
            else:
                vocab = np.array(SLOTS[piece], dtype=object)
                chosen = vocab[rng.integers(0, len(vocab), len(rows))]
                blank |= chosen == ""
                acc = acc + chosen
        # An empty slot leaves a doubled or trailing space behind.
        acc[blank] = pd.Series(acc[blank], dtype=object).str.replace(r"\s{2,}", " ", regex=True).str.strip().to_numpy(dtype=object)
        out[rows] = acc
    return out


def weighted_codes(rng: np.random.Generator, key: str, n: int) -> tuple[np.ndarray, np.ndarray]:
    codes, titles = OFFENCES[key]
    pc = np.array([w for _, w in codes], dtype=float)
    pt = np.array([w for _, w in titles], dtype=float)
    c = np.array([c for c, _ in codes], dtype=object)[rng.choice(len(codes), n, p=pc / pc.sum())]
    t = np.array([t for t, _ in titles], dtype=object)[rng.choice(len(titles), n, p=pt / pt.sum())]
    return c, t


def noisy(rng: np.random.Generator, narratives: np.ndarray) -> np.ndarray:
    """Spelling habits over a share of narratives (whole-text, like one officer's style)."""
    s = pd.Series(narratives, dtype=object)
    pick = rng.random(len(s))
    mis = pick < 0.12
    s[mis] = s[mis].str.replace(T._MISSPELL_RE, lambda m: T.MISSPELLINGS[m.group(1)], regex=True)
    abbr = (pick >= 0.12) & (pick < 0.40)
    s[abbr] = s[abbr].str.replace(T._ABBREV_RE, lambda m: T.ABBREVIATIONS[m.group(1)], regex=True)
    up = rng.random(len(s)) < 0.03
    s[up] = s[up].str.upper()
    return s.to_numpy(dtype=object)


def random_datetimes(rng: np.random.Generator, n: int, p_history: float = 0.08) -> np.ndarray:
    q0 = np.datetime64(QUARTER_START, "s")
    h0 = np.datetime64(HISTORY_START, "s")
    in_q = rng.random(n) >= p_history
    span_q = 92 * 86400
    span_h = int((q0 - h0) / np.timedelta64(1, "s"))
    secs = np.where(in_q, rng.integers(0, span_q, n), rng.integers(0, span_h, n))
    base = np.where(in_q, q0, h0)
    # Whole minutes, like a records system's timestamp.
    return (base + (secs // 60 * 60).astype("timedelta64[s]")).astype("datetime64[s]")


def background(rng: np.random.Generator, pop, rows: int, first_crime: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Crimes and party pairings for exactly `rows` export rows of ordinary crime."""
    if rows <= 0:
        return pd.DataFrame(), pd.DataFrame()
    shares = np.array([t[1] for t in BG_TYPES], dtype=float)
    n = rows + 20  # every crime has at least one row, so this always suffices
    kind = rng.choice(len(BG_TYPES), n, p=shares / shares.sum())
    p_two_v = np.array([t[4] for t in BG_TYPES])[kind]
    p_two_s = np.array([t[5] for t in BG_TYPES])[kind]
    named = rng.random(n) < np.array([t[3] for t in BG_TYPES])[kind]
    extra = np.zeros(n, dtype=int)  # 1 = second victim, 2 = second suspect
    roll = rng.random(n)
    extra[roll < p_two_v] = 1
    extra[(roll >= p_two_v) & (roll < p_two_v + p_two_s) & named] = 2
    size = 1 + (extra > 0)
    ends = np.cumsum(size)
    keep = int(np.searchsorted(ends, rows, side="right"))
    if keep < n and (keep == 0 or ends[keep - 1] < rows):
        # One row short: the next crime joins with a single party.
        extra[keep] = 0
        keep += 1
    kind, named, extra = kind[:keep], named[:keep], extra[:keep]
    n = keep

    crimes = pd.DataFrame({
        "recorded": random_datetimes(rng, n),
        "key": np.array([t[0] for t in BG_TYPES], dtype=object)[kind],
    })
    narrative = np.empty(n, dtype=object)
    code = np.empty(n, dtype=object)
    title = np.empty(n, dtype=object)
    relationship = np.full(n, "", dtype=object)
    domestic = np.empty(n, dtype=object)
    victims = np.empty(n, dtype=np.int64)
    people = pop.people_index
    for k, (key, _, vkind, _, _, _, rels, is_da, templates) in enumerate(BG_TYPES):
        rows_k = np.flatnonzero(kind == k)
        if not len(rows_k):
            continue
        narrative[rows_k] = fill_templates(rng, templates, len(rows_k))
        code[rows_k], title[rows_k] = weighted_codes(rng, key, len(rows_k))
        rel = np.array(rels, dtype=object)[rng.integers(0, len(rels), len(rows_k))]
        relationship[rows_k] = np.where(named[rows_k] | is_da, rel, "")
        if is_da:
            domestic[rows_k] = np.array(["Y", "Y", "Y", "Y", "", "Yes"], dtype=object)[rng.integers(0, 6, len(rows_k))]
        else:
            domestic[rows_k] = np.array(["N", "N", "", "", "No"], dtype=object)[rng.integers(0, 5, len(rows_k))]
        pool = {"org": pop.org_index, "store": pop.store_index}.get(vkind, people)
        victims[rows_k] = pool[rng.integers(0, len(pool), len(rows_k))]
    is_da = np.array([t[7] for t in BG_TYPES])[kind]
    crimes["narrative"] = noisy(rng, narrative)
    crimes["offence_code"] = code
    crimes["offence"] = title
    crimes["relationship"] = relationship
    crimes["domestic"] = domestic
    crimes["cat"] = np.where(is_da, "bg_da", "bg")
    crimes["flags"] = background_flags(rng, is_da, crimes["key"].to_numpy())
    lag = rng.choice(np.array([0, 0, 0, 0, 1, 1, 2, 3, 7]), n).astype("timedelta64[D]")
    off = crimes["recorded"].to_numpy() - lag
    crimes["offence_date"] = np.where(rng.random(n) < 0.85, off, np.datetime64("NaT"))
    crimes.index = np.arange(first_crime, first_crime + n)

    crime_no = crimes.index.to_numpy()
    suspects = np.where(named, distinct_from(rng, people, [victims]), -1)
    v2 = distinct_from(rng, people, [victims, suspects])
    s2 = distinct_from(rng, people, [victims, suspects])
    pairs = pd.concat([
        pd.DataFrame({"crime": crime_no, "order": 0, "victim": victims, "suspect": suspects}),
        pd.DataFrame({"crime": crime_no, "order": 1, "victim": v2, "suspect": suspects})[extra == 1],
        pd.DataFrame({"crime": crime_no, "order": 1, "victim": victims, "suspect": s2})[extra == 2],
    ], ignore_index=True)
    pairs["perp"] = pairs["suspect"]
    pairs["case"] = -1
    pairs["v_pc"] = ""
    return crimes, pairs


def distinct_from(rng: np.random.Generator, pool: np.ndarray, others: list[np.ndarray]) -> np.ndarray:
    """A random person per crime who is none of the crime's other parties."""
    pos = rng.integers(0, len(pool), len(others[0]))
    for _ in range(len(others) + 1):
        clash = np.zeros(len(pos), dtype=bool)
        for o in others:
            clash |= pool[pos] == o
        if not clash.any():
            break
        pos = np.where(clash, (pos + 1) % len(pool), pos)
    return pool[pos]


def background_flags(rng: np.random.Generator, is_da: np.ndarray, keys: np.ndarray) -> np.ndarray:
    n = len(is_da)
    flags = np.full(n, "", dtype=object)
    da_flag = np.array(["DA", "DA", "DA", "Domestic", "DA; Repeat Victim", ""], dtype=object)
    flags[is_da] = da_flag[rng.integers(0, len(da_flag), int(is_da.sum()))]
    hate = np.isin(keys, ["po_s4a", "po_s5"]) & (rng.random(n) < 0.15)
    flags[hate] = "Hate"
    other = (~is_da) & (~hate) & (rng.random(n) < 0.04)
    pool = np.array(["Repeat Victim", "Vulnerable", "ASB", "Alcohol", "Night Time Economy"], dtype=object)
    flags[other] = pool[rng.integers(0, len(pool), int(other.sum()))]
    return flags
