package org.caucus.network;

import org.caucus.SeedProject;
import org.caucus.codebook.CodebookService;
import org.caucus.codebook.Issue;
import org.caucus.coding.CodingRequest;
import org.caucus.coding.CodingService;
import org.caucus.coding.StanceQualifier;
import org.caucus.corpus.CorpusService;
import org.caucus.corpus.Participant;
import org.caucus.project.Project;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A small debate whose networks are worked out by hand in the tests: the four speakers of the seed
 * message, four positions, and these stances (+ supports, − opposes, · neutral):
 *
 * <pre>
 *                      A governments  B liaison  C 1net interface  D peak structure
 * parminder            +              +          −
 * Jeremy Malcolm       +              +          −                 + (two passages)
 * Joana Varon          +              −          +                 ·
 * Michael Gurstein     −                                           +
 * </pre>
 *
 * parminder and Joana Varon work for IT for Change (civil society and academia), Jeremy Malcolm
 * for Consumers International (civil society); Michael Gurstein has no organisation.
 */
@Component
public class DebateNetworkProject {

    public static final String PARMINDER = "we will like to have a direct liaison";
    public static final String JEREMY = "I don't in any way support the 1net dialogue appointing itself as an";
    public static final String JEREMY_AGAIN = "form a loose peak structure that would nominate civil society";
    public static final String JOANA = "a dialogue without governments is not my perfect view of a";
    public static final String GURSTEIN = "CS in its current form in the IG is incapable";

    private final SeedProject seedProject;
    private final CodebookService codebook;
    private final CodingService coding;
    private final CorpusService corpus;
    private final JdbcTemplate jdbc;

    DebateNetworkProject(
            SeedProject seedProject,
            CodebookService codebook,
            CodingService coding,
            CorpusService corpus,
            JdbcTemplate jdbc) {
        this.seedProject = seedProject;
        this.codebook = codebook;
        this.coding = coding;
        this.corpus = corpus;
        this.jdbc = jdbc;
    }

    /** Node ids of the participants and positions, as the networks name them. */
    public record Fixture(
            Project project,
            SeedProject.Fixture seed,
            long parminder,
            long jeremy,
            long joana,
            long gurstein,
            long a,
            long b,
            long c,
            long d) {

        public String node(long participantId) {
            return "participant-" + participantId;
        }

        public String position(long positionId) {
            return "position-" + positionId;
        }
    }

    public Fixture create() {
        SeedProject.Fixture seed = seedProject.create();
        Issue engagement = codebook.addIssue(seed.project(), "How should civil society engage with 1net?", null);
        long a = seed.governments().getId();
        long b = seed.liaison().getId();
        long c = codebook.addPosition(engagement, "1net as the interface", null, "#d62728", '3')
                .getId();
        long d = codebook.addPosition(engagement, "A peak structure", null, "#2ca02c", '4')
                .getId();
        code(seed, PARMINDER, a, StanceQualifier.SUPPORTS);
        code(seed, PARMINDER, b, StanceQualifier.SUPPORTS);
        code(seed, PARMINDER, c, StanceQualifier.OPPOSES);
        code(seed, JEREMY, a, StanceQualifier.SUPPORTS);
        code(seed, JEREMY, b, StanceQualifier.SUPPORTS);
        code(seed, JEREMY, c, StanceQualifier.OPPOSES);
        code(seed, JEREMY, d, StanceQualifier.SUPPORTS);
        code(seed, JEREMY_AGAIN, d, StanceQualifier.SUPPORTS);
        code(seed, JOANA, a, StanceQualifier.SUPPORTS);
        code(seed, JOANA, b, StanceQualifier.OPPOSES);
        code(seed, JOANA, c, StanceQualifier.SUPPORTS);
        code(seed, JOANA, d, StanceQualifier.NEUTRAL);
        code(seed, GURSTEIN, a, StanceQualifier.OPPOSES);
        code(seed, GURSTEIN, d, StanceQualifier.SUPPORTS);
        long parminder = describe(seed, "parminder", "IT for Change", "CIVIL_SOCIETY");
        long joana = describe(seed, "Joana Varon", "IT for Change", "ACADEMIA");
        long jeremy = describe(seed, "Jeremy Malcolm", "Consumers International", "CIVIL_SOCIETY");
        long gurstein = describe(seed, "Michael Gurstein", null, "ACADEMIA");
        return new Fixture(seed.project(), seed, parminder, jeremy, joana, gurstein, a, b, c, d);
    }

    public void code(SeedProject.Fixture seed, String phrase, long position, StanceQualifier qualifier) {
        coding.code(new CodingRequest(seed.messageId(), seed.range(phrase), position, qualifier, null));
    }

    /** The corpus has no screen for organisations yet, so the fixture files them in the database. */
    private long describe(SeedProject.Fixture seed, String name, String organisation, String group) {
        long id = corpus.participants(seed.project()).stream()
                .filter(participant -> participant.getDisplayName().equals(name))
                .map(Participant::getId)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the seed has no participant " + name));
        jdbc.update(
                "update participant set organisation = ?, stakeholder_group = ? where id = ?", organisation, group, id);
        return id;
    }
}
