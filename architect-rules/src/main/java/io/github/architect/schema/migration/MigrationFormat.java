package io.github.architect.schema.migration;

/**
 * How the files of one migration format read into schema operations, each file on its own (so that the
 * result is cached per file). One class per format; a {@link MigrationScript.Kind} names its format.
 * A new format is a class here, a kind naming it, and the locator finding its files.
 */
interface MigrationFormat {

    FlywaySql FLYWAY = new FlywaySql();
    LiquibaseFormattedSql LIQUIBASE_SQL = new LiquibaseFormattedSql();
    LiquibaseChangelogs LIQUIBASE_CHANGELOG = new LiquibaseChangelogs();

    /**
     * The part of the cache key that names the format: the same bytes read differently in another
     * format (Liquibase files are split at changesets). Changing it discards the stored results.
     */
    String cacheKey();

    MigrationOperations read(MigrationScript script);
}
