package org.caucus.coding.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caucus.codebook.PositionChoice;

/**
 * Which digit codes with which position. A position's own shortcut wins; positions without one get
 * the free digits 1-9 in codebook order, so a codebook nobody has tuned still works from the keyboard.
 */
final class PositionShortcuts {

    private final Map<String, PositionChoice> byKey = new LinkedHashMap<>();

    PositionShortcuts(List<PositionChoice> codebookOrder) {
        for (PositionChoice position : codebookOrder) {
            if (position.shortcut() != null && isDigit(position.shortcut())) {
                byKey.putIfAbsent(position.shortcut(), position);
            }
        }
        int digit = 1;
        for (PositionChoice position : codebookOrder) {
            if (byKey.containsValue(position)) {
                continue;
            }
            while (digit <= 9 && byKey.containsKey(String.valueOf(digit))) {
                digit++;
            }
            if (digit > 9) {
                break;
            }
            byKey.put(String.valueOf(digit), position);
        }
    }

    Optional<PositionChoice> position(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    Optional<String> keyOf(PositionChoice position) {
        return byKey.entrySet().stream()
                .filter(entry -> entry.getValue().id() == position.id())
                .map(Map.Entry::getKey)
                .findFirst();
    }

    Map<String, PositionChoice> all() {
        return Map.copyOf(byKey);
    }

    private static boolean isDigit(String shortcut) {
        return shortcut.length() == 1 && shortcut.charAt(0) >= '1' && shortcut.charAt(0) <= '9';
    }
}
