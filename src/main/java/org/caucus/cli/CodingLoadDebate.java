package org.caucus.cli;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.caucus.codebook.CodebookService;
import org.caucus.codebook.Issue;
import org.caucus.coding.PassageRange;
import org.caucus.corpus.BlockRole;
import org.caucus.corpus.CorpusService;
import org.caucus.corpus.MessageReading;
import org.caucus.corpus.StoredText;
import org.caucus.corpus.TextImportService;
import org.caucus.corpus.TextMessage;
import org.caucus.project.Project;
import org.caucus.project.ProjectService;
import org.springframework.stereotype.Component;

/**
 * The project the simulated coders work on: threads of messages in which each reply quotes the
 * message before it, so that passages are credited both to posters and to quoted speakers, and a
 * small codebook. Stored through the import and codebook services, as an analyst's would be.
 */
@Component
class CodingLoadDebate {

    private static final String[] PARTICIPANTS = {
        "Anriette Esterhuysen", "Parminder Jeet Singh", "Jeremy Malcolm", "Joana Varon", "Carlos Afonso",
        "Deborah Brown", "Lea Kaspar", "Matthew Shears", "Avri Doria", "Norbert Bollow"
    };
    private static final String[] CLAIMS = {
        "governments should take part in the summit as equals",
        "a dialogue without governments is not a real dialogue",
        "the coalition should liaise directly with the host",
        "civil society needs its own coordination first",
        "the steering committee must publish its criteria",
        "the meeting should be open to remote participants",
        "funding for travel ought to go to the global south",
        "the statement should be signed by organisations only"
    };
    private static final int REPLIES_PER_THREAD = 10;

    private final ProjectService projects;
    private final TextImportService texts;
    private final CorpusService corpus;
    private final CodebookService codebook;

    CodingLoadDebate(ProjectService projects, TextImportService texts, CorpusService corpus, CodebookService codebook) {
        this.projects = projects;
        this.texts = texts;
        this.corpus = corpus;
        this.codebook = codebook;
    }

    /** A message of the debate with the passages a coder may select in it: whole lines of one speaker. */
    record CodableMessage(long id, List<PassageRange> passages) {}

    /** What the coders work on: the messages in import order and the positions of the codebook. */
    record Debate(Project project, List<CodableMessage> messages, List<Long> positions) {}

    Debate create(String projectName, int messages) {
        Project project = projects.create(projectName);
        List<TextMessage> written = new ArrayList<>(messages);
        for (int i = 0; i < messages; i++) {
            written.add(message(i, i % REPLIES_PER_THREAD == 0 ? null : written.get(i - 1)));
        }
        List<CodableMessage> codable = texts.importTexts(project, "a generated debate", written).stream()
                .map(StoredText::messageId)
                .map(id -> new CodableMessage(id, passages(corpus.read(id).orElseThrow())))
                .toList();
        List<Long> positions = new ArrayList<>();
        for (String question : List.of("What role should governments have?", "How should the coalition work?")) {
            Issue issue = codebook.addIssue(project, question, null);
            for (String stance : List.of("as equals", "as observers", "not at all")) {
                positions.add(codebook.addPosition(issue, question + " " + stance, null, "#1f77b4", null)
                        .getId());
            }
        }
        return new Debate(project, codable, List.copyOf(positions));
    }

    private static TextMessage message(int index, TextMessage repliedTo) {
        int thread = index / REPLIES_PER_THREAD;
        String poster = PARTICIPANTS[(index * 7 + thread) % PARTICIPANTS.length];
        StringBuilder body = new StringBuilder();
        if (repliedTo != null) {
            String quoted = repliedTo
                    .body()
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith(">") && !line.endsWith("wrote:"))
                    .findFirst()
                    .orElseThrow();
            body.append(repliedTo.posterName())
                    .append(" wrote:\n> ")
                    .append(quoted)
                    .append("\n\n");
        }
        for (int line = 0; line < 3; line++) {
            body.append("In message ")
                    .append(index + 1)
                    .append(" I hold that ")
                    .append(CLAIMS[(index + line * 3) % CLAIMS.length])
                    .append(".\n");
        }
        String subject = "Coordination for the summit, part " + (thread + 1);
        return new TextMessage(
                "coders-" + index + ".txt",
                repliedTo == null ? subject : "Re: " + subject,
                subject,
                "bestbits",
                poster,
                poster.toLowerCase().replace(' ', '.') + "@example.org",
                OffsetDateTime.of(2013, 11, 1, 9, 0, 0, 0, ZoneOffset.UTC).plusHours(index),
                "<coders-" + index + "@example.org>",
                repliedTo == null ? null : repliedTo.messageId(),
                body.toString());
    }

    /** Every line of words inside one block that carries statements, without its quote marker. */
    private static List<PassageRange> passages(MessageReading message) {
        String body = message.body();
        List<PassageRange> passages = new ArrayList<>();
        for (MessageReading.BlockReading block : message.blocks()) {
            if (block.role() != BlockRole.OWN_TEXT && block.role() != BlockRole.QUOTE) {
                continue;
            }
            int lineStart = block.start();
            while (lineStart < block.end()) {
                int lineEnd = body.indexOf('\n', lineStart);
                lineEnd = lineEnd < 0 || lineEnd > block.end() ? block.end() : lineEnd;
                int start = lineStart;
                while (start < lineEnd && (body.charAt(start) == '>' || body.charAt(start) == ' ')) {
                    start++;
                }
                if (start < lineEnd) {
                    passages.add(new PassageRange(start, lineEnd, body.substring(start, lineEnd)));
                }
                lineStart = lineEnd + 1;
            }
        }
        if (passages.isEmpty()) {
            throw new IllegalStateException("Message " + message.id() + " of the load debate has no passage to code");
        }
        return List.copyOf(passages);
    }
}
