package io.github.architect.schema;

import io.github.architect.check.Rule;
import io.github.architect.check.Severity;

import java.util.List;

/** The rules of the data schema check. */
final class SchemaRules {

    public static final Rule UNDECLARED_TABLE = new Rule("undeclared-table", Severity.ERROR,
            "Code or migration uses a table the Data Schema does not declare",
            "An entity maps, or a migration creates, a table that section 5 (Data Schema) does not list.",
            "Declare the table in section 5, or map the entity to a declared table.");
    public static final Rule UNDECLARED_COLUMN = new Rule("undeclared-column", Severity.ERROR,
            "Code or migration uses a column the declared table lacks",
            "An entity attribute or a migration adds a column that the table in section 5 does not list.",
            "Add the column to the table in section 5, or mark the attribute @Transient.");
    public static final Rule FOREIGN_TABLE = new Rule("foreign-table", Severity.ERROR,
            "A service uses a table another service owns",
            "An entity, migration, native query or JDBC SQL in one service touches a table that section 3/5 gives"
                    + " to another service.",
            "Call the owning service's API instead, or move the table's ownership in the document.");
    public static final Rule UNMAPPED_TABLE = new Rule("unmapped-table", Severity.WARN,
            "A declared table is neither mapped nor created",
            "Section 5 declares a table that no entity maps and no migration creates (tables used only through"
                    + " JDBC are normal, hence a warning).",
            "Map or create the table, or remove it from section 5.");
    public static final Rule UNMAPPED_COLUMN = new Rule("unmapped-column", Severity.WARN,
            "A declared column is neither mapped nor created",
            "Section 5 declares a column that no entity maps and no migration creates.",
            "Map or create the column, or remove it from section 5.");
    public static final Rule COLUMN_TYPE_MISMATCH = new Rule("column-type-mismatch", Severity.WARN,
            "An attribute type cannot hold the declared column type",
            "The Java type of an entity attribute cannot hold the values of the column type section 5 declares"
                    + " (String over BIGINT, int over UUID).",
            "Change the attribute type or the declared column type.");
    public static final Rule UNDECLARED_COLLECTION = new Rule("undeclared-collection", Severity.ERROR,
            "A MongoDB document maps a collection the Data Schema does not declare",
            "A Spring Data MongoDB @Document maps a collection that section 5 does not declare, while it declares"
                    + " collections.",
            "Declare the collection in section 5, or map the document to a declared collection.");
    public static final Rule UNPARSEABLE_MIGRATION = new Rule("unparseable-migration", Severity.WARN,
            "A migration statement cannot be parsed",
            "JSqlParser cannot read a migration statement, so the check cannot tell what it changes.",
            "Check the statement's syntax; vendor-specific statements that do not change tables can be ignored.");
    public static final Rule UNPARSEABLE_SQL = new Rule("unparseable-sql", Severity.INFO,
            "A native query cannot be parsed",
            "JSqlParser cannot read the SQL of a native @Query, so the tables it uses are not checked.",
            "Check the query's syntax.");
    public static final Rule UNPARSEABLE_JAVA = new Rule("unparseable-java", Severity.WARN,
            "A Java source file cannot be parsed",
            "JavaParser cannot read a source file that mentions persistence annotations, so its mapping is not checked.",
            "Fix the syntax error (the compiler will report it too).");

    public static final List<Rule> ALL = List.of(UNDECLARED_TABLE, UNDECLARED_COLUMN, FOREIGN_TABLE, UNMAPPED_TABLE,
            UNMAPPED_COLUMN, COLUMN_TYPE_MISMATCH, UNDECLARED_COLLECTION, UNPARSEABLE_MIGRATION, UNPARSEABLE_SQL,
            UNPARSEABLE_JAVA);

    private SchemaRules() {
    }
}
