# Image of one SafeRank application (platform-api or batch-jobs), from the jar the Maven build made.
#   ./mvnw -DskipTests package
#   docker build -f infra/deploy/app.Dockerfile --build-arg APP=platform-api -t saferank/platform-api .
FROM eclipse-temurin:25-jre
ARG APP
RUN useradd --system --uid 10001 saferank
COPY ${APP}/target/${APP}-0.1.0-SNAPSHOT.jar /opt/saferank/app.jar
USER saferank
EXPOSE 8080 8081
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/opt/saferank/app.jar"]
