#!/usr/bin/env bash
# The benchmark: this machine's limits and the system measured side by side in one run (under 10 minutes),
# each system figure reported as a ratio to its limit. Prints the figures and writes bench/results/latest.json.
#
#   bench/run.sh                      # needs local-stack/target/local-stack.jar with the service jars
#   BENCH_BUILD=1 bench/run.sh        # build it first (./mvnw -B -q -DskipTests package; not counted)
#
# Limits: PostgreSQL single-row inserts of a company-sized row (pgbench, 16 clients, custom script);
# Kafka producer (acks=all, idempotent) and consumer throughput with the project's record size (Kafka's own
# ProducerPerformance / ConsumerPerformance from kafka-tools); a no-op endpoint directly (company-service's
# /actuator/health/liveness: no I/O).
# System: the same no-op through the gateway; company registrations through the gateway at rising arrival
# rates (open loop, bench/loadgen) -> the highest rate with no errors and p99 <= 50 ms; end-to-end rate until
# every registration has its proposed match (polling matching-service's database); gateway vs direct on the
# real POST; matching time per event at 100 -> 10 000 allocations (bench/matching/run.sh); local-stack start
# time to healthy and its total resident memory (supervisor + children, sampled every second).
# Also: promtool check metrics on the four services' /actuator/prometheus after the load.
#
# The stack runs from a copy of the jar on ports +BENCH_PORT_OFFSET (default 300) with --reset, in its own
# databases (fundflow_*_<offset>) and data directory; it is stopped at the end. Settings (environment):
# BENCH_PORT_OFFSET, BENCH_WORK_DIR, BENCH_STEP_SECONDS (10), BENCH_RATES, BENCH_E2E_SECONDS (15),
# BENCH_SKIP_MATCHING=1, BENCH_STACK_JAR (another local-stack.jar, e.g. to compare JVM flags),
# PG_HOST/PG_PORT/PG_USER/PG_PASSWORD (127.0.0.1, 5432, postgres, postgres).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
OFFSET="${BENCH_PORT_OFFSET:-300}"
WORK="${BENCH_WORK_DIR:-${TMPDIR:-/tmp}/fundflow-bench}"
STEP_SECONDS="${BENCH_STEP_SECONDS:-10}"
RATES="${BENCH_RATES:-10,20,30,50,75,100,150,200,300,400,600,800}"
E2E_SECONDS="${BENCH_E2E_SECONDS:-15}"
P99_LIMIT_MS=50
export PGHOST="${PG_HOST:-127.0.0.1}" PGPORT="${PG_PORT:-5432}" PGUSER="${PG_USER:-postgres}" PGPASSWORD="${PG_PASSWORD:-postgres}"

GATEWAY="http://127.0.0.1:$((8080 + OFFSET))"
COMPANY="http://127.0.0.1:$((8082 + OFFSET))"
SERVICE_PORTS=($((8080 + OFFSET)) $((8081 + OFFSET)) $((8082 + OFFSET)) $((8083 + OFFSET)))
KAFKA="127.0.0.1:$((9092 + OFFSET))"
DB_COMPANY="fundflow_company_${OFFSET}"
DB_MATCHING="fundflow_matching_${OFFSET}"
DB_FUND="fundflow_fund_${OFFSET}"
PARTS="$WORK/parts"
STARTED_AT=$(date +%s)
SUPERVISOR=""
SAMPLER=""
WARMUP_BRN=900000000 # registrations of warm-up runs

log() { printf '\n== %s\n' "$*" >&2; }
now_ms() { date +%s%3N; }
# json_get '["a"][0]' < json: prints the value (JSON for objects and lists, plain for strings and numbers).
json_get() {
	python3 -c 'import json, sys
v = eval("d" + sys.argv[1], {"d": json.load(sys.stdin)})
print(v if isinstance(v, str) else json.dumps(v))' "$1"
}

stop_stack() {
	if [[ -n "$SAMPLER" ]]; then kill "$SAMPLER" 2> /dev/null || true; wait "$SAMPLER" 2> /dev/null || true; SAMPLER=""; fi
	if [[ -n "$SUPERVISOR" ]] && kill -0 "$SUPERVISOR" 2> /dev/null; then
		log "stopping the local stack (pid $SUPERVISOR)"
		kill -TERM "$SUPERVISOR"
		for _ in $(seq 60); do kill -0 "$SUPERVISOR" 2> /dev/null || break; sleep 0.5; done
		kill -0 "$SUPERVISOR" 2> /dev/null && kill -KILL "$SUPERVISOR"
	fi
	SUPERVISOR=""
}
trap stop_stack EXIT

# ---- preparation ----------------------------------------------------------------------------------------
install_missing() {
	local missing=()
	command -v pgbench > /dev/null || missing+=(postgresql-contrib)
	command -v psql > /dev/null || missing+=(postgresql-client)
	command -v promtool > /dev/null || missing+=(prometheus)
	command -v curl > /dev/null || missing+=(curl)
	if ((${#missing[@]})); then
		log "installing ${missing[*]} from Debian"
		apt-get install -y -q --no-install-recommends "${missing[@]}" > /dev/null 2>&1 ||
			{ apt-get update -q > /dev/null && apt-get install -y -q --no-install-recommends "${missing[@]}" > /dev/null; }
	fi
}

prepare() {
	install_missing
	rm -rf "$PARTS" && mkdir -p "$PARTS" "$WORK" bench/results
	if [[ "${BENCH_BUILD:-0}" == 1 || ! -f "${BENCH_STACK_JAR:-local-stack/target/local-stack.jar}" ]]; then
		log "building (./mvnw -B -q -DskipTests package; not part of the measured time)"
		./mvnw -B -q -DskipTests package > "$WORK/build.log" 2>&1 || { tail -40 "$WORK/build.log"; exit 1; }
		STARTED_AT=$(date +%s)
	fi
	# A copy: another build may rewrite the jar while the stack runs from it.
	cp "${BENCH_STACK_JAR:-local-stack/target/local-stack.jar}" "$WORK/local-stack.jar"
	javac -d "$WORK/loadgen" bench/loadgen/LoadGen.java
	./mvnw -B -q -f bench/kafka-tools/pom.xml dependency:build-classpath \
		-Dmdep.outputFile="$WORK/kafka-tools.classpath" > "$WORK/kafka-tools.log" 2>&1 ||
		{ tail -20 "$WORK/kafka-tools.log"; exit 1; }
}

loadgen() { java -Xmx512m -XX:+UseSerialGC -cp "$WORK/loadgen" LoadGen "$@"; }

# ---- limit: PostgreSQL ----------------------------------------------------------------------------------
# The company row of company-service (V100__companies.sql): same columns, checks, primary key and the two
# name indexes; one INSERT per transaction, as a registration commits.
pgbench_inserts() {
	log "PostgreSQL: pgbench, single-row inserts of a company row, 16 clients, 15 s"
	psql -q -d postgres -c "DROP DATABASE IF EXISTS fundflow_bench_pg" -c "CREATE DATABASE fundflow_bench_pg"
	psql -q -d fundflow_bench_pg <<- 'SQL'
		CREATE TABLE company (
		    brn            text        PRIMARY KEY CHECK (brn ~ '^[0-9]{10}$'),
		    name           text        NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
		    region         text        NOT NULL,
		    stage          text        NOT NULL CHECK (stage IN ('STARTUP', 'GROWTH', 'EXPANSION', 'LEAP')),
		    employees      int         NOT NULL CHECK (employees >= 0),
		    annual_revenue bigint      NOT NULL CHECK (annual_revenue >= 0),
		    founded_on     date        NOT NULL,
		    revision       bigint      NOT NULL CHECK (revision >= 1),
		    registered_at  timestamptz NOT NULL,
		    registered_by  text        NOT NULL,
		    updated_at     timestamptz NOT NULL,
		    updated_by     text        NOT NULL
		);
		CREATE INDEX company_by_name ON company (name, brn);
		CREATE INDEX company_by_region_name ON company (region, name, brn);
		CREATE SEQUENCE brn_seq;
	SQL
	cat > "$WORK/insert-company.sql" <<- 'SQL'
		INSERT INTO company VALUES (lpad(nextval('brn_seq')::text, 10, '0'), '벤치수소 ' || currval('brn_seq'), 'GYEONGBUK', 'STARTUP', 12, 800000000, '2023-03-02', 1, now(), 'fund-operator', now(), 'fund-operator');
	SQL
	pgbench -n -c 16 -j 2 -T 15 -f "$WORK/insert-company.sql" fundflow_bench_pg > "$WORK/pgbench.out" 2>&1 ||
		{ cat "$WORK/pgbench.out"; exit 1; }
	local tps latency
	tps=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$WORK/pgbench.out")
	latency=$(sed -n 's/^latency average = \([0-9.]*\) ms/\1/p' "$WORK/pgbench.out")
	echo "  $tps inserts/s, average latency $latency ms" >&2
	echo "{\"clients\":16,\"seconds\":15,\"insertsPerSecond\":$tps,\"latencyAvgMs\":$latency}" > "$PARTS/pgbench.json"
	psql -q -d postgres -c "DROP DATABASE fundflow_bench_pg"
}

# ---- the local stack ------------------------------------------------------------------------------------
start_stack() {
	log "local stack: start (ports +$OFFSET, --reset --no-demo-data) until the gateway's health is UP"
	local start up_ms=""
	start=$(now_ms)
	# Benchmark-only settings, inherited by the children: no rate limit (the gateway allows 50/s per caller),
	# and the gateway's actuator may add the no-op route. Nothing else differs from a developer's stack.
	RATE_LIMIT_RPS=1000000 RATE_LIMIT_BURST=1000000 \
		MANAGEMENT_ENDPOINT_GATEWAY_ACCESS=unrestricted \
		MANAGEMENT_ENDPOINTS_WEB_EXPOSURE_INCLUDE=health,info,prometheus,metrics,loggers,gateway \
		java -jar "$WORK/local-stack.jar" --port-offset="$OFFSET" --data-dir="$WORK/stack" --reset --no-demo-data \
		> "$WORK/stack-console.log" 2>&1 &
	SUPERVISOR=$!
	for _ in $(seq 240); do
		if curl -fs -m 2 "$GATEWAY/actuator/health" 2> /dev/null | grep -q '"status":"UP"'; then
			up_ms=$(($(now_ms) - start))
			break
		fi
		kill -0 "$SUPERVISOR" 2> /dev/null || { tail -30 "$WORK/stack-console.log"; exit 1; }
		sleep 0.25
	done
	[[ -n "$up_ms" ]] || { echo "the stack did not become healthy in 60 s" >&2; tail -30 "$WORK/stack-console.log"; exit 1; }
	sleep 2
	local idle
	idle=$(stack_rss_kib)
	echo "  healthy after $((up_ms / 1000)).$(((up_ms % 1000) / 100)) s; resident memory $((idle / 1024)) MiB" >&2
	echo "{\"healthyMs\":$up_ms,\"idleRssMiB\":$((idle / 1024))}" > "$PARTS/start.json"
	sample_rss &
	SAMPLER=$!
	OPERATOR_TOKEN=$(token fund-operator OPERATOR)
	OPS_TOKEN=$(token ops-engineer OPS)
}

# Resident memory of the supervisor and all its descendants, in KiB.
stack_rss_kib() {
	local pids=("$SUPERVISOR") i=0 total=0 child rss
	while ((i < ${#pids[@]})); do
		for child in $(pgrep -P "${pids[$i]}" || true); do pids+=("$child"); done
		i=$((i + 1))
	done
	for pid in "${pids[@]}"; do
		rss=$(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status" 2> /dev/null || echo 0)
		total=$((total + ${rss:-0}))
	done
	echo "$total"
}

sample_rss() {
	local peak=0 rss
	while true; do
		rss=$(stack_rss_kib)
		((rss > peak)) && peak=$rss && echo "$peak" > "$WORK/rss-peak"
		sleep 1
	done
}

token() {
	curl -fs -X POST -H 'Content-Type: application/json' -d "{\"subject\":\"$1\",\"role\":\"$2\"}" "$GATEWAY/auth/dev-token" |
		json_get '["token"]'
}

api() { # method path body -> body (fails on a non-2xx answer)
	curl -fsS -X "$1" -H "Authorization: Bearer $OPERATOR_TOKEN" -H 'Content-Type: application/json' \
		${3:+-d "$3"} "$GATEWAY$2"
}

sql() { psql -Atq -d "$1" -c "$2"; }

# ---- limit: Kafka ---------------------------------------------------------------------------------------
kafka_perf() {
	# A CompanyRegistered as the relay sends it: the JSON body plus the CloudEvents headers (names and values).
	local record_size records=300000 cp out
	record_size=$(python3 - << 'EOF'
import json
body = json.dumps(json.load(open("event-contracts/src/main/resources/kr/fundflow/contracts/golden/company.company.registered.json")), ensure_ascii=False, separators=(",", ":")).encode()
headers = {"ce_id": "0b8f0c1e-7a44-4d7b-9a55-3f1c2a7e6a51", "ce_source": "/fundflow/company-service",
           "ce_type": "company.company.registered", "ce_time": "2026-01-10T00:00:00.123456Z", "ce_specversion": "1.0",
           "ce_subject": "1248100998", "ce_schemaversion": "1", "content-type": "application/json",
           "traceparent": "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"}
print(len(body) + sum(len(k) + len(v) for k, v in headers.items()))
EOF
)
	cp="$(cat "$WORK/kafka-tools.classpath")"
	log "Kafka: ProducerPerformance, $records records of $record_size bytes, acks=all, idempotent, linger.ms=5 (as the outbox relay)"
	java -Xmx512m -cp "$cp" org.apache.kafka.tools.ProducerPerformance --topic fundflow.bench.perf \
		--num-records "$records" --record-size "$record_size" --throughput -1 \
		--producer-props bootstrap.servers="$KAFKA" acks=all enable.idempotence=true linger.ms=5 2>&1 |
		grep -v SLF4J | tail -1 > "$WORK/producer.out"
	cat "$WORK/producer.out" >&2
	local produced consumed
	produced=$(sed -n 's/.* sent, \([0-9.]*\) records\/sec.*/\1/p' "$WORK/producer.out")
	log "Kafka: ConsumerPerformance, the same $records records"
	java -Xmx512m -cp "$cp" org.apache.kafka.tools.ConsumerPerformance --bootstrap-server "$KAFKA" \
		--topic fundflow.bench.perf --messages "$records" --group fundflow-bench-perf --timeout 60000 2>&1 |
		grep -v SLF4J | tail -1 > "$WORK/consumer.out"
	cat "$WORK/consumer.out" >&2
	# start, end, MB, MB/s, messages, messages/s, rebalance ms, fetch ms, fetch MB/s, fetch messages/s
	consumed=$(awk -F', ' '{print $6}' "$WORK/consumer.out")
	echo "{\"recordBytes\":$record_size,\"records\":$records,\"producerRecordsPerSecond\":$produced,\"consumerRecordsPerSecond\":$consumed}" \
		> "$PARTS/kafka.json"
}

# ---- limit and system: the gateway in front of a no-op ------------------------------------------------
gateway_noop() {
	log "gateway vs direct on a no-op (company-service /actuator/health/liveness), 16 connections, alternating, 2 x 5 s each"
	# A route that exists only in this stack: GET /api/bench/noop -> company-service's liveness probe. It passes
	# the gateway's whole filter chain like any API call (token check, rate limiter, metrics, body limit).
	curl -fsS -X POST -H "Authorization: Bearer $OPS_TOKEN" -H 'Content-Type: application/json' \
		"$GATEWAY/actuator/gateway/routes/bench-noop" -d "{\"uri\":\"$COMPANY\",\"order\":-1,
		\"predicates\":[{\"name\":\"Path\",\"args\":{\"_genkey_0\":\"/api/bench/noop\"}}],
		\"filters\":[{\"name\":\"SetPath\",\"args\":{\"_genkey_0\":\"/actuator/health/liveness\"}}]}" > /dev/null
	curl -fsS -X POST -H "Authorization: Bearer $OPS_TOKEN" "$GATEWAY/actuator/gateway/refresh" > /dev/null
	curl -fsS -H "Authorization: Bearer $OPERATOR_TOKEN" "$GATEWAY/api/bench/noop" | grep -q UP
	compare_closed noop "$COMPANY/actuator/health/liveness" "$GATEWAY/api/bench/noop" token="$OPERATOR_TOKEN" connections=16
}

# compare_closed NAME DIRECT_URL GATEWAY_URL loadgen-args...: the same closed-loop load directly and through the
# gateway, alternating direct / gateway / direct / gateway (5 s each, after a 3 s warm-up of each), so that a
# change in the machine's other load hits both sides alike. Writes parts/NAME-direct.json and
# NAME-gateway.json: requests per second over both rounds, latency of the second round, CPU per request.
compare_closed() {
	local name="$1" direct="$2" gateway="$3" round side url
	shift 3
	loadgen mode=closed url="$direct" "$@" seconds=3 warmup=0 brnBase=$((WARMUP_BRN += 100000)) > /dev/null
	loadgen mode=closed url="$gateway" "$@" seconds=3 warmup=0 brnBase=$((WARMUP_BRN += 100000)) > /dev/null
	for round in 1 2; do
		for side in direct gateway; do
			[[ $side == direct ]] && url="$direct" || url="$gateway"
			if [[ "$*" == *body=company* ]]; then await_quiet 180; fi
			cpu_snapshot > "$WORK/cpu-before"
			loadgen mode=closed url="$url" "$@" seconds=5 warmup=0 brnBase=$((WARMUP_BRN += 100000)) \
				> "$WORK/$name-$side-$round.json"
			cpu_snapshot > "$WORK/cpu-after"
			cpu_per_registration "$(json_get '["ok"] + d["errors"]' < "$WORK/$name-$side-$round.json")" \
				> "$WORK/$name-$side-$round.cpu"
		done
	done
	for side in direct gateway; do
		python3 - "$WORK/$name-$side" > "$PARTS/$name-$side.json" << 'EOF'
import json, sys
base = sys.argv[1]
rounds = [json.load(open(f"{base}-{r}.json")) for r in (1, 2)]
cpus = [json.load(open(f"{base}-{r}.cpu")) for r in (1, 2)]
ok, seconds = sum(r["ok"] for r in rounds), sum(r["seconds"] for r in rounds)
summary = dict(rounds[1], ok=ok, errors=sum(r["errors"] for r in rounds), seconds=round(seconds, 2),
               throughput=round(ok / seconds, 1), roundThroughputs=[r["throughput"] for r in rounds],
               clientCpuMsPerRequest=round(sum(r["clientCpuMsPerRequest"] for r in rounds) / 2, 3),
               cpuMsPerRequest={k: round((cpus[0].get(k, 0) + cpus[1].get(k, 0)) / 2, 2) for k in cpus[0]})
print(json.dumps(summary))
EOF
		echo "  $name $side: $(json_get '["throughput"]' < "$PARTS/$name-$side.json")/s (rounds $(json_get '["roundThroughputs"]' < "$PARTS/$name-$side.json")), CPU per request $(json_get '["cpuMsPerRequest"]["total"]' < "$PARTS/$name-$side.json") ms + load generator $(json_get '["clientCpuMsPerRequest"]' < "$PARTS/$name-$side.json") ms" >&2
	done
}

# ---- system: registrations --------------------------------------------------------------------------------
setup_allocation() {
	log "a fund and one allocation every benchmark company matches (GYEONGBUK / HYDROGEN, loan guarantee)"
	local fund allocation
	fund=$(api POST /api/funds '{"name":"벤치마크펀드","totalCap":1000000000000,"periodStart":"2026-01-01",
		"periodEnd":"2030-12-31","regionalMinimum":400000000000,"aiMinimum":200000000000}' | json_get '["id"]')
	allocation=$(api POST "/api/funds/$fund/allocations" '{"title":"포항 수소 협약보증","channel":"iM뱅크",
		"regions":["GYEONGBUK"],"industries":["HYDROGEN"],"instrument":"LOAN_GUARANTEE",
		"terms":{"coverageRatioPct":90,"feeDiscountBp":30},"stages":["STARTUP","GROWTH","EXPANSION","LEAP"],
		"minTicket":100000000,"maxTicket":500000000,"amount":100000000000}' | json_get '["id"]')
	for _ in $(seq 120); do
		[[ "$(sql "$DB_MATCHING" "SELECT count(*) FROM allocation WHERE id = '$allocation'")" == 1 ]] && return
		sleep 0.25
	done
	echo "matching-service did not index allocation $allocation in 30 s" >&2
	exit 1
}

# Waits until every registered company has its proposed match; prints the milliseconds at that moment.
await_matched() {
	local deadline=$(($(date +%s) + ${1:-120})) companies proposals
	while (($(date +%s) < deadline)); do
		companies=$(sql "$DB_COMPANY" "SELECT count(*) FROM company")
		proposals=$(sql "$DB_MATCHING" "SELECT count(*) FROM match WHERE status = 'PROPOSED'")
		if [[ "$companies" == "$proposals" ]]; then
			now_ms
			return 0
		fi
		sleep 0.1
	done
	echo "not every company was matched in time ($proposals of $companies)" >&2
	return 1
}

# Waits until every company is matched and fund-service has stopped taking in events (its inbox has not grown
# for 2 s): the consumers downstream of a step must not eat the next step's CPU.
await_quiet() {
	await_matched "${1:-120}" > /dev/null || return 1
	local deadline=$(($(date +%s) + ${1:-120})) last=-1 now stable=0
	while (($(date +%s) < deadline)); do
		now=$(sql "$DB_FUND" "SELECT count(*) FROM inbox_event")
		if [[ "$now" == "$last" ]]; then
			stable=$((stable + 1))
			((stable >= 4)) && return 0
		else
			stable=0
		fi
		last=$now
		sleep 0.5
	done
	echo "fund-service kept consuming for ${1:-120} s" >&2
	return 1
}

registration_ramp() {
	log "registrations through the gateway, open loop, rates $RATES per second, $STEP_SECONDS s each (stop at the first step with an error or p99 > $P99_LIMIT_MS ms)"
	# Warm-up (JIT, pools, Kafka metadata), not measured: 10 s at 50/s.
	loadgen mode=open url="$GATEWAY/api/companies" body=company token="$OPERATOR_TOKEN" rate=50 seconds=10 \
		brnBase=100000000 p99LimitMs=100000 > /dev/null
	await_quiet 120
	local base=110000000 rate steps=() out ok matched_at
	for rate in ${RATES//,/ }; do
		out=$(loadgen mode=open url="$GATEWAY/api/companies" body=company token="$OPERATOR_TOKEN" rate="$rate" \
			seconds="$STEP_SECONDS" brnBase="$base" p99LimitMs="$P99_LIMIT_MS")
		base=$((base + 1000000))
		steps+=("$(json_get '["steps"][0]' <<< "$out")")
		ok=$(json_get '["best"] is not None' <<< "$out")
		# The events of this step must be through before the next one, or it would measure this one's backlog.
		await_quiet 120 || ok=false
		[[ "$ok" == true ]] || break
	done
	(IFS=,; echo "{\"p99LimitMs\":$P99_LIMIT_MS,\"stepSeconds\":$STEP_SECONDS,\"steps\":[${steps[*]}]}") > "$PARTS/ramp.json"
}

gateway_post() {
	log "gateway vs direct on the real POST /api/companies, 16 connections, alternating, 2 x 5 s each (each after the pipeline drained)"
	compare_closed post "$COMPANY/api/companies" "$GATEWAY/api/companies" body=company token="$OPERATOR_TOKEN" connections=16
	await_matched 180 > /dev/null
}

end_to_end() {
	log "end to end: registrations through the gateway as fast as accepted for $E2E_SECONDS s (32 connections), until every one has its proposed match"
	local before after start done
	await_quiet 180
	before=$(sql "$DB_COMPANY" "SELECT count(*) FROM company")
	cpu_snapshot > "$WORK/cpu-before"
	start=$(now_ms)
	loadgen mode=closed url="$GATEWAY/api/companies" body=company token="$OPERATOR_TOKEN" connections=32 \
		seconds="$E2E_SECONDS" warmup=0 brnBase=500000000 > "$PARTS/e2e-api.json"
	local sent_ms=$(($(now_ms) - start))
	done=$(await_matched 240)
	await_quiet 120 # fund-service's read model takes in the proposals too: its CPU counts
	cpu_snapshot > "$WORK/cpu-after"
	after=$(sql "$DB_COMPANY" "SELECT count(*) FROM company")
	local registered=$((after - before)) total_ms=$((done - start))
	echo "  $registered registrations, all matched after $((total_ms / 1000)).$(((total_ms % 1000) / 100)) s" >&2
	local cpu
	cpu=$(cpu_per_registration "$registered")
	echo "  CPU per registration (ms): $cpu" >&2
	echo "{\"registrations\":$registered,\"sendingMs\":$sent_ms,\"allMatchedMs\":$total_ms,\"cpuMsPerRegistration\":$cpu}" \
		> "$PARTS/e2e.json"
}

# CPU time (clock ticks) used so far by each process of the stack, and by the PostgreSQL backends serving its
# databases (other clients of the same server are not counted): "name ticks" lines.
cpu_snapshot() {
	local pid name
	for pid in "$SUPERVISOR" $(pgrep -P "$SUPERVISOR"); do
		name=$(tr '\0' ' ' < "/proc/$pid/cmdline" | grep -o '[a-z-]*\.jar\|KafkaBrokerMain' | sed -n 1p)
		[[ "$pid" == "$SUPERVISOR" ]] && name=supervisor
		echo "${name%.jar} $(awk '{print $14 + $15}' "/proc/$pid/stat")"
	done
	for pid in $(sql postgres "SELECT pid FROM pg_stat_activity WHERE datname LIKE 'fundflow_%_$OFFSET'"); do
		echo "postgres:$pid $(awk '{print $14 + $15}' "/proc/$pid/stat" 2> /dev/null || echo 0)"
	done
}

# {"gateway": ms, ...}: CPU milliseconds per registration of each process between the two snapshots.
cpu_per_registration() {
	python3 - "$WORK/cpu-before" "$WORK/cpu-after" "$1" "$(getconf CLK_TCK)" << 'EOF'
import json, sys
def read(path):
    ticks = {}
    for line in open(path):
        name, value = line.split()
        ticks[name] = int(value)
    return ticks
before, after, n, hz = read(sys.argv[1]), read(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
used = {}
for name, value in after.items():
    key = "postgres" if name.startswith("postgres:") else name.replace("KafkaBrokerMain", "kafka")
    used[key] = used.get(key, 0) + value - before.get(name, 0)
per = {k: round(v * 1000 / hz / max(n, 1), 2) for k, v in sorted(used.items())}
per["total"] = round(sum(per.values()), 2)
print(json.dumps(per))
EOF
}

metrics_lint() {
	log "promtool check metrics on each service's /actuator/prometheus"
	local port name results=() status
	for port in "${SERVICE_PORTS[@]}"; do
		curl -fsS -H "Authorization: Bearer $OPS_TOKEN" "http://127.0.0.1:$port/actuator/prometheus" > "$WORK/metrics-$port.txt"
		name=$(grep -m1 -o 'application="[^"]*"' "$WORK/metrics-$port.txt" | cut -d'"' -f2)
		if promtool check metrics < "$WORK/metrics-$port.txt" > "$WORK/promtool-$port.out" 2>&1; then status=true; else status=false; fi
		if [[ $status == true ]]; then
			echo "  $name: promtool accepts its $(grep -c '^# TYPE' "$WORK/metrics-$port.txt") metrics" >&2
		else
			echo "  $name: promtool objects ($(wc -l < "$WORK/promtool-$port.out") problems):" >&2
			sort -u "$WORK/promtool-$port.out" | head -20 | sed 's/^/    /' >&2 || true
		fi
		results+=("\"$name\":$status")
	done
	(IFS=,; echo "{${results[*]}}") > "$PARTS/promtool.json"
}

trace_check() {
	log "one trace id from the gateway through company-service and Kafka to matching-service (ops/checks/trace_check.sh)"
	local ok=false
	ops/checks/trace_check.sh "$GATEWAY" "$COMPANY" "http://127.0.0.1:$((8083 + OFFSET))" "$WORK/stack/logs" >&2 && ok=true
	echo "{\"sameTraceIdInAllServices\":$ok}" > "$PARTS/trace.json"
}

matching() {
	if [[ "${BENCH_SKIP_MATCHING:-0}" == 1 ]]; then return; fi
	log "matching time per CompanyRegistered at 100 / 1 000 / 10 000 allocations (bench/matching/run.sh)"
	bench/matching/run.sh 2>&1 | tee "$WORK/matching.out" | grep -v '^{' >&2 || { tail -30 "$WORK/matching.out"; exit 1; }
	grep '^{"benchmark"' "$WORK/matching.out" | tail -1 > "$PARTS/matching.json"
}

prepare
echo "{\"loadAverageAtStart\":$(cut -d' ' -f1 /proc/loadavg)}" > "$PARTS/machine.json"
pgbench_inserts
start_stack
kafka_perf
gateway_noop
setup_allocation
registration_ramp
gateway_post
end_to_end
metrics_lint
trace_check
echo "{\"peakRssMiB\":$(($(cat "$WORK/rss-peak") / 1024))}" > "$PARTS/rss.json"
stop_stack
matching
python3 bench/summarize.py "$PARTS" "$(($(date +%s) - STARTED_AT))" bench/results/latest.json
