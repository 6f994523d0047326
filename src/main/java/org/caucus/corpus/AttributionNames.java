package org.caucus.corpus;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The writers named in the attribution lines a segmenter has read, remembered: every reply down a thread quotes the
 * attribution lines above it again, and reading one takes several regular expressions. Safe for several threads; it
 * starts afresh when full, so that its memory stays bounded.
 */
final class AttributionNames {

    // Far more than the attribution lines of the threads an import reads at once.
    private static final int CAPACITY = 10_000;

    private final ConcurrentMap<String, Optional<Writer.Named>> known = new ConcurrentHashMap<>();

    /** As {@link AttributionLine#writer}. */
    Writer.Named writer(String attribution) {
        // Most lines fail the cheap test and are not worth remembering.
        if (!AttributionLine.mayBeAttribution(attribution)) {
            return null;
        }
        Optional<Writer.Named> writer = known.get(attribution);
        if (writer == null) {
            if (known.size() >= CAPACITY) {
                known.clear();
            }
            writer = Optional.ofNullable(AttributionLine.writer(attribution));
            known.put(attribution, writer);
        }
        return writer.orElse(null);
    }
}
