#!/usr/bin/env bash
# Follows one request's trace id through the running system: a company registered through the gateway must
# show the same trace id in the gateway's, company-service's and matching-service's JSON log lines (HTTP
# gateway -> company-service, then Kafka through the outbox -> matching-service's consumer).
#
#   ops/checks/trace_check.sh GATEWAY_URL COMPANY_URL MATCHING_URL LOG_DIR
#   e.g. ops/checks/trace_check.sh http://127.0.0.1:8080 http://127.0.0.1:8082 http://127.0.0.1:8083 .local-stack/logs
#
# Needs the local profile's /auth/dev-token (local stack) and the logs as files (<LOG_DIR>/<service>.log).
# For the duration of the check it raises three loggers to DEBUG through /actuator/loggers (OPS token):
# the gateway's route matching, company-service's SQL statements and the platform's event consumer; then it
# resets them. Exits non-zero, saying which hop lost the trace, if the ids differ.
set -euo pipefail
GATEWAY="$1" COMPANY="$2" MATCHING="$3" LOGS="$4"

token() {
	curl -fsS -X POST -H 'Content-Type: application/json' -d "{\"subject\":\"trace-check\",\"role\":\"$1\"}" \
		"$GATEWAY/auth/dev-token" | python3 -c 'import json, sys; print(json.load(sys.stdin)["token"])'
}
OPS=$(token OPS)
OPERATOR=$(token OPERATOR)

level() { # base-url logger level (empty: back to the configured level)
	local value=null
	[[ -n "${3:-}" ]] && value="\"$3\""
	curl -fsS -X POST -H "Authorization: Bearer $OPS" -H 'Content-Type: application/json' \
		-d "{\"configuredLevel\":$value}" "$1/actuator/loggers/$2"
}
LOGGERS=("$GATEWAY org.springframework.cloud.gateway.handler.RoutePredicateHandlerMapping"
	"$COMPANY org.springframework.r2dbc.core.DefaultDatabaseClient"
	"$MATCHING kr.fundflow.platform.inbox.IdempotentConsumer")
reset() { for l in "${LOGGERS[@]}"; do level $l "" || true; done; }
trap reset EXIT
for l in "${LOGGERS[@]}"; do level $l DEBUG; done

# A fresh valid 사업자등록번호 (check digit as company-service computes it).
brn=$(python3 -c '
import random
d = [random.randint(0, 9) for _ in range(9)]
s = sum(a * b for a, b in zip(d, [1, 3, 7, 1, 3, 7, 1, 3, 5])) + d[8] * 5 // 10
print("".join(map(str, d)) + str((10 - s % 10) % 10))')
curl -fsS -o /dev/null -X POST -H "Authorization: Bearer $OPERATOR" -H 'Content-Type: application/json' \
	"$GATEWAY/api/companies" -d "{\"brn\":\"$brn\",\"name\":\"추적확인 $brn\",\"region\":\"GYEONGBUK\",
	\"industries\":[\"HYDROGEN\"],\"stage\":\"STARTUP\",\"employees\":3,\"annualRevenue\":100000000,
	\"foundedOn\":\"2024-01-02\"}"

# The consumer's line names the company (subject); its trace id must be on the gateway's and company-service's
# lines of the same request. Logs are written asynchronously: poll.
trace=""
for _ in $(seq 150); do
	line=$(grep -F -- "(subject $brn)" "$LOGS/matching-service.log" | tail -1 || true)
	[[ -n "$line" ]] && { trace=$(python3 -c 'import json, sys; print(json.loads(sys.argv[1]).get("traceId", ""))' "$line"); break; }
	sleep 0.1
done
[[ "$trace" =~ ^[0-9a-f]{32}$ ]] || { echo "matching-service logged no trace id for company $brn"; exit 1; }
in_log() { grep -F "\"traceId\":\"$trace\"" "$LOGS/$1.log" | grep -c -F -- "$2" || true; }
gateway_lines=$(in_log gateway "Route matched: company-service")
company_lines=$(in_log company-service "INSERT INTO company")
echo "company $brn: trace $trace; gateway lines $gateway_lines, company-service lines $company_lines, matching-service: $(grep -c -F "\"traceId\":\"$trace\"" "$LOGS/matching-service.log")"
((gateway_lines > 0)) || { echo "the gateway's log has no line of trace $trace"; exit 1; }
((company_lines > 0)) || { echo "company-service's log has no line of trace $trace"; exit 1; }
