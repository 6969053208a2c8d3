# The application image for docker-compose.yml. Build stage: the project's own Maven wrapper.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY frontend frontend
COPY reports reports
COPY src src
RUN ./mvnw -B -DskipTests package && cp target/cooperation-tracker-*.jar /app.jar

FROM eclipse-temurin:25-jre
# curl for the compose health check; a non-root user that owns only the data directory.
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 app \
    && mkdir -p /var/lib/cooperation-tracker && chown app /var/lib/cooperation-tracker
WORKDIR /opt/cooperation-tracker
COPY --from=build /app.jar /tmp/app.jar
# The jar extracted, and a JDK 25 AOT cache recorded by a training start (up to the refreshed
# context, on a throw-away embedded database): the application starts in about half the time
# (docs/decisions/DD014). Recorded here, with the JVM that will use it; a JVM that cannot use the
# cache warns and starts without it.
RUN java -Djarmode=tools -jar /tmp/app.jar extract --destination /opt/cooperation-tracker \
    && rm /tmp/app.jar \
    && java -XX:AOTCacheOutput=app.aot -Dspring.context.exit=onRefresh -jar app.jar \
        --app.data-dir=/tmp/training --app.reminders.at-start=false --app.reports.warm-up=false \
    && rm -rf /tmp/training
USER app
ENV SPRING_PROFILES_ACTIVE=mysql
EXPOSE 8080
ENTRYPOINT ["java", "-XX:AOTCache=app.aot", "-XX:MaxRAMPercentage=75", "-jar", "app.jar"]
