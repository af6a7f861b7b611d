#!/usr/bin/env python3
"""Checks that docker-compose.yml, the root Dockerfile, the PostgreSQL init script and the Prometheus
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
READINESS = "/actuator/health/readiness"
GATEWAY_HEALTH = "/actuator/health"
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
    # Several gateways must count a client's requests together: shared buckets in the compose Redis.
    check(str(gw_env.get("RATE_LIMIT_REDIS")).lower() == "true" and gw_env.get("SPRING_DATA_REDIS_HOST") == "redis"
          and "redis" in services, "compose: gateway rate limits are not shared through the redis service")
    check(any(str(p.get("target") if isinstance(p, dict) else p).split(":")[-1] == str(GATEWAY_PORT)
              for p in gw.get("ports", [])), "compose: gateway does not publish 8080")
    check(f"http://localhost:{GATEWAY_PORT}/actuator/health" in healthcheck_url("gateway"),
          "compose: gateway health check is not /actuator/health")

    # One root Dockerfile builds all four services; compose picks the module, port and health path.
    dockerfile_path = os.path.join(root, "Dockerfile")
    check(os.path.isfile(dockerfile_path), "Dockerfile: the root Dockerfile is missing")
    image = parse_dockerfile(open(dockerfile_path, encoding="utf-8").read()) if os.path.isfile(dockerfile_path) else None
    if image is not None:
        errors.extend(f"Dockerfile: {problem}" for problem in dockerfile_problems(image))
    health_paths = {**{svc: READINESS for svc in BACKENDS}, "gateway": GATEWAY_HEALTH}

    for svc in [*BACKENDS, "gateway"]:
        s = services[svc]
        build = s.get("build", {})
        check(os.path.realpath(build.get("context", "")) == os.path.realpath(root),
              f"compose: {svc} build context is not the repository root")
        check(build.get("dockerfile") == "Dockerfile", f"compose: {svc} dockerfile {build.get('dockerfile')!r}, expected 'Dockerfile'")
        check(not os.path.exists(os.path.join(root, svc, "Dockerfile")),
              f"{svc}/Dockerfile exists again: build {svc} from the root Dockerfile with build args instead")
        check(os.path.isfile(os.path.join(root, svc, "pom.xml")), f"{svc}: no Maven module {svc}/pom.xml")
        args = {**(image.arg_defaults() if image else {}), **build_args(build)}
        check(args.get("MODULE") == svc, f"compose: {svc} build arg MODULE={args.get('MODULE')!r}, expected {svc!r}")
        check(str(args.get("PORT")) == str(ports[svc]), f"compose: {svc} build arg PORT={args.get('PORT')!r}, expected {ports[svc]}")
        check(args.get("HEALTH_PATH") == health_paths[svc],
              f"compose: {svc} build arg HEALTH_PATH={args.get('HEALTH_PATH')!r}, expected {health_paths[svc]!r}")
        check(f"http://localhost:{args.get('PORT')}{args.get('HEALTH_PATH')}" in healthcheck_url(svc),
              f"compose: {svc} health check asks another URL than the image's (PORT, HEALTH_PATH build args)")
        check(s.get("environment", {}).get("JWT_PUBLIC_KEY_LOCATION") == "file:/keys/jwt-public.pem",
              f"compose: {svc} JWT_PUBLIC_KEY_LOCATION")
        check(any(str(v).startswith("jwt-keys:/keys") for v in volume_specs(s)), f"compose: {svc} does not mount jwt-keys at /keys")
        check("memory" in s.get("deploy", {}).get("resources", {}).get("limits", {}), f"compose: {svc} has no memory limit")

    healthcheck_sh = open(os.path.join(root, "ops/docker/healthcheck.sh"), encoding="utf-8").read()
    check("HEALTHCHECK_URL" in healthcheck_sh,
          "ops/docker/healthcheck.sh: does not read HEALTHCHECK_URL (the image's HEALTHCHECK calls it without a URL)")

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


def build_args(build):
    """A compose build's args as a dict (compose allows a mapping or a list of KEY=VALUE)."""
    args = build.get("args", {}) or {}
    if isinstance(args, list):
        args = dict(a.split("=", 1) if "=" in a else (a, None) for a in args)
    return {k: (str(v) if v is not None else None) for k, v in args.items()}


class Dockerfile:
    def __init__(self):
        self.global_args = {}  # ARGs before the first FROM: name -> default (None without one)
        self.stages = []       # [{"from": "image [AS name]", "instructions": [(KEYWORD, arguments)]}]

    def arg_defaults(self):
        """name -> default value, from the global ARGs and any stage ARG that gives one."""
        defaults = dict(self.global_args)
        for stage in self.stages:
            for keyword, arguments in stage["instructions"]:
                name, eq, value = arguments.partition("=")
                if keyword == "ARG" and eq:
                    defaults[name] = value.strip('"')
        return defaults


def parse_dockerfile(text):
    """Instructions per stage; continuation lines joined, comment lines dropped (also inside continuations)."""
    result, logical, current = Dockerfile(), [], ""
    for line in text.splitlines():
        if re.match(r"^\s*#", line) or (not current and not line.strip()):
            continue
        if line.rstrip().endswith("\\"):
            current += line.rstrip()[:-1] + " "
            continue
        logical.append(current + line)
        current = ""
    if current.strip():
        logical.append(current)
    for line in logical:
        keyword, _, arguments = line.strip().partition(" ")
        keyword, arguments = keyword.upper(), arguments.strip()
        if keyword == "FROM":
            result.stages.append({"from": arguments, "instructions": []})
        elif not result.stages:
            if keyword == "ARG":
                name, _, default = arguments.partition("=")
                result.global_args[name] = default if "=" in arguments else None
        else:
            result.stages[-1]["instructions"].append((keyword, arguments))
    return result


VARIABLE = re.compile(r"\$(?:\{([A-Za-z_][A-Za-z0-9_]*)[^}]*\}|([A-Za-z_][A-Za-z0-9_]*))")


def dockerfile_problems(image):
    """What the root Dockerfile must do for every service, and that each stage declares the ARGs it uses."""
    problems = []
    if len(image.stages) != 2:
        return [f"{len(image.stages)} stages, expected a build stage and a run stage"]
    build, run = image.stages
    defaults = image.arg_defaults()
    if defaults.get("MODULE") or defaults.get("PORT"):
        problems.append("MODULE or PORT has a default: a build without build args would quietly make one service's image")
    for label, stage, needed in (("build stage", build, ["MODULE"]), ("run stage", run, ["PORT", "HEALTH_PATH"])):
        declared = {re.split(r"[= ]", a, maxsplit=1)[0] for k, a in stage["instructions"] if k == "ARG"}
        for name in needed:
            if name not in declared:
                problems.append(f"{label}: no ARG {name} (an ARG before FROM is not visible inside a stage)")
    if build["from"] != "maven:3.9-eclipse-temurin-17 AS build":
        problems.append(f"build stage is FROM {build['from']!r}")
    if run["from"] != "eclipse-temurin:17-jre":
        problems.append(f"run stage is FROM {run['from']!r}")

    # ARG scoping: a global ARG is visible only in FROM lines; a stage sees what it declares itself.
    known_args = set(image.global_args)
    for stage in image.stages:
        known_args |= {a.split("=", 1)[0] for k, a in stage["instructions"] if k == "ARG"}
    for label, stage in (("build stage", build), ("run stage", run)):
        in_scope = set()
        for keyword, arguments in stage["instructions"]:
            used = {a or b for a, b in VARIABLE.findall(arguments)} & known_args
            for name in sorted(used - in_scope):
                problems.append(f"{label}: {keyword} uses ${name} before the stage declares ARG {name} (it would be empty)")
            if keyword == "ARG" or (keyword == "ENV" and "=" not in arguments.split(" ", 1)[0]):
                in_scope.add(re.split(r"[= ]", arguments, maxsplit=1)[0])
            elif keyword == "ENV":
                in_scope.update(re.findall(r"(?:^|\s)([A-Za-z_][A-Za-z0-9_]*)=", arguments))

    def instructions(stage, keyword):
        return [a for k, a in stage["instructions"] if k == keyword]

    build_runs = " ".join(instructions(build, "RUN"))
    if "--mount=type=cache,target=/root/.m2" not in build_runs:
        problems.append("build stage: no BuildKit cache mount for /root/.m2")
    if not re.search(r'-pl "?\$\{?MODULE\}?"? -am -DskipTests package', build_runs):
        problems.append("build stage: does not build only $MODULE and what it needs (-pl $MODULE -am)")
    if not re.search(r'"?\$\{?MODULE\}?/target/\$\{?MODULE\}?\.jar"?', build_runs):
        problems.append("build stage: does not package $MODULE/target/$MODULE.jar")
    if "ops/docker/HealthProbe.java" not in build_runs or "ops/docker/healthcheck.sh" not in build_runs:
        problems.append("build stage: does not prepare the health probe from ops/docker/")

    if not any(re.fullmatch(r"\$\{?PORT\}?", a) for a in instructions(run, "EXPOSE")):
        problems.append("run stage: no EXPOSE $PORT")
    env = " ".join(instructions(run, "ENV"))
    if not re.search(r'HEALTHCHECK_URL="?http://localhost:\$\{?PORT\}?\$\{?HEALTH_PATH\}?"?', env):
        problems.append("run stage: no ENV HEALTHCHECK_URL=http://localhost:${PORT}${HEALTH_PATH}")
    if "MaxRAMPercentage" not in env or "JAVA_TOOL_OPTIONS" not in env:
        problems.append("run stage: no container-aware heap (JAVA_TOOL_OPTIONS with MaxRAMPercentage)")
    healthchecks = instructions(run, "HEALTHCHECK")
    if len(healthchecks) != 1:
        problems.append(f"run stage: {len(healthchecks)} HEALTHCHECK instructions, expected 1")
    for hc in healthchecks:
        match = re.search(r"(?:^|\s)CMD\s+(.*)$", hc)
        command = match.group(1).strip() if match else ""
        if command.startswith("["):
            # Exec form: no shell and no build-time substitution, so a $ would reach the probe literally.
            if "$" in command or "healthcheck" not in command:
                problems.append(f"run stage: HEALTHCHECK CMD {command} (exec form does not expand variables; "
                                "call healthcheck without a URL, it reads HEALTHCHECK_URL)")
        elif "healthcheck" not in command or "HEALTHCHECK_URL" not in command:
            problems.append(f"run stage: HEALTHCHECK CMD {command!r} does not run healthcheck on $HEALTHCHECK_URL")
    if "/usr/local/bin/healthcheck" not in " ".join(instructions(run, "COPY")):
        problems.append("run stage: healthcheck is not installed as /usr/local/bin/healthcheck")
    users = instructions(run, "USER")
    if not users or users[-1].split(":")[0] in ("0", "root"):
        problems.append("run stage: does not run as a non-root user")
    elif users[-1] != "10001:10001":
        problems.append(f"run stage: USER {users[-1]}, expected 10001:10001 (the fundflow user)")
    if instructions(run, "ENTRYPOINT") != ['["java", "-jar", "/app/app.jar"]']:
        problems.append(f"run stage: ENTRYPOINT {instructions(run, 'ENTRYPOINT')}")
    return problems


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
