package org.caucus.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.caucus.corpus.importing.Attachment;
import org.caucus.corpus.importing.ParsedMessage;
import org.junit.jupiter.api.Test;

class FieldLimitsTest {

    @Test
    void a_value_is_cut_to_its_length_with_an_ellipsis_and_never_inside_a_character() {
        assertThat(FieldLimits.clip("short", 5)).isEqualTo("short");
        assertThat(FieldLimits.clip(null, 5)).isNull();
        assertThat(FieldLimits.clip("longer", 5)).isEqualTo("long…");
        // U+1F600 is two UTF-16 units; cutting between them would store half a character.
        assertThat(FieldLimits.clip("abc\uD83D\uDE00def", 5)).isEqualTo("abc…");
    }

    @Test
    void a_message_that_fits_is_given_back_as_it_is() {
        ParsedMessage message = message("Budget", "Ann", List.of("<a@x>"), List.of());

        assertThat(FieldLimits.fit(message, "2013-November.txt, message 3")).isSameAs(message);
    }

    @Test
    void each_field_that_outgrows_its_column_is_cut_with_a_warning_naming_the_place_and_the_field() {
        ParsedMessage message = message(
                "s".repeat(2_001),
                "n".repeat(301),
                List.of(),
                List.of(new Attachment("f".repeat(1_001) + ".pdf", "application/pdf", 42)));

        ParsedMessage fitted = FieldLimits.fit(message, "long.mbox, message 1");

        assertThat(fitted.subject()).hasSize(2_000);
        assertThat(fitted.threadSubject()).hasSize(2_000);
        assertThat(fitted.posterName()).hasSize(300);
        assertThat(fitted.attachments().getFirst().name()).hasSize(1_000);
        assertThat(fitted.body()).isEqualTo(message.body());
        assertThat(fitted.warnings())
                .containsExactly(
                        "an earlier warning",
                        "long.mbox, message 1: the attachment name is 1,005 characters long, cut to 1,000 to be"
                                + " stored; the original holds it whole",
                        "long.mbox, message 1: the Subject is 2,001 characters long, cut to 2,000 to be stored; the"
                                + " original holds it whole",
                        "long.mbox, message 1: the sender's name is 301 characters long, cut to 300 to be stored; the"
                                + " original holds it whole");
    }

    @Test
    void nul_characters_are_replaced_everywhere_keeping_offsets_and_the_duplicate_key() {
        ParsedMessage message = new ParsedMessage(
                null,
                "Bud\0get",
                "Ann",
                "ann@example.org",
                null,
                null,
                "id\0@example.org",
                null,
                List.of(),
                "The budget\0 is agreed.\0",
                "raw".getBytes(),
                "Bud\0get",
                "UTF-8",
                null,
                List.of(),
                List.of());

        ParsedMessage fitted = FieldLimits.fit(message, "nul.mbox, message 1");

        assertThat(fitted.subject()).isEqualTo("Bud\uFFFDget");
        assertThat(fitted.body()).isEqualTo("The budget\uFFFD is agreed.\uFFFD");
        assertThat(fitted.warnings())
                .containsExactly("nul.mbox, message 1: 4 NUL characters, which the database cannot store, are stored"
                        + " as \uFFFD");
        assertThat(MessageWriter.dedupeKey(fitted))
                .as("the key of the stored copy, as the id read whole gives it")
                .isEqualTo(MessageWriter.messageIdKey(message.messageId()))
                .doesNotContain("\0");
    }

    @Test
    void a_body_longer_than_its_column_keeps_its_beginning_so_that_offsets_into_it_still_hold() {
        String body = "The budget is agreed.\n" + "x".repeat(FieldLimits.BODY);
        ParsedMessage message = new ParsedMessage(
                null,
                "Log",
                "Ann",
                "ann@example.org",
                null,
                null,
                "<log@x>",
                null,
                List.of(),
                body,
                "raw".getBytes(),
                "Log",
                "UTF-8",
                null,
                List.of(),
                List.of());

        ParsedMessage fitted = FieldLimits.fit(message, "log.mbox, message 1");

        assertThat(fitted.body())
                .hasSize(FieldLimits.BODY)
                .startsWith("The budget is agreed.\nxxx")
                .endsWith("…");
        assertThat(fitted.warnings())
                .containsExactly("log.mbox, message 1: the body is 10,000,022 characters long, cut to 10,000,000 to be"
                        + " stored; the original holds it whole");
    }

    @Test
    void of_too_many_references_the_newest_are_kept_for_they_place_the_message_in_its_thread() {
        List<String> references = java.util.stream.IntStream.range(0, 2_000)
                .mapToObj(i -> "%060d@x".formatted(i))
                .toList();

        ParsedMessage fitted =
                FieldLimits.fit(message("Re: Budget", "Ann", references, List.of()), "m.mbox, message 9");

        assertThat(String.join("\n", fitted.references()).length()).isLessThanOrEqualTo(FieldLimits.REFERENCES);
        assertThat(fitted.references()).endsWith(references.getLast()).doesNotContain(references.getFirst());
        assertThat(fitted.references())
                .isEqualTo(references.subList(2_000 - fitted.references().size(), 2_000));
    }

    private static ParsedMessage message(
            String subject, String posterName, List<String> references, List<Attachment> attachments) {
        return new ParsedMessage(
                "bestbits",
                subject,
                posterName,
                "ann@example.org",
                null,
                null,
                "<id@example.org>",
                null,
                references,
                "The body.",
                "raw".getBytes(),
                subject,
                "UTF-8",
                null,
                attachments,
                List.of("an earlier warning"));
    }
}
