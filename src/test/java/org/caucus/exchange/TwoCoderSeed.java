package org.caucus.exchange;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.caucus.SeedProject;
import org.caucus.codebook.CodebookService;
import org.caucus.codebook.PositionChoice;
import org.caucus.coding.CodingRequest;
import org.caucus.coding.CodingService;
import org.caucus.coding.PassageRecord;
import org.caucus.coding.PassageRecords;
import org.caucus.coding.StanceQualifier;
import org.caucus.corpus.CorpusService;
import org.caucus.project.Project;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The seed project coded by two coders with every qualifier, a memo, a quoted passage and two
 * codings of one span; and the coded passages of any project in a form that compares across
 * projects (message subject, span, issue and position names, qualifier, coder, memo).
 */
@Component
class TwoCoderSeed {

    private final SeedProject seed;
    private final CodingService coding;
    private final PassageRecords passages;
    private final CodebookService codebook;
    private final CorpusService corpus;

    TwoCoderSeed(
            SeedProject seed,
            CodingService coding,
            PassageRecords passages,
            CodebookService codebook,
            CorpusService corpus) {
        this.seed = seed;
        this.coding = coding;
        this.passages = passages;
        this.codebook = codebook;
        this.corpus = corpus;
    }

    record Passage(
            String subject,
            int start,
            int end,
            String issue,
            String position,
            StanceQualifier qualifier,
            String coder,
            String speaker,
            String memo) {}

    SeedProject.Fixture create() {
        SeedProject.Fixture fixture = seed.create();
        code(
                fixture,
                "alice",
                "we will like to have a direct liaison",
                fixture.liaison(),
                StanceQualifier.SUPPORTS,
                null);
        code(
                fixture,
                "alice",
                "a dialogue without governments is not my perfect view",
                fixture.governments(),
                StanceQualifier.SUPPORTS,
                "Joana, quoted by Jeremy");
        code(
                fixture,
                "bob",
                "a dialogue without governments is not my perfect view",
                fixture.governments(),
                StanceQualifier.NEUTRAL,
                null);
        code(
                fixture,
                "bob",
                "I don't in any way support the 1net dialogue appointing itself",
                fixture.liaison(),
                StanceQualifier.OPPOSES,
                "only the interface role");
        return fixture;
    }

    private void code(
            SeedProject.Fixture fixture,
            String coder,
            String phrase,
            org.caucus.codebook.Position position,
            StanceQualifier qualifier,
            String memo) {
        coding.codeAs(
                coder,
                new CodingRequest(fixture.messageId(), fixture.range(phrase), position.getId(), qualifier, memo));
    }

    @Transactional(readOnly = true)
    List<Passage> passages(Project project) {
        Map<Long, PositionChoice> positions =
                codebook.positions(project.getId()).stream().collect(Collectors.toMap(PositionChoice::id, p -> p));
        Map<Long, String> speakers = corpus.participants(project).stream()
                .collect(Collectors.toMap(p -> p.getId(), p -> p.getDisplayName()));
        try (Stream<PassageRecord> all = passages.inProject(project)) {
            return all.map(passage -> new Passage(
                            corpus.read(passage.messageId()).orElseThrow().subject(),
                            passage.start(),
                            passage.end(),
                            positions.get(passage.positionId()).issue(),
                            positions.get(passage.positionId()).name(),
                            passage.qualifier(),
                            passage.coder(),
                            passage.speakerId() == null ? null : speakers.get(passage.speakerId()),
                            passage.memo()))
                    .sorted(java.util.Comparator.comparing(Passage::toString))
                    .toList();
        }
    }
}
