package io.github.architect.schema.migration;

/** Flyway's versioned, undo and repeatable SQL scripts: statements parsed with JSqlParser. */
final class FlywaySql implements MigrationFormat {

    @Override
    public String cacheKey() {
        return "flyway";
    }

    @Override
    public MigrationOperations read(MigrationScript script) {
        return MigrationReader.read(script);
    }
}
