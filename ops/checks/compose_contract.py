#!/usr/bin/env python3
"""Checks that docker-compose.yml, the service Dockerfiles, the PostgreSQL init script and the Prometheus
scrape configuration agree with each other and with docs/architecture.md (ports, env vars, databases).

    compose_contract.py RESOLVED_COMPOSE.yml REPO_ROOT

RESOLVED_COMPOSE.yml is the output of `docker-compose config` (anchors merged, variables substituted).
Needs PyYAML (Debian's python3-yaml, which docker-compose depends on). Exit 1 on any mismatch.
"""
import os
import re
import sys

import yaml

BACKENDS = {"fund-service": ("fund", 8081), "company-service": ("company", 8082), "matching-service": ("matching", 8083)}
GATEWAY_PORT = 8080
REQUIRED = ["kafka", "postgres", "jwt-keys", *BACKENDS, "gateway", "prometheus", "grafana"]


def main(compose_path, root):
    errors = []

    def check(condition, message):
        if not condition:
            errors.append(message)

    with open(compose_path, encoding="utf-8") as f:
        services = yaml.safe_load(f)["services"]
    for name in REQUIRED:
        check(name in services, f"compose: service {name} missing")
    if errors:
        return report(errors)

    def healthcheck_url(svc):
        return " ".join(map(str, services[svc].get("healthcheck", {}).get("test", [])))

    def depends(svc):
        deps = services[svc].get("depends_on", {})
        return {k: v.get("condition") for k, v in deps.items()} if isinstance(deps, dict) else {}

    init_sql = open(os.path.join(root, "ops/postgres/init/01-create-databases.sql"), encoding="utf-8").read()
    ports = {**{svc: port for svc, (_, port) in BACKENDS.items()}, "gateway": GATEWAY_PORT}

    for svc, (short, port) in BACKENDS.items():
        s = services[svc]
        env = s.get("environment", {})
        check("ports" not in s, f"compose: {svc} publishes host ports, so it cannot be scaled")
        check("container_name" not in s, f"compose: {svc} has a container_name, so it cannot be scaled")
        expected_env = {"SPRING_PROFILES_ACTIVE": "docker", "DB_HOST": "postgres", "DB_PORT": "5432",
                        "DB_NAME": f"fundflow_{short}", "KAFKA_BOOTSTRAP_SERVERS": "kafka:9092",
                        "JWT_PUBLIC_KEY_LOCATION": "file:/keys/jwt-public.pem"}
        for key, value in expected_env.items():
            check(str(env.get(key)) == value, f"compose: {svc} {key}={env.get(key)!r}, expected {value!r}")
        check(env.get("DB_USER") and env.get("DB_PASSWORD") is not None, f"compose: {svc} lacks DB_USER/DB_PASSWORD")
        check(f"CREATE DATABASE fundflow_{short};" in init_sql, f"postgres init: fundflow_{short} not created")
        check(f"http://localhost:{port}/actuator/health/readiness" in healthcheck_url(svc),
              f"compose: {svc} health check is not its readiness endpoint on {port}")
        check(depends(svc) == {"postgres": "service_healthy", "kafka": "service_healthy",
                               "jwt-keys": "service_completed_successfully"}, f"compose: {svc} depends_on {depends(svc)}")

    gw = services["gateway"]
    gw_env = gw.get("environment", {})
    for svc, (short, port) in BACKENDS.items():
        key = f"{short.upper()}_SERVICE_URL"
        check(gw_env.get(key) == f"http://{svc}:{port}", f"compose: gateway {key}={gw_env.get(key)!r}")
    check(gw_env.get("KAFKA_BOOTSTRAP_SERVERS") == "kafka:9092", "compose: gateway KAFKA_BOOTSTRAP_SERVERS (its health asks the broker)")
    check(any(str(p.get("target") if isinstance(p, dict) else p).split(":")[-1] == str(GATEWAY_PORT)
              for p in gw.get("ports", [])), "compose: gateway does not publish 8080")
    check(f"http://localhost:{GATEWAY_PORT}/actuator/health" in healthcheck_url("gateway"),
          "compose: gateway health check is not /actuator/health")

    for svc in [*BACKENDS, "gateway"]:
        s = services[svc]
        build = s.get("build", {})
        check(os.path.realpath(build.get("context", "")) == os.path.realpath(root),
              f"compose: {svc} build context is not the repository root")
        check(build.get("dockerfile") == f"{svc}/Dockerfile", f"compose: {svc} dockerfile {build.get('dockerfile')!r}")
        check(s.get("environment", {}).get("JWT_PUBLIC_KEY_LOCATION") == "file:/keys/jwt-public.pem",
              f"compose: {svc} JWT_PUBLIC_KEY_LOCATION")
        check(any(str(v).startswith("jwt-keys:/keys") for v in volume_specs(s)), f"compose: {svc} does not mount jwt-keys at /keys")
        check("memory" in s.get("deploy", {}).get("resources", {}).get("limits", {}), f"compose: {svc} has no memory limit")
        dockerfile = open(os.path.join(root, svc, "Dockerfile"), encoding="utf-8").read()
        check(re.search(r"^FROM maven:3\.9-eclipse-temurin-17 AS build$", dockerfile, re.M), f"{svc}/Dockerfile: build stage image")
        check(re.search(r"^FROM eclipse-temurin:17-jre$", dockerfile, re.M), f"{svc}/Dockerfile: run stage image")
        check(f"-pl {svc} -am -DskipTests package" in dockerfile, f"{svc}/Dockerfile: does not build only {svc}")
        check(f"{svc}/target/{svc}.jar" in dockerfile, f"{svc}/Dockerfile: does not use {svc}/target/{svc}.jar")
        check(re.search(rf"^EXPOSE {ports[svc]}$", dockerfile, re.M), f"{svc}/Dockerfile: EXPOSE {ports[svc]} missing")
        user = re.findall(r"^USER (\S+)", dockerfile, re.M)
        check(user and user[-1].split(":")[0] not in ("0", "root"), f"{svc}/Dockerfile: does not run as a non-root user")
        check("MaxRAMPercentage" in dockerfile and "JAVA_TOOL_OPTIONS" in dockerfile, f"{svc}/Dockerfile: no container-aware heap")

    # The scrape token: written by jwt-keys into a volume that Prometheus mounts read-only.
    token_volume = "prometheus-token"
    jwt_mounts = dict(v.split(":")[:2] for v in volume_specs(services["jwt-keys"]))
    prom_mounts = dict(v.split(":")[:2] for v in volume_specs(services["prometheus"]))
    token_file = services["jwt-keys"].get("environment", {}).get("PROMETHEUS_TOKEN_FILE", "")
    check(token_volume in jwt_mounts and token_file.startswith(jwt_mounts.get(token_volume, "?") + "/"),
          "compose: jwt-keys does not write PROMETHEUS_TOKEN_FILE into the prometheus-token volume")
    token_mount = prom_mounts.get(token_volume, "?")
    check(token_volume in prom_mounts, "compose: prometheus does not mount the prometheus-token volume")
    check(depends("prometheus").get("jwt-keys") == "service_completed_successfully",
          "compose: prometheus does not wait for jwt-keys")
    token_name = token_file.rsplit("/", 1)[-1]

    with open(os.path.join(root, "ops/prometheus/prometheus.yml"), encoding="utf-8") as f:
        jobs = {job["job_name"]: job for job in yaml.safe_load(f)["scrape_configs"]}
    for svc, port in ports.items():
        job = jobs.get(svc)
        check(job is not None, f"prometheus: no scrape job for {svc}")
        if job is None:
            continue
        check(job.get("metrics_path") == "/actuator/prometheus", f"prometheus: {svc} metrics_path")
        if svc in BACKENDS:
            sd = job.get("dns_sd_configs", [{}])[0]
            check(sd.get("names") == [svc] and sd.get("type") == "A" and sd.get("port") == port,
                  f"prometheus: {svc} is not discovered by DNS A records on port {port}")
        else:
            targets = [t for c in job.get("static_configs", []) for t in c.get("targets", [])]
            check(targets == [f"{svc}:{port}"], f"prometheus: {svc} targets {targets}")
        credentials = job.get("authorization", {}).get("credentials_file", "")
        check(credentials == f"{token_mount}/{token_name}",
              f"prometheus: {svc} does not send the scrape token from {token_mount} (the services admit only OPS)")
        labels = [r for r in job.get("relabel_configs", []) if r.get("target_label") == "application"]
        static_labels = [c.get("labels", {}).get("application") for c in job.get("static_configs", [])]
        check(any(r.get("replacement") == svc for r in labels) or svc in static_labels,
              f"prometheus: {svc} targets lack application={svc}")

    return report(errors)


def volume_specs(service):
    for v in service.get("volumes", []):
        yield f"{v.get('source')}:{v.get('target')}" if isinstance(v, dict) else v


def report(errors):
    for error in errors:
        print(f"contract: {error}", file=sys.stderr)
    print(f"contract: {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(*sys.argv[1:]))
