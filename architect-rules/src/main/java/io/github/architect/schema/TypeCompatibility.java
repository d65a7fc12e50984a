package io.github.architect.schema;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.Map.entry;

/**
 * Whether a Java attribute type can hold the values of an SQL column type. Only clear cases are judged:
 * an unknown Java type (a user class, a converted attribute) or an unknown SQL type gives no answer.
 */
final class TypeCompatibility {

    /** SQL type families, with integer widths for narrowing checks. */
    enum Family { TINYINT, SMALLINT, INTEGER, BIGINT, DECIMAL, FLOAT, TEXT, CHAR1, BOOLEAN, UUID, DATE, TIME, TIMESTAMP,
        BINARY, JSON, INTERVAL }

    private static final Pattern ARGUMENTS = Pattern.compile("\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\)");

    private static final Map<String, Family> SQL = Map.ofEntries(
            entry("tinyint", Family.TINYINT), entry("int1", Family.TINYINT),
            entry("smallint", Family.SMALLINT), entry("int2", Family.SMALLINT), entry("smallserial", Family.SMALLINT),
            entry("int", Family.INTEGER), entry("integer", Family.INTEGER), entry("int4", Family.INTEGER),
            entry("mediumint", Family.INTEGER), entry("serial", Family.INTEGER), entry("serial4", Family.INTEGER),
            entry("bigint", Family.BIGINT), entry("int8", Family.BIGINT), entry("bigserial", Family.BIGINT),
            entry("serial8", Family.BIGINT),
            entry("numeric", Family.DECIMAL), entry("decimal", Family.DECIMAL), entry("number", Family.DECIMAL),
            entry("dec", Family.DECIMAL), entry("money", Family.DECIMAL),
            entry("real", Family.FLOAT), entry("float", Family.FLOAT), entry("float4", Family.FLOAT),
            entry("float8", Family.FLOAT), entry("double", Family.FLOAT), entry("double precision", Family.FLOAT),
            entry("binary_double", Family.FLOAT), entry("binary_float", Family.FLOAT),
            entry("varchar", Family.TEXT), entry("character varying", Family.TEXT), entry("nvarchar", Family.TEXT),
            entry("varchar2", Family.TEXT), entry("nvarchar2", Family.TEXT), entry("text", Family.TEXT),
            entry("clob", Family.TEXT), entry("nclob", Family.TEXT), entry("longtext", Family.TEXT),
            entry("mediumtext", Family.TEXT), entry("tinytext", Family.TEXT), entry("citext", Family.TEXT),
            entry("string", Family.TEXT), entry("enum", Family.TEXT), entry("xml", Family.TEXT),
            entry("char", Family.TEXT), entry("character", Family.TEXT), entry("nchar", Family.TEXT),
            entry("bpchar", Family.TEXT),
            entry("boolean", Family.BOOLEAN), entry("bool", Family.BOOLEAN), entry("bit", Family.BOOLEAN),
            entry("uuid", Family.UUID), entry("uniqueidentifier", Family.UUID),
            entry("date", Family.DATE),
            entry("time", Family.TIME), entry("timetz", Family.TIME), entry("time with time zone", Family.TIME),
            entry("time without time zone", Family.TIME),
            entry("timestamp", Family.TIMESTAMP), entry("timestamptz", Family.TIMESTAMP),
            entry("timestamp with time zone", Family.TIMESTAMP), entry("timestamp without time zone", Family.TIMESTAMP),
            entry("datetime", Family.TIMESTAMP), entry("datetime2", Family.TIMESTAMP),
            entry("smalldatetime", Family.TIMESTAMP), entry("datetimeoffset", Family.TIMESTAMP),
            entry("bytea", Family.BINARY), entry("blob", Family.BINARY), entry("binary", Family.BINARY),
            entry("varbinary", Family.BINARY), entry("longblob", Family.BINARY), entry("mediumblob", Family.BINARY),
            entry("tinyblob", Family.BINARY), entry("raw", Family.BINARY), entry("image", Family.BINARY),
            entry("oid", Family.BINARY), entry("binary varying", Family.BINARY),
            entry("json", Family.JSON), entry("jsonb", Family.JSON),
            entry("interval", Family.INTERVAL));

    private static final Set<Family> INTEGERS = EnumSet.of(Family.TINYINT, Family.SMALLINT, Family.INTEGER, Family.BIGINT);
    private static final Set<Family> NUMBERS = EnumSet.of(Family.TINYINT, Family.SMALLINT, Family.INTEGER, Family.BIGINT,
            Family.DECIMAL, Family.FLOAT);
    private static final Set<Family> TEXTS = EnumSet.of(Family.TEXT, Family.CHAR1, Family.JSON);
    private static final Set<Family> DATE_TIMES = EnumSet.of(Family.DATE, Family.TIMESTAMP);

    private TypeCompatibility() {
    }

    /** What a Java type can hold. */
    private static Optional<Set<Family>> accepted(String javaType) {
        Set<Family> all = switch (javaType) {
            case "String", "char[]", "Character[]" -> union(TEXTS);
            case "char", "Character" -> union(TEXTS);
            case "byte", "Byte" -> EnumSet.of(Family.TINYINT, Family.DECIMAL, Family.BOOLEAN);
            case "short", "Short" -> EnumSet.of(Family.TINYINT, Family.SMALLINT, Family.DECIMAL, Family.BOOLEAN);
            case "int", "Integer" -> EnumSet.of(Family.TINYINT, Family.SMALLINT, Family.INTEGER, Family.DECIMAL, Family.BOOLEAN);
            case "long", "Long", "BigInteger" -> union(INTEGERS, EnumSet.of(Family.DECIMAL, Family.BOOLEAN));
            case "BigDecimal", "double", "Double", "float", "Float", "Number" -> union(NUMBERS);
            case "boolean", "Boolean" -> union(INTEGERS, EnumSet.of(Family.BOOLEAN, Family.DECIMAL, Family.CHAR1));
            case "UUID" -> EnumSet.of(Family.UUID, Family.TEXT, Family.BINARY);
            case "LocalDate" -> union(DATE_TIMES);
            case "LocalDateTime", "Instant", "OffsetDateTime", "ZonedDateTime", "Date", "Timestamp", "Calendar" ->
                    union(DATE_TIMES);
            case "LocalTime", "OffsetTime", "Time" -> EnumSet.of(Family.TIME, Family.TIMESTAMP);
            case "byte[]", "Byte[]", "Blob" -> EnumSet.of(Family.BINARY);
            case "Clob", "NClob" -> EnumSet.of(Family.TEXT);
            case "Duration" -> union(NUMBERS, EnumSet.of(Family.INTERVAL));
            case "enum:STRING" -> union(TEXTS);
            case "enum:ORDINAL" -> union(INTEGERS, EnumSet.of(Family.DECIMAL));
            default -> null;
        };
        return Optional.ofNullable(all);
    }

    @SafeVarargs
    private static Set<Family> union(Set<Family>... sets) {
        Set<Family> all = EnumSet.noneOf(Family.class);
        for (Set<Family> s : sets) {
            all.addAll(s);
        }
        return all;
    }

    /** The family of an SQL type as written, e.g. {@code VARCHAR(255)}, {@code bigint}, {@code NUMBER(19,0)}. */
    static Optional<Family> family(String sqlType) {
        if (sqlType == null || sqlType.isBlank()) {
            return Optional.empty();
        }
        String text = sqlType.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        int paren = text.indexOf('(');
        String base = (paren < 0 ? text : text.substring(0, paren)).replaceAll("\\[]|\\b(unsigned|signed|zerofill)\\b", "").strip();
        Matcher m = ARGUMENTS.matcher(paren < 0 ? "" : text.substring(paren));
        String precisionText = m.lookingAt() ? m.group(1) : null;
        String scaleText = m.lookingAt() ? m.group(2) : null;
        Family family = SQL.get(base);
        if (family == null) {
            family = SQL.get(base.split(" ")[0]);
        }
        if (family == null) {
            return Optional.empty();
        }
        if ((base.equals("char") || base.equals("character") || base.equals("nchar")) && "1".equals(precisionText)) {
            return Optional.of(Family.CHAR1);
        }
        if (family == Family.BOOLEAN && base.equals("bit") && precisionText != null && !precisionText.equals("1")) {
            return Optional.of(Family.BINARY);
        }
        if (family == Family.DECIMAL && precisionText != null && (scaleText == null || scaleText.equals("0"))) {
            int precision = Integer.parseInt(precisionText);
            return Optional.of(precision <= 2 ? Family.TINYINT : precision <= 4 ? Family.SMALLINT
                    : precision <= 9 ? Family.INTEGER : precision <= 18 ? Family.BIGINT : Family.DECIMAL);
        }
        return Optional.of(family);
    }

    /**
     * True when the Java type cannot hold the column's values, false when it can, empty when either type
     * is not one this check knows.
     */
    public static Optional<Boolean> mismatch(String javaType, String sqlType) {
        if (javaType == null) {
            return Optional.empty();
        }
        Optional<Set<Family>> accepted = accepted(javaType);
        Optional<Family> family = family(sqlType);
        if (accepted.isEmpty() || family.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(!accepted.get().contains(family.get()));
    }

    /** A Java type that fits the SQL type, for hints. */
    public static String suggestion(String sqlType) {
        return family(sqlType).map(f -> switch (f) {
            case TINYINT, SMALLINT -> "Short or Integer";
            case INTEGER -> "Integer";
            case BIGINT -> "Long";
            case DECIMAL -> "BigDecimal";
            case FLOAT -> "Double";
            case TEXT, CHAR1, JSON -> "String";
            case BOOLEAN -> "Boolean";
            case UUID -> "UUID";
            case DATE -> "LocalDate";
            case TIME -> "LocalTime";
            case TIMESTAMP -> "LocalDateTime or Instant";
            case BINARY -> "byte[]";
            case INTERVAL -> "Duration";
        }).orElse("a matching type");
    }
}
