package io.github.architect.code;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The one-pass marker search finds exactly the markers a search per marker finds. */
class SourceFactsTest {

    private static BitSet searchedOneByOne(String text) {
        BitSet found = new BitSet();
        for (int i = 0; i < SourceFacts.MARKERS.size(); i++) {
            if (text.contains(SourceFacts.MARKERS.get(i))) {
                found.set(i);
            }
        }
        return found;
    }

    @Test
    void markersOverlappingOrAtTheEdgesOfTheTextAreFound() {
        for (String text : List.of("@GetMapping", "Mapping", "x@Path", "@RestControllerAdvice", "@Get", "@Ge",
                "Mappin", "persistence.Entity", "jakarta.persistence.Embeddable;", "@QueryMapping", "", "@",
                "KafkaListenerKafkaTemplate", "é@Entity ✓", "@PATCH@Patch@PUT")) {
            assertThat(SourceFacts.markersIn(text)).as(text).isEqualTo(searchedOneByOne(text));
        }
        assertThat(SourceFacts.markersIn("@GetMapping").cardinality()).isEqualTo(2); // @Get and Mapping
    }

    @Test
    void everySourceOfThisProjectGetsTheSameMarkers() throws IOException {
        Path repository = Path.of("").toAbsolutePath().getParent();
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(repository)) {
            sources = walk.filter(p -> p.toString().endsWith(".java") && !p.toString().contains("/target/")).toList();
        }
        assertThat(sources).hasSizeGreaterThan(300);
        for (Path source : sources) {
            String text = TextFiles.read(source);
            assertThat(SourceFacts.markersIn(text)).as(source.toString()).isEqualTo(searchedOneByOne(text));
        }
    }

    @Test
    void randomTextsMadeOfMarkerPiecesGetTheSameMarkers() {
        Random random = new Random(12);
        List<String> pieces = new ArrayList<>(SourceFacts.MARKERS);
        pieces.addAll(List.of("@", " ", "Map", "ping", "Con", "troller", "persistence.", "Ent", "ity", "\n", "é"));
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                String piece = pieces.get(random.nextInt(pieces.size()));
                text.append(random.nextBoolean() ? piece : piece.substring(random.nextInt(piece.length() + 1)));
            }
            assertThat(SourceFacts.markersIn(text.toString())).as(text.toString()).isEqualTo(searchedOneByOne(text.toString()));
        }
    }
}
