#!/usr/bin/env python3
"""Every alert in ALERTS.yml has a severity label (critical|warning), summary/description/runbook
annotations, a runbook that points at a `### <AlertName>` section of the operations guide, and at least
one unit test in TESTS.yml.

    alerts_meta.py ALERTS.yml TESTS.yml GUIDE.md
"""
import re
import sys

import yaml


def main(alerts_path, tests_path, guide_path):
    errors = []
    rules = [r for g in yaml.safe_load(open(alerts_path, encoding="utf-8"))["groups"] for r in g["rules"] if "alert" in r]
    tests = yaml.safe_load(open(tests_path, encoding="utf-8"))["tests"]
    tested = {t["alertname"] for test in tests for t in test.get("alert_rule_test", [])}
    fired = {t["alertname"] for test in tests for t in test.get("alert_rule_test", []) if t.get("exp_alerts")}
    silent = {t["alertname"] for test in tests for t in test.get("alert_rule_test", []) if not t.get("exp_alerts")}
    guide = open(guide_path, encoding="utf-8").read()
    sections = {h.lower() for h in re.findall(r"^### (\S+)\s*$", guide, re.M)}
    for rule in rules:
        name = rule["alert"]
        if rule.get("labels", {}).get("severity") not in ("critical", "warning"):
            errors.append(f"{name}: severity label must be critical or warning")
        annotations = rule.get("annotations", {})
        for key in ("summary", "description", "runbook"):
            if not annotations.get(key):
                errors.append(f"{name}: no {key} annotation")
        anchor = annotations.get("runbook", "").partition("#")[2]
        if anchor not in sections:
            errors.append(f"{name}: runbook anchor #{anchor} has no '### ' section in {guide_path}")
        if name not in fired:
            errors.append(f"{name}: no test shows it firing")
        if name not in silent:
            errors.append(f"{name}: no test shows it silent")
    for name in tested - {r["alert"] for r in rules}:
        errors.append(f"tests name an unknown alert {name}")
    for error in errors:
        print(f"alerts: {error}", file=sys.stderr)
    print(f"alerts: {len(rules)} alerts, {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    sys.exit(main(*sys.argv[1:]))
