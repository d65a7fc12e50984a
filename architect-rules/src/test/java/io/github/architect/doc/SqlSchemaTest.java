package io.github.architect.doc;

import io.github.architect.check.Violation;
import io.github.architect.model.Column;
import io.github.architect.model.ForeignKey;
import io.github.architect.model.Index;
import io.github.architect.model.Table;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SqlSchemaTest {

    private static final String SERVICES = "### Order Service\n### Inventory Service\n### Ledger Service\n";

    private static List<Table> tables(String schema) {
        return Docs.model(Docs.withSchema(SERVICES, schema)).tables();
    }

    private static String sql(String statements) {
        return "```sql\n" + statements + "```\n";
    }

    @Test
    void aPostgresTableWithColumnsTypesAndInlinePrimaryKey() {
        String doc = Docs.withSchema(SERVICES, sql("""
                CREATE TABLE orders (
                    id BIGSERIAL PRIMARY KEY,
                    customer_email VARCHAR(255) NOT NULL,
                    total NUMERIC(10, 2) DEFAULT 0,
                    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
                );
                """));
        Table table = Docs.model(doc).tables().get(0);

        assertThat(table.name()).isEqualTo("orders");
        assertThat(table.position().line()).isEqualTo(Docs.lineOf(doc, "CREATE TABLE orders"));
        assertThat(table.columns()).extracting(Column::name).containsExactly("id", "customer_email", "total", "created_at");
        assertThat(table.column("customer_email")).get().extracting(Column::type).asString().containsIgnoringCase("VARCHAR (255)".replace(" ", ""));
        assertThat(table.primaryKey()).containsExactly("id");
        assertThat(table.column("id")).get().extracting(Column::primaryKey).isEqualTo(true);
        assertThat(table.column("total").orElseThrow().position().line()).isEqualTo(Docs.lineOf(doc, "total NUMERIC"));
    }

    @Test
    void tableLevelPrimaryAndForeignKeysAndInlineReferences() {
        Table lines = tables(sql("""
                CREATE TABLE order_lines (
                    order_id BIGINT NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
                    line_no INT NOT NULL,
                    sku TEXT,
                    PRIMARY KEY (order_id, line_no),
                    CONSTRAINT fk_sku FOREIGN KEY (sku) REFERENCES inventory.items (sku)
                );
                """)).get(0);

        assertThat(lines.primaryKey()).containsExactly("order_id", "line_no");
        assertThat(lines.foreignKeys()).extracting(ForeignKey::columns, ForeignKey::referencedTable, ForeignKey::referencedColumns)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(List.of("order_id"), "orders", List.of("id")),
                        org.assertj.core.groups.Tuple.tuple(List.of("sku"), "inventory.items", List.of("sku")));
    }

    @Test
    void schemaQualifiedAndQuotedNames() {
        Table table = tables(sql("CREATE TABLE IF NOT EXISTS \"ledger\".\"entries\" (\"id\" UUID PRIMARY KEY);\n")).get(0);
        assertThat(table.schema()).isEqualTo("ledger");
        assertThat(table.name()).isEqualTo("entries");
        assertThat(table.qualifiedName()).isEqualTo("ledger.entries");
        assertThat(table.columns()).extracting(Column::name).containsExactly("id");
    }

    @Test
    void createIndexStatementsAttachToTheirTable() {
        Table table = tables(sql("""
                CREATE INDEX idx_orders_email ON orders (customer_email);
                CREATE TABLE orders (id BIGINT PRIMARY KEY, customer_email TEXT, ref TEXT);
                CREATE UNIQUE INDEX ux_orders_ref ON orders USING btree (ref);
                """)).get(0);
        assertThat(table.indexes()).extracting(Index::name, Index::columns, Index::unique).containsExactly(
                org.assertj.core.groups.Tuple.tuple("idx_orders_email", List.of("customer_email"), false),
                org.assertj.core.groups.Tuple.tuple("ux_orders_ref", List.of("ref"), true));
    }

    @Test
    void mysqlTablesWithBackticksInlineKeysAndEngine() {
        Table table = tables("```mysql\n" + """
                CREATE TABLE `stock` (
                  `sku` VARCHAR(64) NOT NULL,
                  `quantity` INT UNSIGNED NOT NULL DEFAULT 0,
                  `warehouse_id` INT NOT NULL,
                  PRIMARY KEY (`sku`),
                  KEY `idx_warehouse` (`warehouse_id`),
                  UNIQUE KEY `ux_sku_wh` (`sku`, `warehouse_id`)
                ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
                ```
                """).get(0);
        assertThat(table.name()).isEqualTo("stock");
        assertThat(table.primaryKey()).containsExactly("sku");
        assertThat(table.indexes()).extracting(Index::name, Index::unique).containsExactly(
                org.assertj.core.groups.Tuple.tuple("idx_warehouse", false),
                org.assertj.core.groups.Tuple.tuple("ux_sku_wh", true));
    }

    @Test
    void schemasTypesExtensionsFunctionsAndTriggersAreTolerated() {
        String doc = Docs.withSchema(SERVICES, sql("""
                -- setup; with a semicolon in a comment
                CREATE EXTENSION IF NOT EXISTS "uuid-ossp";
                CREATE SCHEMA ledger;
                CREATE TYPE order_status AS ENUM ('new', 'paid; really', 'shipped');
                CREATE SEQUENCE order_seq;
                CREATE TABLE orders (
                    id BIGINT PRIMARY KEY DEFAULT nextval('order_seq'),
                    status order_status NOT NULL DEFAULT 'new'
                );
                CREATE OR REPLACE FUNCTION touch() RETURNS trigger AS $$
                BEGIN
                    NEW.updated_at = now();
                    RETURN NEW;
                END;
                $$ LANGUAGE plpgsql;
                CREATE TRIGGER orders_touch BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION touch();
                /* a block comment; with semicolons */
                CREATE TABLE ledger.entries (id UUID PRIMARY KEY DEFAULT uuid_generate_v4(), amount BIGINT);
                """));
        var parsed = Docs.parse(doc);

        assertThat(parsed.model().tables()).extracting(Table::qualifiedName).containsExactly("orders", "ledger.entries");
        assertThat(parsed.findings()).isEmpty();
    }

    @Test
    void anUntaggedBlockStartingWithCreateIsSql() {
        assertThat(tables("```\n-- orders\nCREATE TABLE orders (id INT PRIMARY KEY);\n```\n"))
                .extracting(Table::name).containsExactly("orders");
    }

    @Test
    void otherCodeBlocksInTheSectionAreNotSql() {
        assertThat(tables("```python\nCREATE = 1\n```\n```json\n{\"id\": 1}\n```\n")).isEmpty();
    }

    @Test
    void aCreateTableThatDoesNotParseIsAnErrorAtItsLineWithTheParsersShortMessage() {
        String doc = Docs.withSchema(SERVICES, sql("""
                CREATE TABLE ok (id INT PRIMARY KEY);

                CREATE TABLE broken (
                    id INT PRIMARY KEY,,
                    name TEXT
                );
                SELECT * FROM whatever WHERE ))) ;
                """));
        List<Violation> errors = Docs.findings(doc, "doc-sql");

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.location().line()).isEqualTo(Docs.lineOf(doc, "CREATE TABLE broken"));
            assertThat(e.message()).startsWith("CREATE TABLE statement does not parse: ").doesNotContain("\n")
                    .doesNotContain("at net.sf");
            assertThat(e.subjects()).containsExactly("broken");
        });
        assertThat(Docs.model(doc).tables()).extracting(Table::name).containsExactly("ok");
    }

    @Test
    void anUnterminatedDollarQuoteIsAnErrorAtItsLineAndTheRestOfTheBlockIsStillRead() {
        String doc = Docs.withSchema(SERVICES, sql("""
                CREATE TABLE orders (id BIGINT PRIMARY KEY);
                CREATE FUNCTION touch() RETURNS trigger AS $$
                BEGIN NEW.updated_at = now(); RETURN NEW; END;
                CREATE TABLE order_lines (id BIGINT PRIMARY KEY, order_id BIGINT REFERENCES orders (id));
                CREATE TABLE payments (id BIGINT PRIMARY KEY);
                """));

        assertThat(Docs.findings(doc, "doc-sql")).singleElement().satisfies(e -> {
            assertThat(e.location().line()).isEqualTo(Docs.lineOf(doc, "RETURNS trigger AS $$"));
            assertThat(e.location().column()).isEqualTo(Docs.lineText(doc, "RETURNS trigger AS $$").indexOf("$$") + 1);
            assertThat(e.message()).isEqualTo("The dollar-quoted body opened with $$ is never closed, so it would"
                    + " swallow the rest of the block");
            assertThat(e.hint()).contains("Close it with $$");
        });
        assertThat(Docs.model(doc).tables()).extracting(Table::name).containsExactly("orders", "order_lines", "payments");
    }

    @Test
    void anElidedTableBodyRefersToATableWrittenOutElsewhere() {
        String doc = Docs.withSchema(SERVICES, sql("CREATE TABLE orders (id INT PRIMARY KEY);\n")
                + "Migration:\n" + sql("BEGIN;\nCREATE TABLE IF NOT EXISTS orders (...);\nCOMMIT;\n"));
        assertThat(Docs.parse(doc).findings()).isEmpty();
        assertThat(Docs.model(doc).tables()).hasSize(1);
    }

    @Test
    void alterTableAddsForeignKeys() {
        Table lines = tables(sql("""
                CREATE TABLE order_lines (id INT PRIMARY KEY, order_id INT);
                ALTER TABLE order_lines ADD CONSTRAINT fk_order FOREIGN KEY (order_id) REFERENCES orders (id);
                """)).get(0);
        assertThat(lines.foreignKeys()).extracting(ForeignKey::referencedTable).containsExactly("orders");
    }

    @Test
    void theOwnerIsTheNearestServiceNamedSubHeadingOfSectionFive() {
        List<Table> tables = tables("### 5.1 Inventory Service tables\n" + sql("CREATE TABLE stock (sku TEXT PRIMARY KEY);\n")
                + "### 5.2 Shared\n" + sql("CREATE TABLE audit (id INT);\n"));
        assertThat(tables).extracting(Table::name, Table::owner).containsExactly(
                org.assertj.core.groups.Tuple.tuple("stock", "Inventory Service"),
                org.assertj.core.groups.Tuple.tuple("audit", null));
    }

    @Test
    void aCommentNamingAServiceJustAboveTheStatementNamesTheOwner() {
        List<Table> tables = tables("### Order Service\n" + sql("""
                -- Inventory Service
                CREATE TABLE stock (sku TEXT PRIMARY KEY);
                -- owned by the Ledger Service
                CREATE TABLE entries (id INT);
                CREATE TABLE orders (id INT);
                """));
        assertThat(tables).extracting(Table::owner).containsExactly("Inventory Service", "Ledger Service", "Order Service");
    }

    @Test
    void aTableNameDeclaredByTwoServicesIsTwoTablesEachWithItsOwner() {
        String doc = Docs.withSchema(SERVICES, "### 5.1 Order Service\n" + sql("""
                CREATE TABLE customers (id BIGINT PRIMARY KEY, name TEXT);
                """) + "### 5.2 Ledger Service\n" + sql("""
                CREATE TABLE customers (id BIGINT PRIMARY KEY, vat_number TEXT, account_id BIGINT);
                ALTER TABLE customers ADD CONSTRAINT fk_account FOREIGN KEY (account_id) REFERENCES accounts (id);
                """));
        var model = Docs.model(doc);

        assertThat(model.tables()).extracting(Table::name, Table::owner).containsExactly(
                org.assertj.core.groups.Tuple.tuple("customers", "Order Service"),
                org.assertj.core.groups.Tuple.tuple("customers", "Ledger Service"));
        assertThat(model.tables().get(1).foreignKeys()).as("the ALTER follows the declaration it comes after")
                .extracting(ForeignKey::referencedTable).containsExactly("accounts");
        assertThat(model.tables().get(0).foreignKeys()).isEmpty();
        assertThat(model.summary()).contains("2 tables");
    }

    @Test
    void theYamlBlockListingATableForTwoServicesLeavesEachDeclarationToItsHeading() {
        String doc = Docs.withSchema(SERVICES, "### Order Service\n" + sql("CREATE TABLE customers (id INT);\n")
                + "### Ledger Service\n" + sql("CREATE TABLE customers (id INT);\n"))
                .replace("Keep it simple.", "```yaml architect\nservices:\n  Order Service: {tables: [customers]}\n"
                        + "  Ledger Service: {tables: [customers]}\n```\n");
        assertThat(Docs.model(doc).tables()).extracting(Table::owner).containsExactly("Order Service", "Ledger Service");
    }

    @Test
    void ownsDataInSectionThreeNamesTheOwnerOtherwise() {
        String doc = Docs.withSchema("### Order Service\n**Owns data:** orders\n### Ledger Service\n",
                sql("CREATE TABLE orders (id INT);\nCREATE TABLE entries (id INT);\n"));
        assertThat(Docs.model(doc).tables()).extracting(Table::owner).containsExactly("Order Service", null);
    }

    @Test
    void sqlParsingLeavesNoThreadBehind() throws InterruptedException {
        tables(sql("CREATE TABLE a (id INT);\nCREATE TABLE b (id INT,,);\n"));
        Thread.sleep(50);
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("architect-sql-parser") && t.isAlive());
    }

    @Test
    void aJsonSchemaDescribingACollectionBecomesACollection() {
        var model = Docs.model(Docs.withSchema(SERVICES, """
                ### Inventory Service
                The `reservations` collection (MongoDB):
                ```json
                {
                  "_id": "ObjectId",
                  "sku": "string",
                  "quantity": 3, // reserved units
                }
                ```
                Example response:
                ```json
                {"status": "ok"}
                ```
                """));
        assertThat(model.collections()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("reservations");
            assertThat(c.fields()).containsExactly("_id", "sku", "quantity");
            assertThat(c.owner()).isEqualTo("Inventory Service");
        });
    }
}
