"""`audit evaluate LABELS --run DIR`: how good were the verdicts and the person links?

Reads a labels file (format "audit-labels" version 1, documented in
sample_data/README.md) and a run folder's cases.csv and parties.csv.

Verdicts, at the level of labelled courses of conduct:
- a labelled `missed_stalking` case is found when any of its crimes is in a reported
  case with verdict `missed_stalking` (true positive), else it is missed (false negative);
- a reported `missed_stalking` case is a false positive when none of its crimes belongs
  to a labelled stalking case (`missed_stalking` or `recorded_stalking`);
- precision = true reported / all reported missed_stalking; recall = found / labelled.
Only labelled cases with a crime in the run's reported cases count, so a run limited
to a period is measured on that period.

Person linking, pairwise over party mentions: two mentions are a true pair when the
labels give them the same person, a predicted pair when the run gives the same
person_id. Counted with group sizes, never by listing pairs.

By scenario (the labels' `scenario` field): for `missed_stalking` cases, how many were
found of those labelled; for `not_stalking` cases (hard negatives, background), how many
had a crime in a reported `missed_stalking` case. Same in-run restriction as above.

The per-rule table says, for each rule id, on how many reported cases it fired, how many
of those are labelled stalking (true) and how many are not (false).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import click
import pandas as pd

from audit_cli.errors import AuditError
from audit_cli.link import pairwise_quality

LABELS_FORMAT = "audit-labels"
LABELS_VERSION = 1
STALKING_LABELS = {"missed_stalking", "recorded_stalking"}


@dataclass
class Evaluation:
    verdicts: dict
    linking: dict
    rules: pd.DataFrame
    scenarios: dict = field(default_factory=dict)


def read_labels(path: Path) -> dict:
    try:
        labels = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise AuditError("labels file not found", file=str(path)) from None
    except (OSError, ValueError) as exc:
        raise AuditError(f"cannot read the labels file as JSON: {exc}", file=str(path)) from None
    if not isinstance(labels, dict) or labels.get("format") != LABELS_FORMAT:
        raise AuditError(f"not a labels file (format must be {LABELS_FORMAT!r})", file=str(path))
    if labels.get("version") != LABELS_VERSION:
        raise AuditError(f"labels version {labels.get('version')!r} is not supported; this "
                         f"audit reads version {LABELS_VERSION}", file=str(path))
    for key in ("rows", "cases"):
        if not isinstance(labels.get(key), list):
            raise AuditError(f"labels key {key!r} must be a list", file=str(path))
    return labels


def _read_run_csv(run_dir: Path, name: str) -> pd.DataFrame:
    path = Path(run_dir) / name
    if not path.is_file():
        raise AuditError(f"no {name} in the run folder; run `audit run ... --format csv` "
                         "first", file=str(run_dir))
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def _explode_refs(frame: pd.DataFrame, column: str, refs_column: str) -> pd.DataFrame:
    exploded = frame[[column, refs_column]].copy()
    exploded[refs_column] = exploded[refs_column].str.split(";")
    exploded = exploded.explode(refs_column)
    return exploded.rename(columns={refs_column: "crime_ref"})


def evaluate_verdicts(labels: dict, cases: pd.DataFrame) -> tuple[dict, pd.DataFrame]:
    truth = pd.DataFrame(labels["cases"])
    truth_crimes = truth[["case", "label", "crime_refs"]].explode("crime_refs") \
        .rename(columns={"crime_refs": "crime_ref"})
    reported = _explode_refs(cases, "case_id", "crime_refs")
    truth_crimes = truth_crimes[truth_crimes["crime_ref"].isin(set(reported["crime_ref"]))]
    in_run = set(truth_crimes["case"])
    missed_truth = truth[(truth["label"] == "missed_stalking") & truth["case"].isin(in_run)]

    flagged = cases.loc[cases["verdict"] == "missed_stalking", "case_id"]
    flagged_crimes = set(reported.loc[reported["case_id"].isin(flagged), "crime_ref"])
    found = truth_crimes[truth_crimes["crime_ref"].isin(flagged_crimes)
                         & (truth_crimes["label"] == "missed_stalking")]["case"].unique()
    tp_truth = len(set(found))
    stalking_crimes = set(truth_crimes.loc[truth_crimes["label"].isin(STALKING_LABELS),
                                           "crime_ref"])
    case_is_true = reported.assign(true=reported["crime_ref"].isin(stalking_crimes)) \
        .groupby("case_id")["true"].any()
    flagged_true = int(case_is_true.reindex(flagged).fillna(False).sum())
    precision = flagged_true / len(flagged) if len(flagged) else float("nan")
    recall = tp_truth / len(missed_truth) if len(missed_truth) else float("nan")
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    verdicts = {
        "labelled_missed_stalking": int(len(missed_truth)),
        "found": tp_truth,
        "reported_missed_stalking": int(len(flagged)),
        "reported_true": flagged_true,
        "false_positives": int(len(flagged) - flagged_true),
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
    }
    rule_rows = cases[["case_id", "rules"]].assign(rule=cases["rules"].str.split(";")) \
        .explode("rule")
    rule_rows = rule_rows[rule_rows["rule"].fillna("") != ""]
    rule_rows["true"] = rule_rows["case_id"].map(case_is_true).fillna(False).astype(bool)
    table = rule_rows.groupby("rule").agg(fired=("case_id", "size"),
                                          on_true=("true", "sum"))
    table["on_false"] = table["fired"] - table["on_true"]
    table["precision"] = (table["on_true"] / table["fired"]).round(3)
    table = table.reset_index().sort_values(["fired", "rule"], ascending=[False, True])
    return verdicts, table.reset_index(drop=True)


def evaluate_scenarios(labels: dict, cases: pd.DataFrame) -> dict:
    """{"missed_stalking": {scenario: {labelled, found, recall}}, "not_stalking":
    {scenario: {labelled, became_missed_stalking}}}, over the cases present in the run."""
    truth = pd.DataFrame(labels["cases"])
    if "scenario" not in truth:
        truth["scenario"] = ""
    truth_crimes = truth[["case", "label", "scenario", "crime_refs"]].explode("crime_refs") \
        .rename(columns={"crime_refs": "crime_ref"})
    reported = _explode_refs(cases, "case_id", "crime_refs")
    flagged = set(cases.loc[cases["verdict"] == "missed_stalking", "case_id"])
    flagged_crimes = set(reported.loc[reported["case_id"].isin(flagged), "crime_ref"])
    truth_crimes = truth_crimes[truth_crimes["crime_ref"].isin(set(reported["crime_ref"]))]
    hit = truth_crimes.assign(hit=truth_crimes["crime_ref"].isin(flagged_crimes)) \
        .groupby(["label", "scenario", "case"])["hit"].any().reset_index()
    per = hit.groupby(["label", "scenario"])["hit"].agg(["size", "sum"])
    result: dict = {"missed_stalking": {}, "not_stalking": {}}
    for (label, scenario), row in per.iterrows():
        labelled, hits = int(row["size"]), int(row["sum"])
        if label == "missed_stalking":
            result[label][scenario] = {"labelled": labelled, "found": hits,
                                       "recall": round(hits / labelled, 4)}
        elif label == "not_stalking":
            result[label][scenario] = {"labelled": labelled, "became_missed_stalking": hits}
    return result


def evaluate_linking(labels: dict, parties: pd.DataFrame) -> dict:
    rows = pd.DataFrame(labels["rows"])
    truth = pd.concat([
        rows[["crime_ref", f"{role}_name", f"{role}_person"]]
        .rename(columns={f"{role}_name": "name", f"{role}_person": "person"})
        .assign(role=role)
        for role in ("victim", "suspect")
    ], ignore_index=True)
    truth = truth[truth["person"].notna() & truth["name"].notna()]
    truth = truth.astype({"name": str, "person": str}).drop_duplicates(
        subset=["crime_ref", "role", "name"])
    joined = parties.merge(truth, on=["crime_ref", "role", "name"], how="inner")
    joined = joined.drop_duplicates(subset=["crime_ref", "role", "name", "dob"])
    figures = _pairwise(joined)
    figures["mentions_unmatched"] = int(len(parties) - len(joined))
    # People and organisations apart: branches of one store chain written alike are a
    # different problem (and a different risk) from one person written differently.
    kinds = {p["person"]: p.get("kind", "person") for p in labels.get("persons", [])}
    if kinds:
        is_org = joined["person"].map(kinds).eq("organisation")
        figures["people"] = _pairwise(joined[~is_org])
        figures["organisations"] = _pairwise(joined[is_org])
    return figures


def _pairwise(joined: pd.DataFrame) -> dict:
    keyed = joined.assign(party_key=range(len(joined)))
    quality = pairwise_quality(keyed[["party_key", "person_id"]],
                               keyed[["party_key"]].assign(true_person=keyed["person"]))
    both = round(quality["precision"] * quality["predicted_pairs"])
    return {"mentions": int(len(joined)), "true_pairs": quality["true_pairs"],
            "predicted_pairs": quality["predicted_pairs"], "correct_pairs": both,
            **{k: round(quality[k], 4) for k in ("precision", "recall", "f1")}}


def evaluate(labels_path: Path, run_dir: Path) -> Evaluation:
    labels = read_labels(labels_path)
    cases = _read_run_csv(run_dir, "cases.csv")
    parties = _read_run_csv(run_dir, "parties.csv")
    verdicts, rules = evaluate_verdicts(labels, cases)
    return Evaluation(verdicts=verdicts, linking=evaluate_linking(labels, parties),
                      rules=rules, scenarios=evaluate_scenarios(labels, cases))


@click.command("evaluate")
@click.argument("labels", type=click.Path(path_type=Path))
@click.option("--run", "run_dir", required=True,
              type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="The output folder of an `audit run` over the labelled export.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def evaluate_command(labels, run_dir, as_json):
    """Measure a run against labelled cases: verdict precision/recall/F1, linking
    pairwise precision/recall, and how often each rule fired on true and false cases."""
    result = evaluate(labels, run_dir)
    if as_json:
        click.echo(json.dumps({"verdicts": result.verdicts, "linking": result.linking,
                               "scenarios": result.scenarios,
                               "rules": result.rules.to_dict(orient="records")}, indent=2))
        return
    v, k = result.verdicts, result.linking
    click.echo(f"missed_stalking: precision {v['precision']:.3f}  recall {v['recall']:.3f}  "
               f"F1 {v['f1']:.3f}  (labelled {v['labelled_missed_stalking']}, found "
               f"{v['found']}; reported {v['reported_missed_stalking']}, false "
               f"{v['false_positives']})")
    click.echo(f"person linking:  precision {k['precision']:.4f}  recall {k['recall']:.4f}  "
               f"F1 {k['f1']:.4f}  (mentions {k['mentions']}, true pairs {k['true_pairs']}, "
               f"predicted pairs {k['predicted_pairs']})")
    for kind in ("people", "organisations"):
        if kind in k:
            part = k[kind]
            click.echo(f"  {kind + ':':15} precision {part['precision']:.4f}  recall "
                       f"{part['recall']:.4f}  (mentions {part['mentions']}, true pairs "
                       f"{part['true_pairs']})")
    _echo_scenarios(result.scenarios)
    click.echo("")
    click.echo(f"{'rule':40} {'fired':>6} {'on true':>8} {'on false':>9} {'precision':>10}")
    for row in result.rules.itertuples(index=False):
        click.echo(f"{row.rule:40} {row.fired:6d} {int(row.on_true):8d} {int(row.on_false):9d} "
                   f"{row.precision:10.3f}")


def _echo_scenarios(scenarios: dict) -> None:
    missed, negatives = scenarios.get("missed_stalking", {}), scenarios.get("not_stalking", {})
    if missed:
        click.echo("missed_stalking recall by scenario (found / labelled):")
        for name, part in missed.items():
            click.echo(f"  {name:40} {part['found']:4d} / {part['labelled']:<4d} "
                       f"{part['recall']:.3f}")
    if negatives:
        click.echo("not_stalking by scenario (became missed_stalking / labelled):")
        for name, part in negatives.items():
            click.echo(f"  {name:40} {part['became_missed_stalking']:4d} / "
                       f"{part['labelled']}")
