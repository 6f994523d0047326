package org.caucus.corpus;

import java.util.List;
import java.util.Locale;
import org.caucus.project.Project;
import org.springframework.stereotype.Component;

/**
 * The one place that decides which participant a name or address denotes. The same address is
 * the same person whatever display name it came with; a name with no address matches a
 * participant of that name. Anything else is a new participant until an analyst merges it.
 */
@Component
class ParticipantDirectory {

    private final ParticipantRepository participants;

    ParticipantDirectory(ParticipantRepository participants) {
        this.participants = participants;
    }

    Participant poster(Project project, String name, String address) {
        String displayName = name == null || name.isBlank() ? address : name.strip();
        if (address == null || address.isBlank()) {
            return byName(project, displayName);
        }
        String normalised = address.strip().toLowerCase(Locale.ROOT);
        var known = participants.findByAddress(project, normalised);
        if (known.isPresent()) {
            return known.get();
        }
        Participant sameName = byName(project, displayName);
        Participant poster =
                sameName.getAddresses().isEmpty() ? sameName : participants.save(new Participant(project, displayName));
        poster.addAddress(normalised);
        return poster;
    }

    Participant named(Project project, String name) {
        return byName(project, name.strip());
    }

    private Participant byName(Project project, String displayName) {
        List<Participant> sameName = participants.findByProjectAndDisplayNameIgnoreCase(project, displayName);
        return sameName.isEmpty() ? participants.save(new Participant(project, displayName)) : sameName.getFirst();
    }
}
