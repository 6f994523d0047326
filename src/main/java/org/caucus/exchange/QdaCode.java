package org.caucus.exchange;

import java.util.List;

/** A code of a REFI-QDA codebook as read, with the codes nested under it. */
record QdaCode(String guid, String name, String description, String color, boolean codable, List<QdaCode> children) {

    QdaCode {
        children = List.copyOf(children);
    }
}
