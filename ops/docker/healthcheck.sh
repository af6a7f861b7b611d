#!/bin/sh
# Container health check for the fund-flow service images: healthcheck <url>
# Runs the tiny Java probe (ops/docker/HealthProbe.java, compiled in the image build) with a small,
# fast-starting JVM. JAVA_TOOL_OPTIONS is the service's heap setting, not the probe's: drop it.
unset JAVA_TOOL_OPTIONS
exec java -Xmx16m -Xss256k -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto \
	-cp "${HEALTHPROBE_CLASSPATH:-/opt/healthprobe}" HealthProbe "$@"
