package org.caucus.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.caucus.corpus.BlockRow;
import org.caucus.corpus.CorpusService;
import org.caucus.corpus.Participant;
import org.caucus.project.Project;
import org.caucus.project.ProjectService;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code blocks}: prints every block of the chosen messages with its role, depth, offsets, speaker
 * and the evidence for that speaker, so that analysts can audit attribution in bulk.
 */
@Component
class BlocksCommand implements Command {

    private static final String UNKNOWN = "unknown";

    private final ProjectService projects;
    private final CorpusService corpus;

    BlocksCommand(ProjectService projects, CorpusService corpus) {
        this.projects = projects;
        this.corpus = corpus;
    }

    @Override
    public String name() {
        return "blocks";
    }

    @Override
    public Set<String> flags() {
        return Set.of("text");
    }

    @Override
    public String usage() {
        return "--data-dir DIR --project NAME [--message-id ID] [--format tsv|json] [--text]";
    }

    @Override
    public int run(CommandArguments arguments, PrintStream out) {
        arguments.allowOnly(Set.of("project", "message-id", "format", "text"));
        String projectName = arguments.required("project");
        Project project = projects.findByName(projectName)
                .orElseThrow(() -> new UsageException("There is no project named '" + projectName + "'."));
        String format = arguments.option("format").orElse("tsv");
        if (!format.equals("tsv") && !format.equals("json")) {
            throw new UsageException("--format must be tsv or json, not '" + format + "'.");
        }
        boolean withText = arguments.flag("text");
        Map<Long, Participant> participants = corpus.participants(project).stream()
                .collect(Collectors.toMap(Participant::getId, Function.identity()));
        BlockPrinter printer = format.equals("json") ? new JsonPrinter(out) : new TsvPrinter(out);
        printer.start(withText);
        corpus.forEachBlock(
                project,
                arguments.option("message-id").orElse(null),
                row -> printer.print(
                        fields(row, row.speakerId() == null ? null : participants.get(row.speakerId()), withText)));
        printer.finish();
        return OK;
    }

    private static Map<String, Object> fields(BlockRow row, Participant speaker, boolean withText) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("message_id", row.messageId());
        fields.put("block", row.blockNumber());
        fields.put("role", row.role().name().toLowerCase(Locale.ROOT));
        fields.put("depth", row.depth());
        fields.put("start", row.start());
        fields.put("end", row.end());
        fields.put("speaker", speaker == null ? UNKNOWN : speaker.getDisplayName());
        fields.put("speaker_address", speaker == null ? null : speaker.primaryAddress());
        fields.put("origin_message_id", row.originMessageId());
        fields.put("evidence", row.evidence());
        fields.put("confidence", row.confidence());
        if (withText) {
            fields.put("text", row.text());
        }
        return fields;
    }

    /** Writes rows in one output format. */
    private interface BlockPrinter {

        void start(boolean withText);

        void print(Map<String, Object> fields);

        void finish();
    }

    /** Tab-separated, one block a line; tabs, line breaks and backslashes in values are escaped. */
    private record TsvPrinter(PrintStream out) implements BlockPrinter {

        @Override
        public void start(boolean withText) {
            out.println(
                    "message_id\tblock\trole\tdepth\tstart\tend\tspeaker\tspeaker_address\torigin_message_id\tevidence\tconfidence"
                            + (withText ? "\ttext" : ""));
        }

        @Override
        public void print(Map<String, Object> fields) {
            out.println(fields.values().stream().map(TsvPrinter::escape).collect(Collectors.joining("\t")));
        }

        @Override
        public void finish() {
            out.flush();
        }

        private static String escape(Object value) {
            if (value == null) {
                return "";
            }
            return value.toString().replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
        }
    }

    /** A JSON array of objects, written as the rows arrive. */
    private static final class JsonPrinter implements BlockPrinter {

        private static final JsonMapper JSON = JsonMapper.builder().build();
        private final PrintStream out;
        private boolean first = true;

        JsonPrinter(PrintStream out) {
            this.out = out;
        }

        @Override
        public void start(boolean withText) {
            out.println("[");
        }

        @Override
        public void print(Map<String, Object> fields) {
            out.print(first ? "  " : ",\n  ");
            out.print(JSON.writeValueAsString(fields));
            first = false;
        }

        @Override
        public void finish() {
            out.println(first ? "]" : "\n]");
            out.flush();
        }
    }
}
