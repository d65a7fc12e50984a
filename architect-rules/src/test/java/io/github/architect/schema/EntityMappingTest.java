package io.github.architect.schema;

import io.github.architect.sql.Identifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;

import static io.github.architect.schema.SchemaFixture.columns;
import static io.github.architect.schema.SchemaFixture.table;
import static io.github.architect.schema.SchemaFixture.tableNames;
import static org.assertj.core.api.Assertions.assertThat;

/** How entities map to tables and columns: one case per JPA mapping rule, under both naming strategies. */
class EntityMappingTest {

    @TempDir
    Path dir;

    private List<MappedTable> map(PhysicalNaming naming, String... sources) {
        SchemaFixture fixture = new SchemaFixture(dir);
        for (String source : sources) {
            fixture.java(source);
        }
        return fixture.mapped(naming);
    }

    private static final String ORDER_LINE = """
            package com.acme.orders;
            import jakarta.persistence.*;
            import java.math.BigDecimal;
            @Entity
            public class OrderLine {
                @Id private Long id;
                private BigDecimal unitPrice;
                private int quantity;
            }
            """;

    @Test
    void jpaNamingKeepsClassAndFieldNamesAsWritten() {
        List<MappedTable> tables = map(PhysicalNaming.JPA, ORDER_LINE);
        assertThat(tableNames(tables)).containsExactly("OrderLine");
        assertThat(columns(tables, "OrderLine")).containsExactly("id", "unitPrice", "quantity");
        assertThat(table(tables, "order_line")).isEmpty();
    }

    @Test
    void springNamingTurnsCamelCaseIntoSnakeCase() {
        List<MappedTable> tables = map(PhysicalNaming.SPRING, ORDER_LINE);
        assertThat(tableNames(tables)).containsExactly("order_line");
        assertThat(columns(tables, "order_line")).containsExactly("id", "unit_price", "quantity");
        assertThat(table(tables, "OrderLine")).isEmpty();
    }

    @Test
    void unknownNamingAcceptsBothAndComparesCaseInsensitively() {
        MappedTable table = map(PhysicalNaming.EITHER, ORDER_LINE).get(0);
        assertThat(table.name().matches("order_line")).isTrue();
        assertThat(table.name().matches("ORDERLINE")).isTrue();
        assertThat(table.columns().get(1).name().matches("UNIT_PRICE")).isTrue();
        assertThat(table.columns().get(1).name().matches("unitprice")).isTrue();
        assertThat(table.name().matches("order_lines")).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"JPA, PurchaseOrder, orderNumber", "SPRING, purchase_order, order_number"})
    void explicitTableAndColumnNamesAreUsedAndStillGoThroughTheNamingStrategy(PhysicalNaming naming, String table,
                                                                              String column) {
        List<MappedTable> tables = map(naming, """
                package com.acme;
                import jakarta.persistence.*;
                @Entity
                @Table(name = "PurchaseOrder", schema = "sales")
                public class Order {
                    @Id Long id;
                    @Column(name = "orderNumber", nullable = false) String number;
                }
                """);
        assertThat(tableNames(tables)).containsExactly(table);
        assertThat(columns(tables, table)).containsExactly("id", column);
    }

    @Test
    void entityNameIsTheDefaultTableName() {
        List<MappedTable> tables = map(PhysicalNaming.JPA, """
                package com.acme;
                import jakarta.persistence.Entity;
                import jakarta.persistence.Id;
                @Entity(name = "Purchase")
                public class Order {
                    @Id Long id;
                }
                """);
        assertThat(tableNames(tables)).containsExactly("Purchase");
    }

    @Test
    void quotedNamesAreKeptExactly() {
        List<MappedTable> tables = map(PhysicalNaming.SPRING, """
                package com.acme;
                import jakarta.persistence.*;
                @Entity
                @Table(name = "\\"OrderItem\\"")
                public class Item {
                    @Id Long id;
                    @Column(name = "`unitPrice`") java.math.BigDecimal price;
                }
                """);
        MappedTable table = tables.get(0);
        assertThat(table.name().preferred()).isEqualTo(new Identifier("OrderItem", true));
        assertThat(table.name().matches("OrderItem")).isTrue();
        assertThat(table.name().matches("orderitem")).isFalse();
        assertThat(table.name().matches("order_item")).isFalse();
        assertThat(table.columns().get(1).name().preferred().text()).isEqualTo("unitPrice");
    }

    @Test
    void staticTransientAndAtTransientFieldsAreSkipped() {
        List<MappedTable> tables = map(PhysicalNaming.JPA, """
                package com.acme;
                import jakarta.persistence.*;
                @Entity
                public class Customer {
                    static final long serialVersionUID = 1L;
                    private static int counter;
                    @Id Long id;
                    transient String cache;
                    @Transient String display;
                    String name;
                }
                """);
        assertThat(columns(tables, "Customer")).containsExactly("id", "name");
    }

    @Test
    void formulaAttributesAndSubselectEntitiesMapNoColumnOrTable() {
        List<MappedTable> tables = map(PhysicalNaming.JPA, """
                package com.acme;
                import jakarta.persistence.*;
                import org.hibernate.annotations.Formula;
                @Entity @Table(name = "orders")
                public class Order {
                    @Id Long id;
                    @Formula("(select count(*) from order_lines l where l.order_id = id)") int lineCount;
                }
                """, """
                package com.acme;
                import jakarta.persistence.*;
                import org.hibernate.annotations.Subselect;
                @Entity @Subselect("select o.id, o.total from orders o")
                public class OrderSummary {
                    @Id Long id;
                }
                """);
        assertThat(tableNames(tables)).containsExactly("orders");
        assertThat(columns(tables, "orders")).containsExactly("id");
    }

    @Test
    void javaxPersistenceWorksLikeJakarta() {
        List<MappedTable> tables = map(PhysicalNaming.JPA, """
                package com.acme;
                import javax.persistence.*;
                @Entity @Table(name = "customers")
                public class Customer {
                    @Id Long id;
                    @Column(name = "full_name") String name;
                }
                """);
        assertThat(columns(tables, "customers")).containsExactly("id", "full_name");
    }

    @Test
    void anEntityAnnotationFromAnotherFrameworkIsIgnored() {
        List<MappedTable> tables = map(PhysicalNaming.JPA, """
                package com.acme;
                import org.example.odm.Entity;
                @Entity
                public class Customer {
                    String name;
                }
                """);
        assertThat(tables).isEmpty();
    }

    @Test
    void fullyQualifiedAnnotationsNeedNoImport() {
        List<MappedTable> tables = map(PhysicalNaming.JPA, """
                package com.acme;
                @jakarta.persistence.Entity
                @jakarta.persistence.Table(name = "customers")
                public class Customer {
                    @jakarta.persistence.Id Long id;
                }
                """);
        assertThat(tableNames(tables)).containsExactly("customers");
    }

    private static final String CUSTOMER = """
            package com.acme;
            import jakarta.persistence.*;
            @Entity @Table(name = "customers")
            public class Customer {
                @Id @Column(name = "customer_no") Long number;
            }
            """;

    @ParameterizedTest
    @CsvSource({"JPA, billingCustomer_customer_no", "SPRING, billing_customer_customer_no"})
    void manyToOneAddsAForeignKeyColumnNamedAfterTheAttributeAndTheReferencedId(PhysicalNaming naming, String column) {
        List<MappedTable> tables = map(naming, CUSTOMER, """
                package com.acme;
                import jakarta.persistence.*;
                @Entity @Table(name = "orders")
                public class Order {
                    @Id Long id;
                    @ManyToOne(fetch = FetchType.LAZY) Customer billingCustomer;
                }
                """);
        assertThat(columns(tables, "orders")).containsExactly("id", column);
    }

    @Test
    void joinColumnNamesTheForeignKey() {
        List<MappedTable> tables = map(PhysicalNaming.JPA, CUSTOMER, """
                package com.acme;
                import jakarta.persistence.*;
                @Entity @Table(name = "orders")
                public class Order {
                    @Id Long id;
                    @ManyToOne @JoinColumn(name = "buyer_id", nullable = false) Customer customer;
                }
                """);
        assertThat(columns(tables, "orders")).containsExactly("id", "buyer_id");
    }

    @Test
    void owningOneToOneHasAForeignKeyAndTheInverseSideHasNone() {
        List<MappedTable> tables = map(PhysicalNaming.SPRING, """
                package com.acme;
                import jakarta.persistence.*;
                @Entity
                public class User {
                    @Id Long id;
                    @OneToOne Profile profile;
                }
                """, """
                package com.acme;
                import jakarta.persistence.*;
                @Entity
                public class Profile {
                    @Id Long id;
                    @OneToOne(mappedBy = "profile") User user;
                    @OneToOne @MapsId Account account;
                }
                """);
        assertThat(columns(tables, "user")).containsExactly("id", "profile_id");
        assertThat(columns(tables, "profile")).containsExactly("id");
    }

    private static final String COURSE = """
            package com.acme;
            import jakarta.persistence.*;
            @Entity
            public class Course {
                @Id Long id;
            }
            """;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "JPA    | Student_Course   | Student_id, enrolledCourses_id",
            "SPRING | student_enrolled_courses | student_id, enrolled_courses_id"})
    void manyToManyGetsADefaultJoinTable(PhysicalNaming naming, String joinTable, String joinColumns) {
        List<MappedTable> tables = map(naming, COURSE, """
                package com.acme;
                import jakarta.persistence.*;
                import java.util.Set;
                @Entity
                public class Student {
                    @Id Long id;
                    @ManyToMany Set<Course> enrolledCourses;
                }
                """);
        assertThat(tableNames(tables)).contains(joinTable);
        assertThat(columns(tables, joinTable)).containsExactly(joinColumns.split(",\\s*"));
    }

    @Test
    void joinTableAnnotationNamesTableAndColumns() {
        List<MappedTable> tables = map(PhysicalNaming.SPRING, COURSE, """
                package com.acme;
                import jakarta.persistence.*;
                import java.util.List;
                @Entity
                public class Student {
                    @Id Long id;
                    @ManyToMany
                    @JoinTable(name = "enrolments",
                            joinColumns = @JoinColumn(name = "student_ref"),
                            inverseJoinColumns = {@JoinColumn(name = "course_ref")})
                    List<Course> courses;
                }
                """);
        MappedTable join = table(tables, "enrolments").orElseThrow();
        assertThat(join.origin()).isEqualTo("join table");
        assertThat(columns(tables, "enrolments")).containsExactly("student_ref", "course_ref");
    }

    @Test
    void inverseSideOfAManyToManyMapsNothing() {
        List<MappedTable> tables = map(PhysicalNaming.JPA, """
                package com.acme;
                import jakarta.persistence.*;
                import java.util.Set;
                @Entity
                public class Course {
                    @Id Long id;
                    @ManyToMany(mappedBy = "courses") Set<Student> students;
                }
                """);
        assertThat(tableNames(tables)).containsExactly("Course");
    }

    @Test
    void unidirectionalOneToManyWithJoinColumnPutsTheColumnInTheTargetTable() {
        List<MappedTable> tables = map(PhysicalNaming.SPRING, """
                package com.acme;
                import jakarta.persistence.*;
                import java.util.List;
                @Entity @Table(name = "orders")
                public class Order {
                    @Id Long id;
                    @OneToMany @JoinColumn(name = "order_id") List<OrderLine> lines;
                    @OneToMany(mappedBy = "order") List<Payment> payments;
                }
                """, ORDER_LINE.replace("package com.acme.orders;", "package com.acme;"));
        assertThat(columns(tables, "order_line")).containsExactlyInAnyOrder("id", "unit_price", "quantity", "order_id");
        assertThat(columns(tables, "orders")).containsExactly("id");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "JPA    | Person_nicknames | Person_id, nicknames",
            "SPRING | person_nicknames | person_id, nicknames"})
    void elementCollectionGetsACollectionTable(PhysicalNaming naming, String table, String columns) {
        List<MappedTable> tables = map(naming, """
                package com.acme;
                import jakarta.persistence.*;
                import java.util.Set;
                @Entity
                public class Person {
                    @Id Long id;
                    @ElementCollection Set<String> nicknames;
                }
                """);
        assertThat(table(tables, table).orElseThrow().origin()).isEqualTo("collection table");
        assertThat(columns(tables, table)).containsExactly(columns.split(",\\s*"));
    }

    @Test
    void collectionTableAnnotationAndEmbeddableElements() {
        List<MappedTable> tables = map(PhysicalNaming.SPRING, """
                package com.acme;
                import jakarta.persistence.*;
                import java.util.List;
                import java.util.Set;
                @Entity
                public class Person {
                    @Id Long id;
                    @ElementCollection
                    @CollectionTable(name = "person_tags", joinColumns = @JoinColumn(name = "owner_id"))
                    @Column(name = "tag")
                    Set<String> tags;
                    @ElementCollection
                    @CollectionTable(name = "person_addresses")
                    List<Address> addresses;
                }
                """, """
                package com.acme;
                import jakarta.persistence.Embeddable;
                @Embeddable
                public class Address {
                    String streetName;
                    String city;
                }
                """);
        assertThat(columns(tables, "person_tags")).containsExactly("owner_id", "tag");
        assertThat(columns(tables, "person_addresses")).containsExactly("person_id", "street_name", "city");
    }

    private static final String MONEY = """
            package com.acme;
            import jakarta.persistence.Embeddable;
            import java.math.BigDecimal;
            @Embeddable
            public record Money(BigDecimal amount, String currencyCode) {
            }
            """;

    @Test
    void embeddedAttributesBecomeColumnsOfTheOwningTable() {
        List<MappedTable> tables = map(PhysicalNaming.SPRING, MONEY, """
                package com.acme;
                import jakarta.persistence.*;
                @Entity @Table(name = "invoices")
                public class Invoice {
                    @Id Long id;
                    @Embedded Money total;
                }
                """);
        assertThat(columns(tables, "invoices")).containsExactly("id", "amount", "currency_code");
    }

    @Test
    void attributeOverridesRenameEmbeddedColumns() {
        List<MappedTable> tables = map(PhysicalNaming.JPA, MONEY, """
                package com.acme;
                import jakarta.persistence.*;
                @Entity @Table(name = "invoices")
                public class Invoice {
                    @Id Long id;
                    @AttributeOverrides({
                        @AttributeOverride(name = "amount", column = @Column(name = "net_amount")),
                        @AttributeOverride(name = "currencyCode", column = @Column(name = "net_currency"))
                    })
                    Money net;
                    @AttributeOverride(name = "amount", column = @Column(name = "tax_amount"))
                    @AttributeOverride(name = "currencyCode", column = @Column(name = "tax_currency"))
                    @Embedded Money tax;
                }
                """);
        assertThat(columns(tables, "invoices"))
                .containsExactly("id", "net_amount", "net_currency", "tax_amount", "tax_currency");
    }

    @Test
    void embeddedIdContributesTheEmbeddableColumns() {
        List<MappedTable> tables = map(PhysicalNaming.SPRING, """
                package com.acme;
                import jakarta.persistence.*;
                @Embeddable
                public class LineKey {
                    Long orderId;
                    Integer lineNo;
                }
                """, """
                package com.acme;
                import jakarta.persistence.*;
                @Entity @Table(name = "lines")
                public class Line {
                    @EmbeddedId LineKey key;
                    String sku;
                }
                """);
        assertThat(columns(tables, "lines")).containsExactly("order_id", "line_no", "sku");
    }

    @Test
    void anEmbeddedRecordWithoutEmbeddableIsReadWithItsOverrides() {
        List<MappedTable> tables = map(PhysicalNaming.SPRING, """
                package com.acme;
                import java.math.BigDecimal;
                public record Price(BigDecimal amount, String currencyCode) {
                }
                """, """
                package com.acme;
                import jakarta.persistence.*;
                @Entity @Table(name = "invoices")
                public class Invoice {
                    @Id Long id;
                    @Embedded Price total;
                    @Embedded
                    @AttributeOverride(name = "amount", column = @Column(name = "tax_amount"))
                    @AttributeOverride(name = "currencyCode", column = @Column(name = "tax_currency"))
                    Price tax;
                }
                """);
        assertThat(columns(tables, "invoices"))
                .containsExactly("id", "amount", "currency_code", "tax_amount", "tax_currency");
    }

    @Test
    void anEmbeddedIdClassWithoutEmbeddableIsRead() {
        List<MappedTable> tables = map(PhysicalNaming.SPRING, """
                package com.acme;
                public class ItemKey implements java.io.Serializable {
                    Long orderId;
                    Integer itemNo;
                }
                """, """
                package com.acme;
                import jakarta.persistence.*;
                @Entity @Table(name = "items")
                public class Item {
                    @EmbeddedId ItemKey key;
                    String sku;
                }
                """);
        assertThat(columns(tables, "items")).containsExactly("order_id", "item_no", "sku");
    }

    @Test
    void anElementCollectionOfAnUnannotatedValueTypeMapsItsFields() {
        List<MappedTable> tables = map(PhysicalNaming.SPRING, """
                package com.acme;
                import jakarta.persistence.*;
                import java.util.List;
                @Entity
                public class Customer {
                    @Id Long id;
                    @ElementCollection
                    @CollectionTable(name = "customer_phones")
                    List<Phone> phones;
                    @ElementCollection
                    @CollectionTable(name = "customer_addresses")
                    @AttributeOverride(name = "zip", column = @Column(name = "postal_code"))
                    List<Address> addresses;

                    public record Phone(String kind, String phoneNumber) {
                    }
                }
                """, """
                package com.acme;
                import jakarta.persistence.Embedded;
                public record Address(String street, String zip, @Embedded GeoPoint location) {
                }
                """, """
                package com.acme;
                public record GeoPoint(double latitude, double longitude) {
                }
                """);
        assertThat(columns(tables, "customer_phones")).containsExactly("customer_id", "kind", "phone_number");
        assertThat(columns(tables, "customer_addresses"))
                .containsExactly("customer_id", "street", "postal_code", "latitude", "longitude");
    }

    @Test
    void aPlainClassFieldWithoutEmbeddedStaysOneColumn() {
        List<MappedTable> tables = map(PhysicalNaming.SPRING, """
                package com.acme;
                public record Price(java.math.BigDecimal amount, String currencyCode) {
                }
                """, """
                package com.acme;
                import jakarta.persistence.*;
                @Entity @Table(name = "invoices")
                public class Invoice {
                    @Id Long id;
                    @Convert(converter = PriceConverter.class) Price total;
                }
                """);
        assertThat(columns(tables, "invoices")).containsExactly("id", "total");
    }

    @Test
    void mappedSuperclassFieldsAreColumnsOfEachEntity() {
        List<MappedTable> tables = map(PhysicalNaming.SPRING, """
                package com.acme;
                import jakarta.persistence.*;
                import java.time.Instant;
                @MappedSuperclass
                public abstract class Audited {
                    @Id Long id;
                    Instant createdAt;
                }
                """, """
                package com.acme;
                import jakarta.persistence.*;
                @Entity
                @AttributeOverride(name = "createdAt", column = @Column(name = "opened_at"))
                public class Ticket extends Audited {
                    String title;
                }
                """);
        assertThat(columns(tables, "ticket")).containsExactly("id", "opened_at", "title");
        assertThat(tableNames(tables)).containsExactly("ticket");
    }

    private static final String PAYMENT_ROOT = """
            package com.acme;
            import jakarta.persistence.*;
            import java.math.BigDecimal;
            @Entity
            %s
            public abstract class Payment {
                @Id Long id;
                BigDecimal amount;
            }
            """;
    private static final String CARD_PAYMENT = """
            package com.acme;
            import jakarta.persistence.*;
            @Entity
            public class CardPayment extends Payment {
                String cardNumber;
            }
            """;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"JPA | Payment | DTYPE", "SPRING | payment | dtype"})
    void singleTableIsTheDefaultAndPutsSubclassColumnsAndTheDiscriminatorInTheRootTable(PhysicalNaming naming,
                                                                                       String table, String discriminator) {
        List<MappedTable> tables = map(naming, PAYMENT_ROOT.formatted(""), CARD_PAYMENT);
        assertThat(tables).allMatch(t -> t.name().matches(table));
        assertThat(columns(tables, table)).containsExactlyInAnyOrder("id", "amount", discriminator,
                naming == PhysicalNaming.SPRING ? "card_number" : "cardNumber");
    }

    @Test
    void singleTableUsesTheDeclaredDiscriminatorColumn() {
        List<MappedTable> tables = map(PhysicalNaming.JPA, PAYMENT_ROOT.formatted(
                "@Inheritance(strategy = InheritanceType.SINGLE_TABLE) @DiscriminatorColumn(name = \"kind\")"), CARD_PAYMENT);
        assertThat(columns(tables, "Payment")).contains("kind").doesNotContain("DTYPE");
    }

    @Test
    void joinedGivesEachSubclassItsOwnTableKeyedByTheRootId() {
        List<MappedTable> tables = map(PhysicalNaming.SPRING,
                PAYMENT_ROOT.formatted("@Inheritance(strategy = InheritanceType.JOINED)"), CARD_PAYMENT, """
                package com.acme;
                import jakarta.persistence.*;
                @Entity @PrimaryKeyJoinColumn(name = "payment_ref")
                public class BankPayment extends Payment {
                    String iban;
                }
                """);
        assertThat(columns(tables, "payment")).containsExactly("id", "amount");
        assertThat(columns(tables, "card_payment")).containsExactly("id", "card_number");
        assertThat(columns(tables, "bank_payment")).containsExactly("payment_ref", "iban");
    }

    @Test
    void tablePerClassCopiesInheritedColumnsIntoEachTable() {
        List<MappedTable> tables = map(PhysicalNaming.JPA,
                PAYMENT_ROOT.formatted("@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)"), CARD_PAYMENT);
        assertThat(columns(tables, "Payment")).containsExactly("id", "amount");
        assertThat(columns(tables, "CardPayment")).containsExactly("id", "amount", "cardNumber");
    }

    @Test
    void propertyAccessReadsGetters() {
        List<MappedTable> tables = map(PhysicalNaming.SPRING, """
                package com.acme;
                import jakarta.persistence.*;
                @Entity
                public class Product {
                    private Long identifier;
                    private String label;
                    @Id public Long getId() { return identifier; }
                    public String getDisplayName() { return label; }
                    public boolean isActive() { return true; }
                    @Transient public String getSummary() { return label; }
                }
                """);
        assertThat(columns(tables, "product")).containsExactly("id", "display_name", "active");
    }

    @Test
    void constantsResolveInAnnotationAttributes() {
        List<MappedTable> tables = map(PhysicalNaming.JPA, """
                package com.acme;
                public final class Tables {
                    public static final String ORDERS = "orders";
                    public static final String PREFIX = "ord_";
                }
                """, """
                package com.acme;
                import jakarta.persistence.*;
                @Entity @Table(name = Tables.ORDERS)
                public class Order {
                    @Id Long id;
                    @Column(name = Tables.PREFIX + "x") String x;
                    @Column(name = "a" + "b") String ab;
                }
                """);
        assertThat(tableNames(tables)).containsExactly("orders");
        assertThat(columns(tables, "orders")).contains("id", "ab");
    }

    @Test
    void secondaryTableReceivesItsColumnsAndTheKey() {
        List<MappedTable> tables = map(PhysicalNaming.JPA, """
                package com.acme;
                import jakarta.persistence.*;
                @Entity @Table(name = "customers")
                @SecondaryTable(name = "customer_details")
                public class Customer {
                    @Id Long id;
                    String name;
                    @Column(name = "notes", table = "customer_details") String notes;
                }
                """);
        assertThat(columns(tables, "customers")).containsExactly("id", "name");
        assertThat(columns(tables, "customer_details")).containsExactly("id", "notes");
    }

    @Test
    void enumsAreTypedByHowTheyAreStoredAndConvertedAttributesAreNotTyped() {
        List<MappedTable> tables = map(PhysicalNaming.JPA, """
                package com.acme;
                public enum Status { NEW, PAID }
                """, """
                package com.acme;
                import jakarta.persistence.*;
                @Entity
                public class Order {
                    @Id Long id;
                    Status status;
                    @Enumerated(EnumType.STRING) Status named;
                    @Convert(converter = MoneyConverter.class) String money;
                }
                """);
        assertThat(tables.get(0).columns()).extracting(MappedColumn::javaType)
                .containsExactly("Long", "enum:ORDINAL", "enum:STRING", null);
    }

    @Test
    void nestedEntitiesAndLinesPointAtTheDeclaration() {
        List<MappedTable> tables = map(PhysicalNaming.JPA, """
                package com.acme;
                import jakarta.persistence.*;
                public class Model {
                    @Entity
                    @Table(name = "things")
                    public static class Thing {
                        @Id
                        Long id;
                    }
                }
                """);
        MappedTable table = tables.get(0);
        assertThat(table.className()).isEqualTo("com.acme.Model.Thing");
        assertThat(table.line()).isEqualTo(6);
        assertThat(table.columns().get(0).line()).isEqualTo(8);
    }
}
