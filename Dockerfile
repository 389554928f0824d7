# newsline services image: one image, the service chosen by the command (ingest, enrich, dedupe).
# Build stage: the CLI jar and its dependencies.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml ./
COPY schemas schemas
COPY runtime runtime
COPY testkit testkit
COPY ingest-service ingest-service
COPY enrich-service enrich-service
COPY dedupe-service dedupe-service
COPY cli cli
COPY benchmarks benchmarks
COPY build-support build-support
RUN mvn -B -q -DskipTests -Dspotless.check.skip=true package -pl cli -am

# Run stage: a JRE, the jar, its libraries.
FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 newsline && mkdir -p /var/lib/newsline && chown newsline /var/lib/newsline
WORKDIR /app
COPY --from=build /src/cli/target/newsline-cli.jar /app/newsline-cli.jar
COPY --from=build /src/cli/target/lib /app/lib
USER newsline
ENV NEWSLINE_STATE_DIR=/var/lib/newsline \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
EXPOSE 9400
ENTRYPOINT ["java", "-cp", "/app/newsline-cli.jar:/app/lib/*", "io.newsline.cli.NewslineCli"]
CMD ["--help"]
