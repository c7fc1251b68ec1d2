"""Offence titles and codes as forces export them.

Only the stalking codes (195/12, 8/65, 8/66) and the public order codes (125/9, 125/11,
125/12) are confirmed Home Office codes (domain.md section 3); the other codes are
illustrative stand-ins in the same shapes (class/subclass or classification letters),
chosen so that none collides with a stalking code. Titles carry the spelling and wording
variety of real exports ("Harrassment", "behavious").
"""

from __future__ import annotations

import numpy as np
import pandas as pd

STALKING_CODES = ("195/12", "8/65", "8/66")

# key: (codes with relative frequency, titles with relative frequency)
OFFENCES: dict[str, tuple[list[tuple[str, int]], list[tuple[str, int]]]] = {
    "stalking_s2a": ([("195/12", 9), ("", 1)], [
        ("Stalking - PHA 1997 s2A", 8), ("Stalking (s2A Protection from Harassment Act 1997)", 3),
        ("STALKING - S2A PHA", 2), ("Stalking", 2), ("Stalking - pursue course of conduct", 1)]),
    "stalking_fear": ([("8/65", 6), ("008/65", 3), ("", 1)], [
        ("Stalking involving fear of violence - PHA 1997 s4A(1)(b)(i)", 5),
        ("Stalking - fear of violence s4A", 3), ("STALKING INVOLVING FEAR OF VIOLENCE", 2)]),
    "stalking_alarm": ([("8/66", 6), ("008/66", 3), ("", 1)], [
        ("Stalking involving serious alarm or distress - PHA 1997 s4A(1)(b)(ii)", 5),
        ("Stalking - serious alarm/distress (s4A)", 3),
        ("Stalking involving serious alarm / distress", 2)]),
    "harassment": ([("195/94", 5), ("8L", 3), ("", 2)], [
        ("Harassment - PHA 1997 s2", 8), ("Harassment without violence", 3),
        ("Harrassment - PHA s2", 2), ("HARASSMENT", 2),
        ("Pursue course of conduct amounting to harassment", 2),
        ("Harassment - Protection from Harassment Act 1997 s.2", 2), ("Harassment", 3)]),
    "harassment_fear": ([("8/1", 4), ("8L", 3), ("", 1)], [
        ("Harassment - put people in fear of violence PHA s4", 4),
        ("Harassment (fear of violence) - PHA 1997 s4", 3)]),
    "malicious_comms": ([("8R", 4), ("195/99", 2), ("", 3)], [
        ("Malicious Communications", 8), ("Malicious Comms - MCA 1988 s1", 3),
        ("Sending letters etc with intent to cause distress or anxiety", 3),
        ("Malicious communications (electronic)", 2), ("MALICIOUS COMMUNICATIONS ACT 1988 S1", 2),
        ("Malicous Communications", 1), ("Malicious comms", 2)]),
    "comms_s127": ([("", 6), ("8R", 1)], [
        ("Improper use of public electronic communications network - CA 2003 s127", 4),
        ("Communications Act 2003 s127 - menacing message", 2),
        ("Persistent use of public comms network to cause annoyance s127(2)", 2),
        ("Comms Act offence s127", 1)]),
    "po_s4a": ([("125/9", 6), ("125/09", 3), ("", 1)], [
        ("Public Order s4A - Intentional Harassment Alarm or Distress", 5),
        ("Causing intentional harassment, alarm or distress (Sec 4A POA)", 3),
        ("POA s4A Intentional HAD", 2), ("Intentional harassment alarm or distress", 2)]),
    "po_s4": ([("125/11", 8), ("", 1)], [
        ("Fear or provocation of violence - POA 1986 s4", 4), ("Public Order s4", 2)]),
    "po_s5": ([("125/12", 8), ("", 1)], [
        ("Public Order s5 - Harassment Alarm or Distress", 5), ("Sec 5 Public Order", 2),
        ("Harassment, alarm or distress - POA 1986 s5", 3), ("PUBLIC ORDER ACT S5", 2)]),
    "cd_vehicle": ([("58C", 6), ("", 2)], [
        ("Criminal Damage to Vehicle", 6), ("Criminal damage - vehicle (under 5000)", 2),
        ("CRIM DAMAGE TO MOTOR VEHICLE", 2), ("Criminal Damage to a Vehicle", 2)]),
    "cd_dwelling": ([("58A", 6), ("", 2)], [
        ("Criminal Damage to Dwelling", 6), ("Criminal Damage - Dwelling", 3),
        ("CRIMINAL DAMAGE TO DWELLING", 2)]),
    "cd_other": ([("58D", 6), ("", 2)], [
        ("Criminal Damage - Other", 5), ("Criminal Damage to Other Property", 3),
        ("Crim damage other", 1)]),
    "breach_nmo": ([("", 6), ("8L", 2)], [
        ("Breach of non-molestation order", 6), ("Breach of Non Molestation Order - FLA 1996 s42A", 3),
        ("BREACH OF NON-MOLESTATION ORDER", 2), ("Breach of non-mol order", 1)]),
    "breach_ro": ([("", 6), ("8L", 2)], [
        ("Breach of a restraining order - Sentencing Act 2020 Sec 363 (1) (2)", 4),
        ("Breach of Restraining Order", 5), ("Breach of RO", 1),
        ("Breach of restraining order (PHA s5)", 2)]),
    "theft_other": ([("49/1", 6), ("", 2)], [
        ("Theft - Other", 5), ("Theft (other)", 3), ("THEFT OTHER", 2), ("Other theft", 2)]),
    "interfere_vehicle": ([("126/1", 5), ("", 3)], [
        ("Interfering with a motor vehicle", 5), ("Vehicle interference", 2)]),
    "threats_kill": ([("3B", 5), ("3/1", 3), ("", 1)], [
        ("Threats to Kill", 6), ("Threats to kill - OAPA 1861 s16", 3), ("THREATS TO KILL", 2)]),
    "abh": ([("8/1A", 5), ("", 2)], [
        ("Assault occasioning actual bodily harm", 5), ("ABH - OAPA s47", 3),
        ("Assault with injury", 3)]),
    "common_assault": ([("105/1", 6), ("", 2)], [
        ("Common Assault", 6), ("Assault without injury", 3), ("Common assault and battery", 2)]),
    "burglary_res": ([("28/3", 6), ("", 2)], [
        ("Burglary - Residential", 6), ("Burglary Dwelling", 3), ("Burglary - Residential (home)", 2)]),
    "burglary_bus": ([("30/1", 6), ("", 2)], [
        ("Burglary - Business and Community", 5), ("Burglary Non-Dwelling", 3)]),
    "shoplifting": ([("46/1", 7), ("", 2)], [
        ("Theft from Shop", 6), ("Shoplifting", 5), ("THEFT FROM SHOP OR STALL", 2)]),
    "theft_from_vehicle": ([("45/1", 6), ("", 2)], [
        ("Theft from Motor Vehicle", 6), ("Theft from vehicle", 3)]),
    "vehicle_theft": ([("48/1", 6), ("", 2)], [
        ("Theft of Motor Vehicle", 5), ("Aggravated vehicle taking", 1), ("TWOC", 2)]),
    "bicycle_theft": ([("44/1", 6), ("", 2)], [("Theft of Pedal Cycle", 5), ("Bicycle theft", 3)]),
    "robbery": ([("34B", 6), ("", 1)], [("Robbery of Personal Property", 5), ("Robbery - personal", 2)]),
    "fraud": ([("53/2", 4), ("", 4)], [
        ("Fraud by false representation", 5), ("Fraud - online shopping", 2), ("Bank and credit account fraud", 2)]),
    "making_off": ([("49/9", 5), ("", 2)], [("Making off without payment", 6), ("Making off w/o payment (fuel)", 2)]),
    "ccb": ([("8U", 5), ("", 3)], [
        ("Controlling and coercive behaviour", 6),
        ("Controlling or coercive behaviour in an intimate or family relationship", 3),
        ("Controlling and coercive behavious", 1), ("CCB - SCA 2015 s76", 2)]),
    # Non-crime records: incident and intelligence logs, information reports and found
    # property carry no notifiable offence, so no Home Office code; their title says what
    # the record is (see sample_data/README.md, "Non-crime records").
    "incident_log": ([("", 1)], [
        ("Incident - no crime", 5), ("Non-crime incident", 3), ("INCIDENT - NO OFFENCES DISCLOSED", 2),
        ("Incident log - concern for safety", 1)]),
    "intel_log": ([("", 1)], [("Intelligence report", 5), ("Intelligence log", 3), ("INTEL - 5x5x5", 1)]),
    "info_report": ([("", 1)], [
        ("Information report", 5), ("Information Report - no offences", 3), ("For information only", 1)]),
    "found_property": ([("", 1)], [("Found property", 5), ("Found Property - handed in", 2), ("FOUND PROPERTY", 1)]),
}
NON_CRIME_KEYS = ("incident_log", "intel_log", "info_report", "found_property")


def is_recorded_stalking(code: str, title: str, flags: str) -> bool:
    """The labels' definition of 'recorded as stalking' (see sample_data/README.md)."""
    norm = code.strip().upper()
    if "/" in norm:
        left, right = norm.split("/", 1)
        norm = f"{left.lstrip('0') or '0'}/{right}"
    if norm in STALKING_CODES:
        return True
    if title.strip().lower().startswith("stalking"):
        return True
    return any(f.strip().lower() == "stalking" for f in flags.split(";"))


def recorded_stalking_mask(codes, titles, flags) -> np.ndarray:
    """is_recorded_stalking over whole columns at once."""
    code = pd.Series(codes, dtype=object).fillna("").str.strip().str.upper()
    # Zero-padded class numbers ("008/65") are the same code.
    norm = code.str.replace(r"^0+(?=\d*/)", "", regex=True).str.replace(r"^/", "0/", regex=True).to_numpy(dtype=object)
    by_code = np.isin(norm, STALKING_CODES)
    by_title = pd.Series(titles, dtype=object).fillna("").str.strip().str.lower().str.startswith("stalking").to_numpy()
    flag = pd.Series(flags, dtype=object).fillna("").str.lower()
    by_flag = flag.str.contains(r"(?:^|;)\s*stalking\s*(?:;|$)", regex=True).to_numpy()
    return by_code | by_title | by_flag
