package org.caucus.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** A body with its blocks, as the segmenter's tests read them. */
record Blocks(String body, List<BodySegment> segments) {

    List<String> roles() {
        return segments.stream().map(s -> s.role() + " " + s.depth()).toList();
    }

    List<String> speakers() {
        return segments.stream().map(BodySegment::speakerName).toList();
    }

    List<String> texts() {
        return segments.stream().map(this::textOf).toList();
    }

    String textOf(BodySegment segment) {
        return body.substring(segment.start(), segment.end());
    }

    BodySegment containing(String passage) {
        int at = body.indexOf(passage);
        assertThat(at).as("position of '%s' in the body", passage).isNotNegative();
        return segments.stream()
                .filter(s -> s.start() <= at && at < s.end())
                .findFirst()
                .orElseThrow();
    }
}
