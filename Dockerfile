# One image recipe for the four Spring services (fund-service, company-service, matching-service, gateway).
# Which service it builds is chosen by build arguments:
#
#   MODULE        the Maven module (its directory), e.g. fund-service                         (required)
#   PORT          the port the service listens on, e.g. 8081 (EXPOSE, health check)           (required)
#   HEALTH_PATH   the path the container health check asks   (default /actuator/health/readiness)
#
#   docker build --build-arg MODULE=fund-service --build-arg PORT=8081 -t fundflow/fund-service .
#   docker build --build-arg MODULE=gateway --build-arg PORT=8080 \
#                --build-arg HEALTH_PATH=/actuator/health -t fundflow/gateway .
#
# docker compose passes these for you (see docker-compose.yml and docs/operations-compose.md). The build
# context is the repository root, so the reactor (root pom, platform, event-contracts, ...) is visible.
# Needs BuildKit (the default builder of current Docker) for the Maven cache mount.
#
# ARG scoping: an ARG before the first FROM only sets a default; each stage that uses an argument declares
# it again (without a value, so it inherits the default or the --build-arg).

ARG MODULE
ARG PORT
ARG HEALTH_PATH=/actuator/health/readiness

# ---- build stage: only this module and what it depends on -------------------------------------------
FROM maven:3.9-eclipse-temurin-17 AS build
ARG MODULE
ARG PORT
ARG HEALTH_PATH
WORKDIR /workspace
COPY . .
# Refuse missing or malformed arguments here: the run stage copies from this stage, so the image fails to
# build instead of exposing nothing and probing http://localhost:/ forever.
RUN --mount=type=cache,target=/root/.m2 \
    case "$MODULE" in ""|*/*|.*) echo "build arg MODULE must name a module directory, got '$MODULE'" >&2; exit 1;; esac \
 && if [ ! -f "$MODULE/pom.xml" ]; then echo "build arg MODULE: no module $MODULE (no $MODULE/pom.xml)" >&2; exit 1; fi \
 && case "$PORT" in ""|*[!0-9]*) echo "build arg PORT must be a port number, got '$PORT'" >&2; exit 1;; esac \
 && case "$HEALTH_PATH" in /*) ;; *) echo "build arg HEALTH_PATH must start with /, got '$HEALTH_PATH'" >&2; exit 1;; esac \
 && ./mvnw -B -q -pl "$MODULE" -am -DskipTests package \
 && mkdir -p /out \
 && jar="$MODULE/target/$MODULE.jar" \
 && if [ ! -f "$jar" ]; then jar=$(ls "$MODULE"/target/*.jar | grep -v -e '-plain.jar' -e '-sources.jar' -e '-javadoc.jar' | head -n 1); fi \
 && echo "packaging $jar" && cp "$jar" /out/app.jar
# The container health check: a dependency-free Java probe (the JRE image has no guaranteed curl/wget).
RUN javac --release 17 -d /out/healthprobe ops/docker/HealthProbe.java \
 && install -m 0755 ops/docker/healthcheck.sh /out/healthcheck

# ---- run stage --------------------------------------------------------------------------------------
FROM eclipse-temurin:17-jre
RUN groupadd --system --gid 10001 fundflow \
 && useradd --system --uid 10001 --gid 10001 --home-dir /app --no-create-home --shell /usr/sbin/nologin fundflow
WORKDIR /app
COPY --from=build /out/app.jar /app/app.jar
COPY --from=build /out/healthprobe /opt/healthprobe
COPY --from=build /out/healthcheck /usr/local/bin/healthcheck
# Container-aware heap: 75 % of the container's memory limit; die (and get restarted) on OOM instead of
# limping on. Override per deployment with JAVA_TOOL_OPTIONS.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:InitialRAMPercentage=25 -XX:+ExitOnOutOfMemoryError"
# Declared this late so the layers above are the same for all four images.
ARG PORT
ARG HEALTH_PATH
# HEALTHCHECK does not substitute variables, so the URL goes into the environment, where `healthcheck`
# (ops/docker/healthcheck.sh) reads it when called without an argument.
ENV HEALTHCHECK_URL="http://localhost:${PORT}${HEALTH_PATH}"
EXPOSE ${PORT}
USER 10001:10001
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=5 \
    CMD ["healthcheck"]
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
