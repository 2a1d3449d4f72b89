package io.smm.membership.benchmarks;

import java.io.Writer;

/** A writer that keeps nothing and counts what it is given: a CSV export's size without its file. */
public final class CharCount extends Writer {

    private long characters;

    @Override
    public void write(char[] buffer, int offset, int length) {
        characters += length;
    }

    @Override
    public void flush() {
        // nothing kept
    }

    @Override
    public void close() {
        // nothing kept
    }

    public long characters() {
        return characters;
    }
}
