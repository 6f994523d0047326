package org.caucus.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caucus.corpus.RunningThreads.Stored;
import org.caucus.corpus.ThreadBuilder.Node;
import org.caucus.corpus.ThreadBuilder.Placement;
import org.junit.jupiter.api.Test;

class RunningThreadsTest {

    @Test
    void replies_arriving_after_what_they_answer_are_written_in_their_final_place() {
        RunningThreads sut = new RunningThreads(List.of());
        List<Node> arriving = List.of(
                node(1, "<a>", null, List.of(), "topic", 1),
                node(2, "<b>", "<a>", List.of("<a>"), "topic", 2),
                node(3, "<c>", "<b>", List.of("<a>", "<b>"), "topic", 3),
                node(4, null, null, List.of(), "topic", 4),
                node(5, "<e>", null, List.of(), "other", 5));

        Map<Long, Placement> written = placeAll(sut, arriving);

        assertThat(written).as("places written").isEqualTo(ThreadBuilder.thread(arriving));
        assertThat(sut.moves()).as("messages to move afterwards").isEmpty();
    }

    @Test
    void the_nearest_message_the_archive_holds_is_the_parent_when_the_one_answered_is_missing() {
        RunningThreads sut = new RunningThreads(List.of());
        List<Node> arriving = List.of(
                node(1, "<a>", null, List.of(), "topic", 1),
                node(2, "<c>", "<lost>", List.of("<a>", "<lost>"), "topic", 2),
                node(3, "<d>", "<lost>", List.of("<a>", "<lost>"), "topic", 3),
                node(4, "<x>", "<gone>", List.of("<gone>"), "elsewhere", 4),
                node(5, "<y>", "<gone>", List.of("<gone>"), "elsewhere", 5));

        Map<Long, Placement> written = placeAll(sut, arriving);

        assertThat(written.get(2L)).as("reply under a lost message").isEqualTo(new Placement(1L, 1));
        assertThat(written.get(5L))
                .as("second reply to a message whose whole thread is lost")
                .isEqualTo(new Placement(null, 4));
        assertThat(sut.moves()).as("messages to move afterwards").isEmpty();
    }

    @Test
    void a_reply_read_before_what_it_answers_is_moved_once_everything_is_written() {
        RunningThreads sut = new RunningThreads(List.of());
        List<Node> arriving = List.of(
                node(2, "<b>", "<a>", List.of("<a>"), "topic", 2),
                node(1, "<a>", null, List.of(), "topic", 1),
                node(3, "<c>", "<b>", List.of("<a>", "<b>"), "topic", 3));

        Map<Long, Placement> written = placeAll(sut, arriving);
        written.putAll(sut.moves());

        assertThat(sut.moves()).as("messages to move afterwards").containsOnlyKeys(2L, 3L);
        assertThat(written).as("places once moved").isEqualTo(ThreadBuilder.thread(arriving));
    }

    @Test
    void a_new_message_joins_the_thread_of_a_message_stored_by_an_earlier_import() {
        Node old = node(10, "<a>", null, List.of(), "topic", 1);
        RunningThreads sut = new RunningThreads(List.of(new Stored(old, new Placement(null, 10), null)));

        Placement placed = sut.place(node(11, "<b>", "<a>", List.of("<a>"), "topic", 2), null);

        assertThat(placed).as("place of the reply").isEqualTo(new Placement(10L, 10));
        assertThat(sut.moves()).as("messages to move afterwards").isEmpty();
    }

    @Test
    void stored_messages_that_were_never_threaded_are_all_moved() {
        Node first = node(10, "<a>", null, List.of(), "topic", 1);
        Node reply = node(11, "<b>", "<a>", List.of("<a>"), "topic", 2);
        RunningThreads sut = new RunningThreads(List.of(new Stored(first, null, null), new Stored(reply, null, null)));

        assertThat(sut.moves())
                .as("places to write")
                .isEqualTo(Map.of(10L, new Placement(null, 10), 11L, new Placement(10L, 10)));
    }

    private static Map<Long, Placement> placeAll(RunningThreads sut, List<Node> nodes) {
        Map<Long, Placement> written = new HashMap<>();
        nodes.forEach(node -> written.put(node.id(), sut.place(node, null)));
        return written;
    }

    private static Node node(
            long id, String messageId, String inReplyTo, List<String> references, String subject, long minute) {
        return new Node(id, messageId, inReplyTo, references, subject, Instant.ofEpochSecond(60 * minute));
    }
}
