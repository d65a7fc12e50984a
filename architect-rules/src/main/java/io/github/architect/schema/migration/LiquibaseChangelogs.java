package io.github.architect.schema.migration;

/** Liquibase XML, YAML and JSON changelogs: each change read into the operation it performs. */
final class LiquibaseChangelogs implements MigrationFormat {

    @Override
    public String cacheKey() {
        return "liquibase-changelog";
    }

    @Override
    public MigrationOperations read(MigrationScript script) {
        return ChangelogReader.read(script);
    }
}
