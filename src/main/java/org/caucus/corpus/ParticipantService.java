package org.caucus.corpus;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.caucus.account.CurrentAnalyst;
import org.caucus.project.NotFoundWhenDenied;
import org.caucus.project.Project;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.method.HandleAuthorizationDenied;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The participants of a project: who they are (organisation, stakeholder group, country), and which of them are one
 * person written in two ways. Merges are only ever suggested; an analyst accepts or rejects each.
 */
@Service
@Transactional(readOnly = true)
public class ParticipantService {

    /** The width of the organisation column. */
    static final int MAX_ORGANISATION = 300;

    private final ParticipantRepository participants;
    private final MergeRejections rejections;
    private final ObjectProvider<SpokenStatements> statements;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final Clock clock;
    private final CurrentAnalyst analyst;
    private final ProjectImports projectImports;
    private final NamesakeQuotes namesakeQuotes;

    ParticipantService(
            ParticipantRepository participants,
            MergeRejections rejections,
            ObjectProvider<SpokenStatements> statements,
            ApplicationEventPublisher events,
            EntityManager entityManager,
            Clock clock,
            CurrentAnalyst analyst,
            ProjectImports projectImports,
            NamesakeQuotes namesakeQuotes) {
        this.participants = participants;
        this.rejections = rejections;
        this.statements = statements;
        this.events = events;
        this.entityManager = entityManager;
        this.clock = clock;
        this.analyst = analyst;
        this.projectImports = projectImports;
        this.namesakeQuotes = namesakeQuotes;
    }

    /** A page of participants whose name or an address contains {@code typed}, ignoring case; blank finds all. */
    @PreAuthorize("@projectAccess.canRead(#project?.id)")
    public List<ParticipantRow> findParticipants(Project project, String typed, Pageable pageable) {
        return withDetails(participants.findRows(project.getId(), LikePattern.containing(typed), pageable));
    }

    /** One participant as the list shows it; empty when {@code participantId} is null or not in the project. */
    @PreAuthorize("@projectAccess.canRead(#project?.id)")
    @HandleAuthorizationDenied(handlerClass = NotFoundWhenDenied.class)
    public Optional<ParticipantRow> findParticipant(Project project, Long participantId) {
        return participantId == null
                ? Optional.empty()
                : participants
                        .findRow(project.getId(), participantId)
                        .map(row -> withDetails(List.of(row)).getFirst());
    }

    /** The addresses and statement counts of a page of rows, in two queries for the page. */
    private List<ParticipantRow> withDetails(List<ParticipantRow> rows) {
        List<Long> ids = rows.stream().map(ParticipantRow::id).toList();
        if (ids.isEmpty()) {
            return rows;
        }
        Map<Long, List<String>> addresses = new HashMap<>();
        for (Object[] pair : participants.findAddresses(ids)) {
            addresses.computeIfAbsent((Long) pair[0], id -> new ArrayList<>()).add((String) pair[1]);
        }
        Map<Long, Long> spoken = statements.stream()
                .findFirst()
                .map(counts -> counts.countBySpeaker(ids))
                .orElse(Map.of());
        return rows.stream()
                .map(row -> row.with(
                        addresses.getOrDefault(row.id(), List.of()).stream()
                                .sorted()
                                .toList(),
                        spoken.getOrDefault(row.id(), 0L)))
                .toList();
    }

    @PreAuthorize("@projectAccess.canRead(#project?.id)")
    public long countParticipants(Project project, String typed) {
        return participants.countRows(project.getId(), LikePattern.containing(typed));
    }

    /** The country names a participant can be placed in, alphabetically. */
    public List<String> countries() {
        return Countries.names();
    }

    /**
     * Says who a participant is. A blank organisation or country clears it.
     *
     * @param country an English country name in any case, with or without accents, or an ISO code
     * @throws IllegalArgumentException naming the field and the problem; nothing is changed then
     */
    @Transactional
    @PreAuthorize("@corpusAccess.canCodeParticipant(#participantId)")
    public void describe(long participantId, String organisation, StakeholderGroup group, String country) {
        Participant participant = existing(participantId);
        String cleanOrganisation = blankToNull(organisation);
        if (cleanOrganisation != null && cleanOrganisation.length() > MAX_ORGANISATION) {
            throw new IllegalArgumentException("The organisation of " + participant.getDisplayName() + " is "
                    + cleanOrganisation.length() + " characters long; at most " + MAX_ORGANISATION + " fit.");
        }
        String cleanCountry = blankToNull(country);
        String countryName = cleanCountry == null
                ? null
                : Countries.named(cleanCountry)
                        .orElseThrow(() -> new IllegalArgumentException("\u201c" + cleanCountry
                                + "\u201d is not a country Caucus knows. Choose one from the list, or write its"
                                + " English name (such as Brazil) or its ISO code (BR)."));
        participant.describe(cleanOrganisation, group);
        participant.placeIn(countryName);
    }

    /** Pairs that look like one person, strongest reasons first, without the pairs an analyst rejected. */
    @PreAuthorize("@projectAccess.canRead(#project?.id)")
    public List<MergeSuggestion> mergeSuggestions(Project project) {
        Map<Long, List<String>> addresses = new HashMap<>();
        for (Object[] pair : participants.findProjectAddresses(project.getId())) {
            addresses.computeIfAbsent((Long) pair[0], id -> new ArrayList<>()).add((String) pair[1]);
        }
        List<MergeSuggestions.Candidate> candidates = participants.findMessageCounts(project.getId()).stream()
                .map(row -> MergeSuggestions.Candidate.of(
                        (Long) row[0], (String) row[1], addresses.getOrDefault((Long) row[0], List.of()), (Long)
                                row[2]))
                .toList();
        return MergeSuggestions.among(candidates, rejections.of(project.getId()));
    }

    /**
     * Makes two participants one: the messages {@code mergedId} posted, the blocks and coded passages credited to
     * them, and their addresses move to {@code keptId}, which also takes their organisation, group and country where
     * it has none. Quotes left without a speaker because both went by the name that introduced them are credited to
     * {@code keptId}. All of it happens in one transaction, or none of it.
     *
     * @return how many such quotes were credited
     *
     * @throws ImportRunningException while an import into the project runs, which may be crediting either of them
     */
    @Transactional
    @PreAuthorize("@corpusAccess.canCodeParticipant(#keptId) and @corpusAccess.canCodeParticipant(#mergedId)")
    public int merge(long keptId, long mergedId) {
        if (keptId == mergedId) {
            throw new IllegalArgumentException("A participant cannot be merged into themselves.");
        }
        Participant kept = existing(keptId);
        Participant merged = existing(mergedId);
        long projectId = kept.getProject().getId();
        if (merged.getProject().getId() != projectId) {
            throw new IllegalArgumentException(merged.getDisplayName() + " and " + kept.getDisplayName()
                    + " are in different projects; only participants of one project can be merged.");
        }
        projectImports.holdUntilTransactionEnds(
                projectId, merged.getDisplayName() + " and " + kept.getDisplayName() + " cannot be merged");
        mergeInto(kept, merged);
        return namesakeQuotes.creditAfterMerges(kept.getProject(), Set.of(keptId));
    }

    /**
     * Merges the suggested pairs an analyst chose all at once, in one transaction: all of them or none. A participant
     * an earlier pair merged away stands for the one they were merged into, so that chosen pairs which share someone
     * ("Glyph" and "glyph", "glyph" and "Glyph Lefkowitz") end as one participant; a pair already made one is passed
     * over.
     *
     * @throws IllegalArgumentException naming a participant who no longer exists or is not in the project; nothing is
     *     merged then
     * @throws ImportRunningException while an import into the project runs
     */
    @Transactional
    @PreAuthorize("@projectAccess.canCode(#project?.id)")
    public MergedPairs mergeAll(Project project, List<MergeSuggestion> chosen) {
        projectImports.holdUntilTransactionEnds(
                project.getId(), "The " + chosen.size() + " chosen pairs cannot be merged");
        Map<Long, Long> mergedInto = new HashMap<>();
        for (MergeSuggestion pair : chosen) {
            long keptId = survivor(pair.keepId(), mergedInto);
            long mergedId = survivor(pair.mergeId(), mergedInto);
            if (keptId != mergedId) {
                mergeInto(inProject(project, keptId), inProject(project, mergedId));
                mergedInto.put(mergedId, keptId);
            }
        }
        Set<Long> kept = mergedInto.values().stream()
                .map(keptId -> survivor(keptId, mergedInto))
                .collect(Collectors.toSet());
        return new MergedPairs(mergedInto.size(), namesakeQuotes.creditAfterMerges(project, kept));
    }

    /** The participant that {@code participantId} is now, after the merges so far. */
    private static long survivor(long participantId, Map<Long, Long> mergedInto) {
        long current = participantId;
        while (mergedInto.containsKey(current)) {
            current = mergedInto.get(current);
        }
        return current;
    }

    private Participant inProject(Project project, long participantId) {
        Participant participant = existing(participantId);
        if (participant.getProject().getId() != project.getId()) {
            throw new IllegalArgumentException(participant.getDisplayName() + " is not a participant of "
                    + project.getName() + "; only participants of one project can be merged.");
        }
        return participant;
    }

    private void mergeInto(Participant kept, Participant merged) {
        long projectId = kept.getProject().getId();
        long keptId = kept.getId();
        long mergedId = merged.getId();
        kept.absorb(merged);
        participants.flush();
        participants.movePosts(merged, kept);
        participants.moveBlocks(merged, kept);
        // Coded passages belong to coding, which follows within this transaction.
        events.publishEvent(new ParticipantsMerged(projectId, keptId, mergedId));
        entityManager.remove(merged);
        participants.flush();
    }

    /** Remembers that two participants are different people, so that they are not suggested again. */
    @Transactional
    @PreAuthorize("@corpusAccess.canCodeParticipant(#participantId) and @corpusAccess.canCodeParticipant(#otherId)")
    public void keepApart(long participantId, long otherId) {
        Participant one = existing(participantId);
        Participant other = existing(otherId);
        if (participantId == otherId
                || one.getProject().getId() != other.getProject().getId()) {
            throw new IllegalArgumentException(
                    one.getDisplayName() + " and " + other.getDisplayName() + " are not a pair that could be merged.");
        }
        rejections.add(MergeSuggestions.Pair.of(participantId, otherId), analyst.name(), clock.instant());
    }

    /** Remembers that each of the chosen pairs is two people, in one transaction. */
    @Transactional
    @PreAuthorize("@projectAccess.canCode(#project?.id)")
    public void keepApartAll(Project project, List<MergeSuggestion> chosen) {
        for (MergeSuggestion pair : chosen) {
            inProject(project, pair.keepId());
            inProject(project, pair.mergeId());
            rejections.add(MergeSuggestions.Pair.of(pair.keepId(), pair.mergeId()), analyst.name(), clock.instant());
        }
    }

    private Participant existing(long participantId) {
        return participants
                .findById(participantId)
                .orElseThrow(() -> new IllegalArgumentException("Participant " + participantId
                        + " does not exist; they may have been merged into someone else already."));
    }

    private static String blankToNull(String text) {
        return Optional.ofNullable(text)
                .map(String::strip)
                .filter(t -> !t.isEmpty())
                .orElse(null);
    }
}
