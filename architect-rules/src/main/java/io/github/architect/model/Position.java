package io.github.architect.model;

/**
 * A place in the architecture document, 1-based. Line 0 means the element has no place of its own
 * (it came from configuration rather than from the document).
 */
public record Position(int line, int column) implements Comparable<Position> {

    public static final Position UNKNOWN = new Position(0, 0);

    public static Position of(int line, int column) {
        return new Position(line, column);
    }

    public boolean isKnown() {
        return line > 0;
    }

    @Override
    public int compareTo(Position other) {
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : Integer.compare(column, other.column);
    }

    @Override
    public String toString() {
        return "[" + line + "," + column + "]";
    }
}
