#!/bin/sh
# Container health check for the fund-flow service images: healthcheck [url]
# Without an argument it asks $HEALTHCHECK_URL, which the image sets from its PORT and HEALTH_PATH build
# arguments (Dockerfile; HEALTHCHECK does not substitute variables, so the URL cannot be written there).
# Runs the tiny Java probe (ops/docker/HealthProbe.java, compiled in the image build) with a small,
# fast-starting JVM. JAVA_TOOL_OPTIONS is the service's heap setting, not the probe's: drop it.
if [ "$#" -eq 0 ] && [ -n "${HEALTHCHECK_URL:-}" ]; then
	set -- "$HEALTHCHECK_URL"
fi
unset JAVA_TOOL_OPTIONS
exec java -Xmx16m -Xss256k -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto \
	-cp "${HEALTHPROBE_CLASSPATH:-/opt/healthprobe}" HealthProbe "$@"
