package org.caucus.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An import of a single e-mail file is the commonest small import: its progress speaks of one message. */
class ImportProgressTextTest {

    private final ImportCounts oneMessage = new ImportCounts(1, 1, 0, 0, 0);

    @Test
    void a_single_message_is_counted_in_the_singular_while_it_is_read_and_finished() {
        assertThat(ImportProgressText.reading(oneMessage, 1.0, 1, 1)).startsWith("1 message, 1/s");
        assertThat(ImportProgressText.finishing(ImportProgress.Step.THREADS, oneMessage))
                .isEqualTo("1 message stored. Placing it in its thread…");
        assertThat(ImportProgressText.finishing(ImportProgress.Step.EARLIER_QUOTES, oneMessage))
                .isEqualTo("1 message stored. Looking for it in the quotes of messages imported before…");
    }

    @Test
    void a_project_of_one_message_is_named_as_such_before_the_import_reads_it() {
        assertThat(ImportProgressText.readingThreads(1))
                .isEqualTo("Reading the threads of the 1 message the project holds, to place the new ones in them…");
    }
}
