package org.caucus.corpus.importing;

import java.io.IOException;

/** A compressed source inflated past the configured bound: probably a decompression bomb. */
final class InflationLimitException extends IOException {

    InflationLimitException(long limit) {
        super("inflates past the limit of " + limit + " bytes");
    }
}
