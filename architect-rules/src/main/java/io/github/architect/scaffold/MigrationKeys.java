package io.github.architect.scaffold;

import io.github.architect.doc.ArchitectureDocumentParser;
import io.github.architect.model.Table;
import io.github.architect.schema.migration.MigrationScript;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The primary keys, foreign keys and indexes that a module's SQL migrations declare, read by the
 * document reader's own SQL reading (the replay of migrations keeps columns only), so the draft
 * states them the way section 5 is read back. Changelogs in XML or YAML give none.
 */
final class MigrationKeys {

    private MigrationKeys() {
    }

    /** Table name (lower case) to the last declaration of it in the scripts, in the order they apply. */
    static Map<String, Table> of(List<MigrationScript> scripts) {
        StringBuilder sql = new StringBuilder();
        for (MigrationScript script : scripts) {
            String name = script.file().getFileName().toString().toLowerCase(Locale.ROOT);
            if (script.kind() == MigrationScript.Kind.UNDO || !name.endsWith(".sql")) {
                continue;
            }
            try {
                String text = Files.readString(script.file(), StandardCharsets.UTF_8);
                if (!text.contains("```")) {
                    sql.append(text).append(";\n");
                }
            } catch (IOException e) {
                // the schema check reports unreadable migrations; the draft just lacks their keys
            }
        }
        Map<String, Table> tables = new LinkedHashMap<>();
        if (sql.isEmpty()) {
            return tables;
        }
        String markdown = "## 5. Data Schema\n\n```sql\n" + sql + "\n```\n";
        for (Table table : new ArchitectureDocumentParser().parse(markdown, scripts.get(0).file()).model().tables()) {
            tables.put(table.name().toLowerCase(Locale.ROOT), table);
        }
        return tables;
    }
}
