package dev.saferank.servers.maven;

import dev.saferank.servers.ProvisioningException;
import dev.saferank.servers.ServerSet;
import dev.saferank.servers.ServerSettings;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Starts the database, Elasticsearch and Keycloak, once per build: a later module of the same build
 * reuses them. Their addresses become the project properties {@code saferank.db.url},
 * {@code saferank.es.url}, {@code saferank.keycloak.url} (and the database credentials), which
 * Failsafe and spring-boot:run pass on. The servers are stopped when the build's JVM exits.
 */
@Mojo(name = "start", defaultPhase = LifecyclePhase.PRE_INTEGRATION_TEST, threadSafe = true)
public class StartServersMojo extends AbstractMojo {

    /** Server sets of this Maven JVM by database name: one per build, shared by its modules. */
    private static final Map<String, ServerSet> STARTED = new ConcurrentHashMap<>();

    @Parameter(defaultValue = "${project}", readonly = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true)
    private MavenSession session;

    @Parameter(defaultValue = "${plugin.artifacts}", readonly = true)
    private List<Artifact> pluginArtifacts;

    @Parameter(property = "saferank.servers.skip", defaultValue = "false")
    private boolean skip;

    /** The schema on a shared database server; tests get one of their own per build. */
    @Parameter(property = "saferank.servers.database")
    private String databaseName;

    /** Keep the schema when the build ends (local runs keep their demo data). */
    @Parameter(property = "saferank.servers.keepData", defaultValue = "false")
    private boolean keepData;

    @Parameter(
            property = "saferank.servers.realm",
            defaultValue = "${maven.multiModuleProjectDirectory}/infra/keycloak/realm-saferank.json")
    private File realmFile;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("saferank servers: skipped");
            return;
        }
        String name = databaseName != null && !databaseName.isBlank()
                ? databaseName
                : "saferank_it_" + Long.toString(ProcessHandle.current().pid(), 36);
        try {
            ServerSet servers = STARTED.computeIfAbsent(name, this::startOnce);
            servers.endpoints().asProperties().forEach(project.getProperties()::setProperty);
            getLog().info("saferank servers: " + servers.endpoints().esUrl() + ", "
                    + servers.endpoints().keycloakUrl() + " (logs in " + servers.runDir() + ")");
        } catch (ProvisioningException e) {
            throw new MojoExecutionException(
                    "The real servers the integration tests need could not be had: "
                            + e.getMessage()
                            + "\nSupply them with SAFERANK_DB_URL, SAFERANK_ES_URL and SAFERANK_KEYCLOAK_URL,"
                            + " or see infra/README.md.",
                    e);
        }
    }

    private ServerSet startOnce(String name) {
        Path root = Path.of(session.getExecutionRootDirectory());
        var settings = new ServerSettings(
                ServerSettings.defaultCacheDir(),
                ServerSettings.defaultCacheDir().resolve("runs").resolve(name),
                name,
                artifact("elasticsearch", null),
                artifact("es-analysis-smartcn", "plugin"),
                artifact("keycloak-quarkus-dist", null),
                realmFile.toPath(),
                line -> getLog().info(line));
        getLog().info("saferank servers: starting for " + root + " (database " + name + ")");
        ServerSet servers = ServerSet.start(settings, !keepData);
        Runtime.getRuntime().addShutdownHook(new Thread(servers::stop, "saferank-servers-stop"));
        return servers;
    }

    private Path artifact(String artifactId, String classifier) {
        return pluginArtifacts.stream()
                .filter(a -> a.getArtifactId().equals(artifactId))
                .filter(a -> classifier == null || classifier.equals(a.getClassifier()))
                .map(a -> a.getFile().toPath())
                .findFirst()
                .orElseThrow(() -> new ProvisioningException("the plugin has no " + artifactId + " artifact"));
    }
}
