package io.github.architect.schema.migration;

/** Liquibase formatted-SQL changelogs and SQL files a changelog includes: statements end at each changeset. */
final class LiquibaseFormattedSql implements MigrationFormat {

    @Override
    public String cacheKey() {
        return "liquibase";
    }

    @Override
    public MigrationOperations read(MigrationScript script) {
        return MigrationReader.read(script);
    }
}
