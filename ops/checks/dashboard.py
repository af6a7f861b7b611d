#!/usr/bin/env python3
"""Structural checks of a provisioned Grafana dashboard, and extraction of its PromQL for promtool.

    dashboard.py DASHBOARD.json DATASOURCES.yml OUT_RULES.json

Fails (exit 1) if the dashboard lacks a uid/title, repeats a panel id, refers to a datasource uid that
the datasource provisioning file does not define, or has a panel without a query. Writes every panel
query, with Grafana's variables replaced by neutral values, as recording rules into OUT_RULES.json
(JSON is YAML), so that `promtool check rules OUT_RULES.json` parses each expression. Standard library only.
"""
import json
import re
import sys

# Grafana variables -> something PromQL parses: regex variables match anything, range variables a duration.
SUBSTITUTIONS = [
    (re.compile(r"\$__rate_interval|\$__interval|\$__range|\$\{__range\}|\$\{__rate_interval\}"), "5m"),
    (re.compile(r"\$\{?[A-Za-z_][A-Za-z0-9_]*(:[a-z]+)?\}?"), ".*"),
]


def main(dashboard_path, datasources_path, out_path):
    errors = []
    with open(dashboard_path, encoding="utf-8") as f:
        dashboard = json.load(f)
    # The datasource file is YAML; the uids are simple `uid: value` lines.
    with open(datasources_path, encoding="utf-8") as f:
        known_uids = set(re.findall(r"^\s*uid:\s*['\"]?([\w-]+)", f.read(), re.MULTILINE))
    known_uids.add("-- Grafana --")

    for key in ("uid", "title", "panels"):
        if not dashboard.get(key):
            errors.append(f"dashboard has no {key}")

    def walk(panels):
        for panel in panels:
            yield panel
            yield from walk(panel.get("panels", []))

    rules, seen_ids = [], set()
    for panel in walk(dashboard.get("panels", [])):
        pid, title = panel.get("id"), panel.get("title", "?")
        if pid in seen_ids:
            errors.append(f"panel id {pid} used twice ({title})")
        seen_ids.add(pid)
        if panel.get("type") == "row":
            continue
        datasources = [panel.get("datasource")] + [t.get("datasource") for t in panel.get("targets", [])]
        for ds in datasources:
            if isinstance(ds, dict) and ds.get("uid") not in known_uids:
                errors.append(f"panel '{title}' uses unknown datasource uid {ds.get('uid')!r}")
        if not panel.get("targets"):
            errors.append(f"panel '{title}' has no query")
        for target in panel.get("targets", []):
            expr = target.get("expr", "")
            if not expr.strip():
                errors.append(f"panel '{title}' target {target.get('refId')} has an empty expr")
                continue
            for pattern, replacement in SUBSTITUTIONS:
                expr = pattern.sub(replacement, expr)
            rules.append({"record": f"dashboard:panel_{pid}_{target.get('refId', 'A').lower()}", "expr": expr})

    for variable in dashboard.get("templating", {}).get("list", []):
        ds = variable.get("datasource")
        if isinstance(ds, dict) and ds.get("uid") not in known_uids:
            errors.append(f"variable '{variable.get('name')}' uses unknown datasource uid {ds.get('uid')!r}")
        query = variable.get("query")
        query = query.get("query") if isinstance(query, dict) else query
        match = re.fullmatch(r"label_values\((.*),\s*\w+\)", query or "")
        if match:
            rules.append({"record": f"dashboard:variable_{variable['name']}", "expr": match.group(1)})

    with open(out_path, "w", encoding="utf-8") as f:
        json.dump({"groups": [{"name": "dashboard-queries", "rules": rules}]}, f, indent=1)

    for error in errors:
        print(f"dashboard: {error}", file=sys.stderr)
    print(f"dashboard: {len(seen_ids)} panels, {len(rules)} queries extracted, {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    sys.exit(main(*sys.argv[1:]))
