package io.github.architect.endpoints;

import io.github.architect.endpoints.scan.EndpointScan;
import io.github.architect.endpoints.scan.EndpointScanner;
import io.github.architect.code.CodeModule;
import io.github.architect.code.Codebase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An OpenAPI generator writes the API interfaces (with the mappings and their path constants) into
 * a generated source root; the controllers in src/main/java implement them. The build-wide view of
 * the poms does not know that root; the module being verified does.
 */
class GeneratedSourceRootTest {

    @TempDir
    Path dir;

    @Test
    void controllersImplementingGeneratedInterfacesServeTheirMappings() throws Exception {
        Fixture fixture = new Fixture(dir);
        CodeModule declared = fixture.module("app");
        Path generated = dir.resolve("app/target/generated-sources/openapi/src/main/java");
        write(generated.resolve("com/acme/api/OwnersApi.java"), """
                package com.acme.api;
                import org.springframework.http.ResponseEntity;
                import org.springframework.web.bind.annotation.*;
                public interface OwnersApi {
                    String PATH_ADD_OWNER = "/owners";
                    @RequestMapping(method = RequestMethod.POST, value = OwnersApi.PATH_ADD_OWNER,
                        produces = { "application/json" })
                    default ResponseEntity<String> addOwner(@RequestBody String owner) {
                        return ResponseEntity.status(501).build();
                    }
                }
                """);
        Path controller = fixture.java(declared, """
                package com.acme.web;
                import com.acme.api.OwnersApi;
                import org.springframework.http.ResponseEntity;
                import org.springframework.web.bind.annotation.*;
                @RestController
                @RequestMapping("/api")
                public class OwnerController implements OwnersApi {
                    @Override
                    public ResponseEntity<String> addOwner(String owner) { return ResponseEntity.ok(owner); }
                }
                """);
        List<Path> roots = new ArrayList<>(declared.sourceRoots());
        roots.add(generated);
        CodeModule resolved = new CodeModule(declared.artifactId(), declared.baseDirectory(), declared.packaging(),
                roots, declared.classesDirectories(), declared.resourceDirectories(), declared.moduleDependencies(),
                declared.libraries(), declared.pomFile());

        EndpointScanner scanner = new EndpointScanner(new Codebase(dir, List.of(declared)));

        assertThat(scanner.scan(declared).endpoints()).as("without the generated root nothing is served").isEmpty();
        EndpointScan scan = scanner.scan(resolved);
        assertThat(scan.endpoints()).extracting(EndpointContractCheck::display).containsExactly("POST /api/owners");
        assertThat(scan.endpoints().get(0).location().file()).isEqualTo(controller);
        assertThat(scanner.handlers(resolved)).hasSize(1);
    }

    private static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
