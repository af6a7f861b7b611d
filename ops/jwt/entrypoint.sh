#!/bin/sh
# Entry point of the one-shot `jwt-keys` compose service:
#  1. the RS256 key pair, created once (generate-keys.sh);
#  2. if PROMETHEUS_TOKEN_FILE is set, a fresh OPS-role token for Prometheus to scrape /actuator/prometheus
#     (the services admit only OPS there). Minted again at every start, valid PROMETHEUS_TOKEN_TTL seconds
#     (default 365 days); Prometheus re-reads the file on every scrape.
set -eu

dir="${JWT_KEYS_DIR:-/keys}"
/usr/local/bin/generate-keys.sh "$dir"

if [ -n "${PROMETHEUS_TOKEN_FILE:-}" ]; then
	mkdir -p "$(dirname "$PROMETHEUS_TOKEN_FILE")"
	/usr/local/bin/mint-token.sh --keys "$dir" --role OPS --sub prometheus \
		--ttl "${PROMETHEUS_TOKEN_TTL:-31536000}" > "$PROMETHEUS_TOKEN_FILE.tmp"
	# Prometheus runs as `nobody`: it must be able to read the token.
	chmod 0444 "$PROMETHEUS_TOKEN_FILE.tmp"
	mv "$PROMETHEUS_TOKEN_FILE.tmp" "$PROMETHEUS_TOKEN_FILE"
	echo "jwt-keys: scrape token for Prometheus written to $PROMETHEUS_TOKEN_FILE"
fi
