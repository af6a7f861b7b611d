"""Joins the parts bench/run.sh measured into one summary: prints the figures with their ratios to the
limits and the targets, and writes the JSON summary.

    python3 bench/summarize.py <parts-dir> <elapsed-seconds> <output.json>
"""
import json
import os
import platform
import subprocess
import sys
from datetime import datetime, timezone

parts_dir, elapsed, output = sys.argv[1], int(sys.argv[2]), sys.argv[3]


def part(name):
    path = os.path.join(parts_dir, name + ".json")
    if not os.path.exists(path):
        return None
    with open(path) as f:
        return json.load(f)


def ratio(a, b):
    return round(a / b, 6) if a is not None and b else None


pg, kafka, start, rss = part("pgbench"), part("kafka"), part("start"), part("rss")
noop_direct, noop_gateway = part("noop-direct"), part("noop-gateway")
post_direct, post_gateway = part("post-direct"), part("post-gateway")
ramp, e2e, e2e_api, matching, promtool = part("ramp"), part("e2e"), part("e2e-api"), part("matching"), part("promtool")
trace, machine = part("trace"), part("machine") or {}

limits = {
    "postgresInsertsPerSecond": pg and pg["insertsPerSecond"],
    "kafkaProducerRecordsPerSecond": kafka and kafka["producerRecordsPerSecond"],
    "kafkaConsumerRecordsPerSecond": kafka and kafka["consumerRecordsPerSecond"],
    "kafkaRecordBytes": kafka and kafka["recordBytes"],
    "noopDirectRequestsPerSecond": noop_direct and noop_direct["throughput"],
    "postDirectRequestsPerSecond": post_direct and post_direct["throughput"],
}

passing = [s for s in (ramp or {}).get("steps", []) if s["errors"] == 0 and s["p99Ms"] <= ramp["p99LimitMs"]]
best_step = passing[-1] if passing and passing == ramp["steps"][: len(passing)] else None
e2e_rate = round(e2e["registrations"] / (e2e["allMatchedMs"] / 1000), 1) if e2e else None

system = {
    "noopThroughGatewayRequestsPerSecond": noop_gateway and noop_gateway["throughput"],
    "noopLatencyP50Ms": noop_direct and {"direct": noop_direct["p50Ms"], "gateway": noop_gateway["p50Ms"]},
    "postThroughGatewayRequestsPerSecond": post_gateway and post_gateway["throughput"],
    "postLatencyP50Ms": post_direct and {"direct": post_direct["p50Ms"], "gateway": post_gateway["p50Ms"]},
    "registrationRamp": ramp,
    "highestRateWithinLimits": best_step and {"rate": best_step["rate"], "p99Ms": best_step["p99Ms"]},
    "endToEnd": e2e and dict(e2e, registrationsPerSecond=e2e_rate,
                             apiRequestsPerSecond=e2e_api and e2e_api["throughput"]),
    "matching": matching,
    "localStack": start and dict(start, peakRssMiB=rss and rss["peakRssMiB"]),
    "promtoolAcceptsMetrics": promtool,
    "traceCheck": trace,
}

def cpu_ratio(direct, gateway):
    def cost(d):
        return d["cpuMsPerRequest"]["total"] + max(d.get("clientCpuMsPerRequest", 0), 0)
    if not direct or not gateway or "cpuMsPerRequest" not in direct:
        return None
    return round(cost(direct) / cost(gateway), 3)


ratios = {
    "endToEndVsPostgresInserts": {"value": ratio(e2e_rate, limits["postgresInsertsPerSecond"]), "target": ">= 0.5"},
    "gatewayVsDirectNoop": {"value": ratio(system["noopThroughGatewayRequestsPerSecond"],
                                           limits["noopDirectRequestsPerSecond"]), "target": ">= 0.7"},
    "gatewayVsDirectPost": {"value": ratio(system["postThroughGatewayRequestsPerSecond"],
                                           limits["postDirectRequestsPerSecond"]), "target": ">= 0.7"},
    "matching10000Vs100": {"value": matching and round(matching["ratio"]["median"], 3), "target": "<= 1.5"},
    "localStackHealthyVs40s": {"value": ratio(start and start["healthyMs"] / 1000, 40), "target": "<= 1.0"},
    "localStackPeakRssVs2GiB": {"value": ratio(rss and rss["peakRssMiB"], 2048), "target": "<= 1.0"},
    # The same comparisons from CPU time per request (all processes of the stack plus the load generator): what
    # the throughput ratio would be if this run had the machine's CPUs to itself.
    "gatewayVsDirectNoopByCpu": {"value": cpu_ratio(noop_direct, noop_gateway)},
    "gatewayVsDirectPostByCpu": {"value": cpu_ratio(post_direct, post_gateway)},
    # Informational: how far the system is from the other limits.
    "apiRateVsPostgresInserts": {"value": ratio(best_step and best_step["rate"], limits["postgresInsertsPerSecond"])},
    "endToEndVsKafkaProducer": {"value": ratio(e2e_rate, limits["kafkaProducerRecordsPerSecond"])},
    "endToEndVsDirectPost": {"value": ratio(e2e_rate, limits["postDirectRequestsPerSecond"])},
}
for r in ratios.values():
    if "target" in r and r["value"] is not None:
        op, bound = r["target"].split()
        r["met"] = r["value"] >= float(bound) if op == ">=" else r["value"] <= float(bound)


def git_commit():
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    except OSError:
        return None


summary = {
    "when": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    "commit": git_commit(),
    # Other work on the machine shares its CPUs with the benchmark: the load average says how much.
    "machine": {"cpus": os.cpu_count(), "loadAverageAtStart": machine.get("loadAverageAtStart"),
                "loadAverageAtEnd": round(os.getloadavg()[0], 2), "kernel": platform.release()},
    "benchmarkSeconds": elapsed,
    "limits": limits,
    "system": system,
    "ratios": ratios,
}
with open(output, "w") as f:
    json.dump(summary, f, indent=2, ensure_ascii=False)
    f.write("\n")


def fmt(v, unit=""):
    if v is None:
        return "-"
    return (f"{v:,.1f}" if isinstance(v, float) else f"{v:,}") + unit


print("\n== Limits of this machine")
print(f"  PostgreSQL single-row inserts (16 clients)   {fmt(limits['postgresInsertsPerSecond'], ' /s')}")
print(f"  Kafka producer, acks=all ({fmt(limits['kafkaRecordBytes'], ' B')} records)   "
      f"{fmt(limits['kafkaProducerRecordsPerSecond'], ' records/s')}")
print(f"  Kafka consumer                               {fmt(limits['kafkaConsumerRecordsPerSecond'], ' records/s')}")
print(f"  no-op endpoint, direct (16 connections)      {fmt(limits['noopDirectRequestsPerSecond'], ' /s')}")
print(f"  POST /api/companies, direct (16 connections) {fmt(limits['postDirectRequestsPerSecond'], ' /s')}")
print("\n== The system")
print(f"  no-op through the gateway                    {fmt(system['noopThroughGatewayRequestsPerSecond'], ' /s')}")
print(f"  POST /api/companies through the gateway      {fmt(system['postThroughGatewayRequestsPerSecond'], ' /s')}")
if ramp:
    for s in ramp["steps"]:
        print(f"    open loop {s['rate']:>5}/s: {s['throughput']:8.1f}/s ok, {s['errors']} errors, "
              f"p50 {s['p50Ms']:.1f} ms, p99 {s['p99Ms']:.1f} ms")
for label, d in (("no-op direct", noop_direct), ("no-op via gateway", noop_gateway), ("POST direct", post_direct),
                 ("POST via gateway", post_gateway)):
    if d and d.get("cpuMsPerRequest"):
        cpu = {k: v for k, v in d["cpuMsPerRequest"].items() if v > 0}
        print(f"    CPU per request, {label:<18} " + ", ".join(f"{k} {v}" for k, v in cpu.items())
              + f", load generator {d.get('clientCpuMsPerRequest')}")
hr = system["highestRateWithinLimits"]
print(f"  highest registration rate, no errors, p99 <= 50 ms   {fmt(hr and hr['rate'], ' /s')}")
print(f"  end to end, registered until matched         {fmt(e2e_rate, ' /s')}"
      + (f"  ({e2e['registrations']} in {e2e['allMatchedMs'] / 1000:.1f} s)" if e2e else ""))
if e2e and e2e.get("cpuMsPerRegistration"):
    print("  CPU per registration (ms)                    "
          + ", ".join(f"{k} {v}" for k, v in e2e["cpuMsPerRegistration"].items()))
if matching:
    for r in matching["results"]:
        print(f"  matching at {r['allocations']:>6} allocations: median {r['medianMs']:.2f} ms per event")
if start:
    print(f"  local stack healthy after                    {start['healthyMs'] / 1000:.1f} s")
    print(f"  local stack resident memory, idle / peak     {start['idleRssMiB']} / {fmt(rss and rss['peakRssMiB'])} MiB")
if promtool:
    print("  promtool check metrics                       "
          + ", ".join(f"{k} {'ok' if v else 'FAIL'}" for k, v in promtool.items()))
if trace:
    print(f"  same trace id gateway -> company -> matching {'yes' if trace['sameTraceIdInAllServices'] else 'NO'}")
print("\n== Ratios")
for name, r in ratios.items():
    verdict = "" if "met" not in r else ("  met" if r["met"] else "  NOT MET")
    value = "-" if r["value"] is None else (f"{r['value']:.3f}" if r["value"] >= 0.01 else f"{r['value']:.1e}")
    print(f"  {name:<28} {value:>8}   {r.get('target', '(informational)')}{verdict}")
print(f"\nbenchmark took {elapsed} s (load average {machine.get('loadAverageAtStart')} at the start, "
      f"{summary['machine']['loadAverageAtEnd']} at the end, {os.cpu_count()} CPUs); summary in {output}")
