package io.github.architect.scaffold;

import io.github.architect.code.BuildDependency;
import io.github.architect.code.CodeModule;
import io.github.architect.code.JavaSourceIndex;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a tree of Java sources shows about the code in it: whether it serves requests, maps tables,
 * listens to a broker, starts an application, or runs an infrastructure server (configuration,
 * discovery, admin). Read from the annotations in the source text and the build's dependencies, never
 * from names, so that a module called "config" that serves orders is still a service.
 *
 * @param serves         a controller or resource class
 * @param persists       an entity, a document or a migration
 * @param listens        a message listener
 * @param application    a class that starts an application
 * @param infrastructure what shows an infrastructure server ({@code @EnableConfigServer}, a eureka-server dependency)
 */
record CodeEvidence(boolean serves, boolean persists, boolean listens, boolean application,
                           List<String> infrastructure) {

    private static final Pattern SERVES = Pattern.compile("@(?:RestController|Controller|Path|RepositoryRestResource)\\b");
    private static final Pattern PERSISTS = Pattern.compile("@(?:Entity|Document|MappedEntity)\\b");
    private static final Pattern LISTENS = Pattern.compile(
            "@(?:KafkaListener|RabbitListener|JmsListener|SqsListener|StreamListener|Incoming)\\b");
    private static final Pattern APPLICATION = Pattern.compile(
            "@(?:SpringBootApplication|QuarkusMain)\\b|public\\s+static\\s+void\\s+main\\s*\\(");
    private static final Pattern INFRASTRUCTURE = Pattern.compile(
            "@(EnableConfigServer|EnableEurekaServer|EnableAdminServer|EnableZipkinServer|EnableHystrixDashboard"
                    + "|EnableTurbine|EnableTurbineStream)\\b");
    /** Dependencies that make a module a server of the platform rather than of the business. */
    private static final List<String> INFRASTRUCTURE_ARTIFACTS = List.of("spring-cloud-config-server",
            "eureka-server", "spring-boot-admin-server", "spring-boot-admin-starter-server", "zipkin-server",
            "hystrix-dashboard", "turbine");

    public CodeEvidence {
        infrastructure = List.copyOf(infrastructure);
    }

    /** Something of the business: requests served, tables mapped, messages consumed. */
    public boolean ofService() {
        return serves || persists || listens;
    }

    public boolean isInfrastructure() {
        return !ofService() && !infrastructure.isEmpty();
    }

    /** The module's sources (listed and read through the build's index), migrations and dependencies. */
    static CodeEvidence of(CodeModule module, boolean hasMigrations, JavaSourceIndex index) {
        CodeEvidence sources = ofFiles(index.files(module), index);
        List<String> infrastructure = new ArrayList<>(sources.infrastructure());
        for (BuildDependency dependency : module.dependencies()) {
            String artifact = dependency.artifactId().toLowerCase(Locale.ROOT);
            if (INFRASTRUCTURE_ARTIFACTS.stream().anyMatch(artifact::contains)) {
                infrastructure.add(dependency.groupId() + ":" + dependency.artifactId());
            }
        }
        return new CodeEvidence(sources.serves(), sources.persists() || hasMigrations, sources.listens(),
                sources.application(), new ArrayList<>(new TreeSet<>(infrastructure)));
    }

    /** The evidence of these source files; a file that cannot be read shows nothing. */
    static CodeEvidence ofFiles(List<Path> files, JavaSourceIndex index) {
        boolean serves = false;
        boolean persists = false;
        boolean listens = false;
        boolean application = false;
        TreeSet<String> infrastructure = new TreeSet<>();
        for (Path file : files) {
            String text = index.text(file).orElse("");
            serves |= SERVES.matcher(text).find();
            persists |= PERSISTS.matcher(text).find();
            listens |= LISTENS.matcher(text).find();
            application |= APPLICATION.matcher(text).find();
            Matcher server = INFRASTRUCTURE.matcher(text);
            while (server.find()) {
                infrastructure.add("@" + server.group(1));
            }
        }
        return new CodeEvidence(serves, persists, listens, application, List.copyOf(infrastructure));
    }

    /** "controllers, entities" for messages. */
    String describe() {
        List<String> what = new ArrayList<>();
        if (serves) {
            what.add("controllers");
        }
        if (persists) {
            what.add("entities or migrations");
        }
        if (listens) {
            what.add("listeners");
        }
        return what.isEmpty() ? "no controllers, entities or listeners" : String.join(", ", what);
    }
}
