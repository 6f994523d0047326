package org.caucus.codebook;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A position as offered to a coder: its issue, name, colour and keyboard shortcut. */
public record PositionChoice(long id, String issue, String name, String description, String colour, String shortcut) {

    /** @return each position's place in {@code positions} (the codebook's order), by its id */
    public static Map<Long, Integer> placesIn(List<PositionChoice> positions) {
        Map<Long, Integer> places = new HashMap<>();
        for (int i = 0; i < positions.size(); i++) {
            places.put(positions.get(i).id(), i);
        }
        return places;
    }
}
