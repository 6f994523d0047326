package org.caucus.corpus.importing;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes read through it (across several streams, sharing one budget) and stops at a bound. */
final class BoundedInputStream extends FilterInputStream {

    /** How many inflated bytes a whole source may still produce. */
    static final class Budget {
        private final long limit;
        private long used;

        Budget(long limit) {
            this.limit = limit;
        }

        void spend(long bytes) throws InflationLimitException {
            used += bytes;
            if (used > limit) {
                throw new InflationLimitException(limit);
            }
        }
    }

    private final Budget budget;

    BoundedInputStream(InputStream in, Budget budget) {
        super(in);
        this.budget = budget;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            budget.spend(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            budget.spend(n);
        }
        return n;
    }

    @Override
    public void close() {
        // The stream underneath belongs to whoever opened it (a zip entry must not close the zip).
    }
}
