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
COPY --from=build /app.jar /opt/cooperation-tracker/app.jar
USER app
ENV SPRING_PROFILES_ACTIVE=mysql
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/opt/cooperation-tracker/app.jar"]
