package org.caucus.corpus;

import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The countries a participant can be placed in, by their English names as ICU gives them ("Brazil", "India"), so
 * that comparisons group "brazil", "BR" and "BRA" as one country.
 */
final class Countries {

    private static final List<String> NAMES;
    private static final Map<String, String> BY_WRITTEN = new HashMap<>();

    static {
        TreeSet<String> names = new TreeSet<>();
        for (String code : ULocale.getISOCountries()) {
            ULocale region = new ULocale("", code);
            String name = region.getDisplayCountry(ULocale.ENGLISH);
            names.add(name);
            BY_WRITTEN.put(PersonName.of(name).key(), name);
            BY_WRITTEN.put(code.toLowerCase(java.util.Locale.ROOT), name);
            BY_WRITTEN.put(region.getISO3Country().toLowerCase(java.util.Locale.ROOT), name);
        }
        // The short forms people write that are not ISO codes.
        BY_WRITTEN.put("uk", BY_WRITTEN.get("gb"));
        BY_WRITTEN.put("usa", BY_WRITTEN.get("us"));
        NAMES = List.copyOf(names);
    }

    private Countries() {}

    /** Every name, in alphabetical order. */
    static List<String> names() {
        return NAMES;
    }

    /** The country's name as stored, for a name written in any case or without accents, or an ISO code. */
    static Optional<String> named(String written) {
        String key = PersonName.of(written).key();
        return Optional.ofNullable(BY_WRITTEN.getOrDefault(key, BY_WRITTEN.get(key.replace(" ", ""))));
    }
}
