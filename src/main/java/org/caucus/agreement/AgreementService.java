package org.caucus.agreement;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.caucus.agreement.AgreementReport.Overall;
import org.caucus.agreement.AgreementReport.Pair;
import org.caucus.agreement.AgreementReport.PositionAgreement;
import org.caucus.analysis.ScopeFilter;
import org.caucus.codebook.CodebookService;
import org.caucus.codebook.PositionChoice;
import org.caucus.project.Project;
import org.caucus.shared.WorkWanted;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Measures how far coders agree over a chosen set of messages. */
@Service
@Transactional(readOnly = true)
public class AgreementService {

    /*
     * DKPro holds every unit with its coders' categories as objects: the study of 6,000,000 units took about 3.1 GB of
     * heap, some 520 bytes a unit. A study larger than the heap holds ran a server with 1 GB out of memory, which also
     * stopped the threads that serve its pages.
     */
    private static final long BYTES_PER_UNIT = 550;

    private final EntityManager entityManager;
    private final CodebookService codebook;
    private final long unitsMeasurableAtMost;

    /**
     * @param unitsMeasurableAtMost the largest study measured; 0 for as many units as three quarters of the heap
     *     holds
     */
    AgreementService(
            EntityManager entityManager,
            CodebookService codebook,
            @Value("${caucus.agreement.units-measured-at-most:0}") long unitsMeasurableAtMost) {
        this.entityManager = entityManager;
        this.codebook = codebook;
        this.unitsMeasurableAtMost = unitsMeasurableAtMost > 0
                ? unitsMeasurableAtMost
                : Runtime.getRuntime().maxMemory() / 4 * 3 / BYTES_PER_UNIT;
    }

    /** How far the request's coders agree, given up between its measures once {@code wanted} says nobody waits for it. */
    @PreAuthorize("@projectAccess.canRead(#project?.id)")
    public AgreementReport report(Project project, AgreementRequest request, WorkWanted wanted) {
        List<PositionChoice> positions = codebook.positions(project.getId());
        AgreementUnits units = new AgreementUnits(
                request.coders(),
                spans(project, request),
                positions.stream().map(PositionChoice::id).toList());
        whyNotMeasurable(units.unitCount()).ifPresent(reason -> {
            throw new IllegalArgumentException(reason);
        });
        wanted.giveUpUnlessWanted();
        ReliabilityData all = units.all();
        SpanData spans = units.spans();
        Overall overall = new Overall(
                measured(wanted, () -> CodingAgreement.percent(all)),
                measured(wanted, () -> CodingAgreement.fleissKappa(all)),
                measured(wanted, () -> CodingAgreement.krippendorffAlpha(all)),
                measured(wanted, () -> UnitizingAgreement.alpha(spans)));
        List<Pair> pairs = new ArrayList<>();
        List<String> coders = request.coders();
        for (int i = 0; i < coders.size(); i++) {
            for (int j = i + 1; j < coders.size(); j++) {
                wanted.giveUpUnlessWanted();
                ReliabilityData pair = all.of(List.of(coders.get(i), coders.get(j)));
                pairs.add(new Pair(
                        coders.get(i),
                        coders.get(j),
                        CodingAgreement.percent(pair),
                        CodingAgreement.cohensKappa(pair)));
            }
        }
        Map<Long, PositionChoice> byId =
                positions.stream().collect(Collectors.toMap(PositionChoice::id, Function.identity()));
        List<PositionAgreement> perPosition = units.positionIds().stream()
                .map(id -> {
                    wanted.giveUpUnlessWanted();
                    ReliabilityData data = units.position(id);
                    return new PositionAgreement(
                            byId.get(id).issue(),
                            byId.get(id).name(),
                            CodingAgreement.percent(data),
                            CodingAgreement.krippendorffAlpha(data),
                            UnitizingAgreement.alpha(spans, id));
                })
                .toList();
        return new AgreementReport(request, units.messageCount(), units.unitCount(), overall, pairs, perPosition);
    }

    /** Why a study of {@code units} is not measured, and what to do instead; empty when this server can measure it. */
    public Optional<String> whyNotMeasurable(long units) {
        if (units <= unitsMeasurableAtMost) {
            return Optional.empty();
        }
        return Optional.of(String.format(
                Locale.ROOT,
                "A study of %,d units is more than this server has memory to measure (%,d at most). Choose fewer"
                        + " messages, such as the lists, threads or days the coders both coded.",
                units,
                unitsMeasurableAtMost));
    }

    private static Coefficient measured(WorkWanted wanted, Supplier<Coefficient> measure) {
        wanted.giveUpUnlessWanted();
        return measure.get();
    }

    /**
     * How many units a report of {@code request} measures, counted in the database: the agreement page measures a
     * large study off the page's thread (8-13 µs a unit here, so a minute or more for the 6,000,000 units of 30,000 coded
     * messages over 200 positions), where it would otherwise hold the page.
     */
    @PreAuthorize("@projectAccess.canRead(#project?.id)")
    public StudySize studySize(Project project, AgreementRequest request) {
        ScopeFilter filter = ScopeFilter.of(project.getId(), request.scope(Set.copyOf(request.coders())));
        Object[] counts = filter.bind(entityManager.createQuery(
                        "select count(distinct m.id), count(distinct a.position.id)" + ScopeFilter.FROM
                                + filter.where(),
                        Object[].class))
                .getSingleResult();
        return new StudySize(((Number) counts[0]).intValue(), ((Number) counts[1]).intValue());
    }

    private List<CodedSpan> spans(Project project, AgreementRequest request) {
        ScopeFilter filter = ScopeFilter.of(project.getId(), request.scope(Set.copyOf(request.coders())));
        return filter.bind(entityManager.createQuery(
                        "select new org.caucus.agreement.CodedSpan(m.id, length(m.body), a.start, a.end,"
                                + " a.position.id, a.qualifier, a.coder)"
                                + ScopeFilter.FROM
                                + filter.where(),
                        CodedSpan.class))
                .getResultList();
    }
}
