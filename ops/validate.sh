#!/usr/bin/env bash
# Validates the compose deployment and the monitoring configuration without a Docker engine:
#
#   ops/validate.sh
#
#   compose          docker-compose.yml parses and matches the compose schema (docker-compose config -q;
#                    also `docker compose config -q` when the Compose v2 plugin is installed)
#   contract         compose (incl. each service's build args), the root Dockerfile, PostgreSQL init and the
#                    Prometheus jobs agree (ops/checks/compose_contract.py)
#   prom-config      promtool check config ops/prometheus/prometheus.yml (on a copy whose scrape-token
#                    path points at a stand-in file: the real one exists only inside the container)
#   prom-rules       promtool check rules ops/prometheus/alerts.yml
#   prom-tests       promtool test rules ops/prometheus/alerts.test.yml
#   alert-meta       each alert: severity, summary/description/runbook, a runbook section in
#                    docs/operations-compose.md, tests that show it firing and silent
#   grafana-json     python3 -m json.tool on the dashboard
#   grafana-queries  dashboard structure, datasource uids, every panel query parsed by promtool
#   grafana-provisioning  the provisioning files are YAML with the expected keys
#   jwt-keys         ops/jwt scripts: key pair formats, idempotence, a minted token verifies, the
#                    entry point writes Prometheus's OPS token
#   health-probe     the image health probe: exit 0 on 2xx, 1 on an error status or no server; without an
#                    argument it asks $HEALTHCHECK_URL (what the image's HEALTHCHECK relies on)
#   dockerfiles      the root (service) and jwt-keys Dockerfiles parse and lint clean (dockerfile-utils from npm)
#   shell-syntax     sh -n / bash -n on the scripts
#
# Installs what is missing from Debian (docker-compose, prometheus for promtool), without recommended
# packages (so no Docker engine), and dockerfile-utils from npm into a cache directory outside the
# repository. Exits non-zero if any check fails; the last line is the summary.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
WORK="$(mktemp -d)"
SERVER_PID=""
cleanup() {
	if [[ -n "$SERVER_PID" ]]; then kill "$SERVER_PID" 2>/dev/null; wait "$SERVER_PID" 2>/dev/null; fi
	rm -rf "$WORK"
}
trap cleanup EXIT

passed=0 failed=0 skipped=0 failures=()

# ---- tools ------------------------------------------------------------------------------------------
install_packages() {
	local log="$WORK/apt.log" sudo=()
	if [[ $(id -u) -ne 0 ]]; then
		if command -v sudo > /dev/null; then sudo=(sudo); else
			echo "validate: need root (or sudo) to install: $*" >&2
			return 1
		fi
	fi
	echo "validate: installing $* from Debian"
	export DEBIAN_FRONTEND=noninteractive
	if ! "${sudo[@]}" apt-get install -y -q --no-install-recommends "$@" > "$log" 2>&1; then
		echo "validate: install failed without a package list update; running apt-get update"
		if ! { "${sudo[@]}" apt-get update -q && "${sudo[@]}" apt-get install -y -q --no-install-recommends "$@"; } > "$log" 2>&1; then
			tail -n 20 "$log" >&2
			return 1
		fi
	fi
}

missing=()
command -v docker-compose > /dev/null || missing+=(docker-compose)
command -v promtool > /dev/null || missing+=(prometheus)
if ((${#missing[@]})); then
	install_packages "${missing[@]}" || echo "validate: could not install ${missing[*]}; the checks that need them fail" >&2
fi

# A python3 with PyYAML: Debian's (python3-yaml comes with docker-compose), else whatever is first on PATH.
PYTHON=python3
for candidate in /usr/bin/python3 python3; do
	if "$candidate" -c 'import yaml' > /dev/null 2>&1; then PYTHON="$candidate"; break; fi
done

# ---- check runner -----------------------------------------------------------------------------------
check() {
	local name="$1"
	shift
	local out="$WORK/$name.out"
	if "$@" > "$out" 2>&1; then
		passed=$((passed + 1))
		printf 'ok    %s\n' "$name"
	else
		failed=$((failed + 1))
		failures+=("$name")
		printf 'FAIL  %s\n' "$name"
		sed 's/^/      /' "$out" | tail -n 40
	fi
}

skip() {
	skipped=$((skipped + 1))
	printf 'skip  %s (%s)\n' "$1" "$2"
}

# ---- checks -----------------------------------------------------------------------------------------
compose_config() {
	docker-compose -f docker-compose.yml config -q || return 1
	# Compose v2 (the `docker compose` plugin) also parses without a daemon; use it when it is there.
	if docker compose version > /dev/null 2>&1; then
		docker compose -f docker-compose.yml config -q || return 1
		echo "also valid for $(docker compose version)"
	fi
}

compose_contract() {
	docker-compose -f docker-compose.yml config > "$WORK/compose.resolved.yml" &&
		"$PYTHON" ops/checks/compose_contract.py "$WORK/compose.resolved.yml" "$ROOT"
}

SCRAPE_TOKEN_PATH=/etc/prometheus-secrets/scrape-token
prometheus_config() {
	local copy="$WORK/prometheus"
	cp -r ops/prometheus "$copy" &&
		echo "stand-in-token" > "$WORK/scrape-token" &&
		sed -i "s|$SCRAPE_TOKEN_PATH|$WORK/scrape-token|g" "$copy/prometheus.yml" &&
		promtool check config "$copy/prometheus.yml"
}

grafana_queries() {
	python3 ops/checks/dashboard.py ops/grafana/dashboards/fund-flow.json \
		ops/grafana/provisioning/datasources/prometheus.yml "$WORK/dashboard-queries.json" &&
		promtool check rules "$WORK/dashboard-queries.json"
}

grafana_provisioning() {
	"$PYTHON" - <<'EOF'
import yaml
ds = yaml.safe_load(open("ops/grafana/provisioning/datasources/prometheus.yml"))
assert ds["apiVersion"] == 1, "datasources: apiVersion"
assert any(d["type"] == "prometheus" and d["url"] == "http://prometheus:9090" for d in ds["datasources"]), "datasources: no prometheus at http://prometheus:9090"
dash = yaml.safe_load(open("ops/grafana/provisioning/dashboards/dashboards.yml"))
assert dash["apiVersion"] == 1, "dashboards: apiVersion"
assert dash["providers"][0]["options"]["path"] == "/etc/grafana/dashboards", "dashboards: path differs from the compose mount"
print("provisioning files ok")
EOF
}

jwt_keys() {
	local dir="$WORK/keys" token header_payload
	sh ops/jwt/generate-keys.sh "$dir" || return 1
	grep -q -- '-----BEGIN PRIVATE KEY-----' "$dir/jwt-private.pem" || { echo "private key is not PKCS#8"; return 1; }
	grep -q -- '-----BEGIN PUBLIC KEY-----' "$dir/jwt-public.pem" || { echo "public key is not SPKI"; return 1; }
	openssl pkey -pubin -in "$dir/jwt-public.pem" -noout -text | grep -q '(2048 bit)' || { echo "not RSA 2048"; return 1; }
	local before
	before="$(cat "$dir/jwt-private.pem")"
	sh ops/jwt/generate-keys.sh "$dir" | grep -q 'already present' || { echo "second run did not keep the keys"; return 1; }
	[[ "$before" == "$(cat "$dir/jwt-private.pem")" ]] || { echo "second run replaced the key"; return 1; }
	token="$(sh ops/jwt/mint-token.sh --keys "$dir" --role WORKING_GROUP --region GYEONGBUK --sub wg-check)" || return 1
	header_payload="${token%.*}"
	b64url_decode "${token##*.}" > "$WORK/sig.bin"
	printf '%s' "$header_payload" | openssl dgst -sha256 -verify "$dir/jwt-public.pem" -signature "$WORK/sig.bin" || return 1
	b64url_decode "$(cut -d. -f2 <<< "$token")" | grep -q '"role":"WORKING_GROUP","region":"GYEONGBUK"' || { echo "claims missing"; return 1; }
	if sh ops/jwt/mint-token.sh --keys "$dir" --role WORKING_GROUP > /dev/null 2>&1; then
		echo "a working-group token without a region was minted"
		return 1
	fi
	# The container entry point, with the scripts where the image puts them.
	mkdir -p "$WORK/bin" && cp ops/jwt/generate-keys.sh ops/jwt/mint-token.sh "$WORK/bin/" || return 1
	sed "s|/usr/local/bin/|$WORK/bin/|g" ops/jwt/entrypoint.sh > "$WORK/bin/entrypoint.sh"
	JWT_KEYS_DIR="$dir" PROMETHEUS_TOKEN_FILE="$WORK/ptoken/scrape-token" sh "$WORK/bin/entrypoint.sh" || return 1
	token="$(cat "$WORK/ptoken/scrape-token")"
	b64url_decode "$(cut -d. -f2 <<< "$token")" | grep -q '"sub":"prometheus","role":"OPS"' || { echo "scrape token claims"; return 1; }
	[[ "$(stat -c %a "$WORK/ptoken/scrape-token")" == 444 ]] || { echo "scrape token not world-readable"; return 1; }
}

b64url_decode() {
	local s="${1//-/+}"
	s="${s//_//}"
	while ((${#s} % 4)); do s="$s="; done
	printf '%s' "$s" | openssl base64 -d -A
}

health_probe() {
	local port classes="$WORK/probe" status
	mkdir -p "$classes" "$WORK/www/actuator/health"
	javac --release 17 -d "$classes" ops/docker/HealthProbe.java || return 1
	echo '{"status":"UP"}' > "$WORK/www/actuator/health/readiness"
	port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
	python3 -m http.server "$port" --bind 127.0.0.1 --directory "$WORK/www" > "$WORK/http.log" 2>&1 &
	SERVER_PID=$!
	for _ in $(seq 50); do
		(echo > "/dev/tcp/127.0.0.1/$port") 2> /dev/null && break
		sleep 0.1
	done
	export HEALTHPROBE_CLASSPATH="$classes"
	sh ops/docker/healthcheck.sh "http://127.0.0.1:$port/actuator/health/readiness" || { echo "2xx not accepted"; return 1; }
	# The image's HEALTHCHECK calls it without an argument: the URL comes from HEALTHCHECK_URL.
	HEALTHCHECK_URL="http://127.0.0.1:$port/actuator/health/readiness" sh ops/docker/healthcheck.sh ||
		{ echo "2xx from HEALTHCHECK_URL not accepted"; return 1; }
	HEALTHCHECK_URL="http://127.0.0.1:$port/actuator/health/readiness" sh ops/docker/healthcheck.sh \
		"http://127.0.0.1:$port/actuator/health/liveness"
	status=$?
	[[ $status -eq 1 ]] || { echo "an explicit URL did not win over HEALTHCHECK_URL (exit $status)"; return 1; }
	sh ops/docker/healthcheck.sh "http://127.0.0.1:$port/actuator/health/liveness"
	status=$?
	[[ $status -eq 1 ]] || { echo "404 gave exit $status, expected 1"; return 1; }
	kill "$SERVER_PID" && wait "$SERVER_PID" 2> /dev/null
	SERVER_PID=""
	sh ops/docker/healthcheck.sh "http://127.0.0.1:$port/actuator/health/readiness"
	status=$?
	[[ $status -eq 1 ]] || { echo "no server gave exit $status, expected 1"; return 1; }
}

DOCKERFILE_UTILS_VERSION=0.16.3
NPM_TOOLS="${XDG_CACHE_HOME:-$HOME/.cache}/fundflow-ops/npm"
ensure_dockerfile_utils() {
	if [[ ! -d "$NPM_TOOLS/node_modules/dockerfile-utils" ]] ||
		! grep -q "\"version\": \"$DOCKERFILE_UTILS_VERSION\"" "$NPM_TOOLS/node_modules/dockerfile-utils/package.json"; then
		{ mkdir -p "$NPM_TOOLS" &&
			npm install --prefix "$NPM_TOOLS" --no-save --no-audit --no-fund --loglevel=error \
				"dockerfile-utils@$DOCKERFILE_UTILS_VERSION"; } > "$WORK/npm.log" 2>&1
	fi
}

dockerfiles() {
	NODE_PATH="$NPM_TOOLS/node_modules" node ops/checks/dockerfile_lint.js \
		Dockerfile ops/jwt/Dockerfile
}

shell_syntax() {
	local f rc=0
	for f in ops/jwt/entrypoint.sh ops/jwt/generate-keys.sh ops/jwt/mint-token.sh ops/docker/healthcheck.sh; do
		sh -n "$f" || rc=1
	done
	bash -n ops/validate.sh || rc=1
	return $rc
}

check compose compose_config
if "$PYTHON" -c 'import yaml' > /dev/null 2>&1; then
	check contract compose_contract
else
	skip contract "no python3 with PyYAML"
fi
check prom-config prometheus_config
check prom-rules promtool check rules ops/prometheus/alerts.yml
check prom-tests promtool test rules ops/prometheus/alerts.test.yml
if "$PYTHON" -c 'import yaml' > /dev/null 2>&1; then
	check alert-meta "$PYTHON" ops/checks/alerts_meta.py ops/prometheus/alerts.yml ops/prometheus/alerts.test.yml docs/operations-compose.md
else
	skip alert-meta "no python3 with PyYAML"
fi
check grafana-json python3 -m json.tool ops/grafana/dashboards/fund-flow.json
check grafana-queries grafana_queries
if "$PYTHON" -c 'import yaml' > /dev/null 2>&1; then
	check grafana-provisioning grafana_provisioning
else
	skip grafana-provisioning "no python3 with PyYAML"
fi
if command -v openssl > /dev/null; then
	check jwt-keys jwt_keys
else
	skip jwt-keys "no openssl"
fi
if command -v javac > /dev/null && command -v java > /dev/null; then
	check health-probe health_probe
else
	skip health-probe "no JDK"
fi
# The Dockerfile linter is an extra: without node/npm, or when the npm registry cannot be reached, skip it.
if ! command -v node > /dev/null || ! command -v npm > /dev/null; then
	skip dockerfiles "no node/npm"
elif ! ensure_dockerfile_utils; then
	skip dockerfiles "could not install dockerfile-utils from npm: $(tail -n 1 "$WORK/npm.log")"
else
	check dockerfiles dockerfiles
fi
check shell-syntax shell_syntax

if ((failed)); then
	echo "failed: ${failures[*]}"
fi
echo "validate: $passed passed, $failed failed, $skipped skipped"
((failed == 0))
