package org.caucus.corpus;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.caucus.project.Project;

/**
 * The one place that decides which participant a name or address denotes. The same address is
 * the same person whatever display name it came with; a name met without an address (in a quote)
 * is the participant of that name, compared as {@link PersonName} compares names (case, accents and
 * "Last, First" aside). Anything else is a new participant until an analyst accepts a merge
 * {@link MergeSuggestions suggested} for it: a guess here would merge two people silently.
 *
 * <p>An import meets the same posters thousands of times, so the index keeps the project's
 * participants in memory and hands out references without querying.
 */
final class ParticipantIndex {

    private final long projectId;
    private final EntityManager entityManager;
    private final Map<String, Long> byAddress = new HashMap<>();
    private final Map<String, Long> byName = new HashMap<>();
    // Names that two participants share: an attribution line naming one of them cannot say which.
    private final Set<String> sharedNames = new HashSet<>();
    private final Set<Long> withAddress = new HashSet<>();
    private final Map<String, String> keys = new HashMap<>();

    ParticipantIndex(long projectId, List<Participant> participants, EntityManager entityManager) {
        this.projectId = projectId;
        this.entityManager = entityManager;
        participants.forEach(this::remember);
    }

    Participant poster(String name, String address) {
        String displayName = name == null || name.isBlank() ? address : name.strip();
        if (address == null || address.isBlank()) {
            return named(displayName);
        }
        String normalised = MailAddress.normalise(address);
        Long known = byAddress.get(normalised);
        if (known != null) {
            return reference(known);
        }
        Long sameName = byName.get(key(displayName));
        Participant poster = sameName != null && !withAddress.contains(sameName)
                ? entityManager.find(Participant.class, sameName)
                : create(displayName);
        poster.addAddress(normalised);
        remember(poster);
        return poster;
    }

    /**
     * The participant an attribution line names: by address when it gives one, else by name.
     *
     * @return {@code null} (speaker unknown) when two participants go by that name
     */
    Participant named(String name) {
        Optional<MailAddress> address = MailAddress.parse(name);
        if (address.isPresent()) {
            return poster(null, address.get().toString());
        }
        String key = key(name);
        if (sharedNames.contains(key)) {
            return null;
        }
        Long known = byName.get(key);
        return known != null ? reference(known) : create(name.strip());
    }

    private Participant create(String displayName) {
        Participant participant = new Participant(entityManager.getReference(Project.class, projectId), displayName);
        entityManager.persist(participant);
        remember(participant);
        return participant;
    }

    private Participant reference(long id) {
        return entityManager.getReference(Participant.class, id);
    }

    private void remember(Participant participant) {
        String name = key(participant.getDisplayName());
        if (!name.isEmpty()) {
            Long first = byName.putIfAbsent(name, participant.getId());
            if (first != null && !first.equals(participant.getId())) {
                sharedNames.add(name);
            }
        }
        for (String address : participant.getAddresses()) {
            byAddress.put(address, participant.getId());
            withAddress.add(participant.getId());
        }
    }

    /** Folding goes through ICU, so each name written is folded once per import. */
    private String key(String name) {
        return keys.computeIfAbsent(name, written -> PersonName.of(written).key());
    }
}
