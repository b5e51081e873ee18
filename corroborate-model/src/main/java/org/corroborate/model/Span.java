package org.corroborate.model;

/**
 * A half-open range {@code [start, end)} of char offsets into one article's text.
 *
 * <p>Spans order by start, then by end. They never copy the text they point into.
 */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("span [" + start + ", " + end + ") is not a range: need 0 <= start <= end");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean isEmpty() {
        return start == end;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean contains(int offset) {
        return start <= offset && offset < end;
    }

    /** True when the two spans share at least one char. */
    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** How many chars the two spans share; 0 when they do not overlap. */
    public int overlap(Span other) {
        return Math.max(0, Math.min(end, other.end) - Math.max(start, other.start));
    }

    /** The smallest span holding both. */
    public Span cover(Span other) {
        return new Span(Math.min(start, other.start), Math.max(end, other.end));
    }

    /** The chars of {@code text} this span points at; fails when the span reaches past the text. */
    public String of(CharSequence text) {
        if (end > text.length()) {
            throw new IndexOutOfBoundsException("span [" + start + ", " + end + ") reaches past a text of " + text.length() + " chars");
        }
        return text.subSequence(start, end).toString();
    }

    @Override
    public int compareTo(Span other) {
        return start != other.start ? Integer.compare(start, other.start) : Integer.compare(end, other.end);
    }

    @Override
    public String toString() {
        return "[" + start + ", " + end + ")";
    }
}
