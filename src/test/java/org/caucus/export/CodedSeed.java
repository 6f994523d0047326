package org.caucus.export;

import org.caucus.SeedProject;
import org.caucus.coding.CodingRequest;
import org.caucus.coding.CodingService;
import org.caucus.coding.StanceQualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The seed project with four coded passages by three speakers, and organisations, groups and
 * countries for two of them: small enough to compute every export figure by hand.
 */
@Component
class CodedSeed {

    static final String FORMULA_MEMO = "=HYPERLINK(\"http://evil.example\",\"click\")";
    static final String JOANA = "a dialogue without governments is not my perfect view of a";
    static final String PARMINDER_LIAISON = "we will like to have a direct liaison with the hosts";
    static final String JEREMY = "I don't in any way support the 1net dialogue";
    static final String PARMINDER_THANKS = "Thanks, parminder";

    private final SeedProject seedProject;
    private final CodingService coding;
    private final JdbcTemplate jdbc;

    CodedSeed(SeedProject seedProject, CodingService coding, JdbcTemplate jdbc) {
        this.seedProject = seedProject;
        this.coding = coding;
        this.jdbc = jdbc;
    }

    SeedProject.Fixture create() {
        SeedProject.Fixture seed = seedProject.create();
        code(seed, JOANA, seed.governments().getId(), StanceQualifier.SUPPORTS, FORMULA_MEMO);
        code(seed, PARMINDER_LIAISON, seed.liaison().getId(), StanceQualifier.SUPPORTS, null);
        code(seed, JEREMY, seed.liaison().getId(), StanceQualifier.OPPOSES, "-not the interface");
        code(seed, PARMINDER_THANKS, seed.governments().getId(), StanceQualifier.OPPOSES, null);
        describe(seed, "parminder", "IT for Change", "India");
        describe(seed, "Joana Varon", "Coding Rights", "Brazil");
        return seed;
    }

    private void code(SeedProject.Fixture seed, String phrase, long position, StanceQualifier qualifier, String memo) {
        coding.code(new CodingRequest(seed.messageId(), seed.range(phrase), position, qualifier, memo));
    }

    private void describe(SeedProject.Fixture seed, String name, String organisation, String country) {
        jdbc.update(
                "update participant set organisation = ?, stakeholder_group = 'CIVIL_SOCIETY', country = ?"
                        + " where project_id = ? and display_name = ?",
                organisation,
                country,
                seed.project().getId(),
                name);
    }
}
