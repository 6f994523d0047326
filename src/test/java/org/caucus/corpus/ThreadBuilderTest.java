package org.caucus.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.caucus.corpus.ThreadBuilder.Node;
import org.caucus.corpus.ThreadBuilder.Placement;
import org.junit.jupiter.api.Test;

class ThreadBuilderTest {

    @Test
    void references_chain_replies_under_the_message_they_answer() {
        Map<Long, Placement> sut = ThreadBuilder.thread(List.of(
                node(1, "<a>", null, List.of(), "topic", 1),
                node(2, "<b>", "<a>", List.of("<a>"), "topic", 2),
                node(3, "<c>", "<b>", List.of("<a>", "<b>"), "topic", 3)));

        assertThat(sut.get(1L)).as("thread start").isEqualTo(new Placement(null, 1));
        assertThat(sut.get(2L)).as("first reply").isEqualTo(new Placement(1L, 1));
        assertThat(sut.get(3L)).as("reply to the reply").isEqualTo(new Placement(2L, 1));
    }

    @Test
    void replies_to_a_message_missing_from_the_archive_share_a_thread_named_by_the_earliest() {
        Map<Long, Placement> sut = ThreadBuilder.thread(List.of(
                node(7, "<b>", "<lost>", List.of("<lost>"), "topic", 20),
                node(8, "<c>", "<lost>", List.of("<lost>"), "topic", 10)));

        assertThat(sut.get(7L)).as("first reply to the lost message").isEqualTo(new Placement(null, 8));
        assertThat(sut.get(8L)).as("second reply to the lost message").isEqualTo(new Placement(null, 8));
    }

    @Test
    void a_message_naming_no_parent_joins_the_earlier_thread_of_its_subject() {
        Map<Long, Placement> sut = ThreadBuilder.thread(List.of(
                node(1, "<a>", null, List.of(), "1net and civil society", 1),
                node(2, null, null, List.of(), "1net and civil society", 5),
                node(3, "<c>", null, List.of(), "something else", 6)));

        assertThat(sut.get(2L)).as("reply without headers").isEqualTo(new Placement(1L, 1));
        assertThat(sut.get(3L)).as("other subject").isEqualTo(new Placement(null, 3));
    }

    @Test
    void a_message_with_references_is_not_moved_by_its_subject() {
        Map<Long, Placement> sut = ThreadBuilder.thread(List.of(
                node(1, "<a>", null, List.of(), "topic", 1), node(2, "<b>", "<elsewhere>", List.of(), "topic", 2)));

        assertThat(sut.get(2L).parentId())
                .as("parent of a reply to a missing message")
                .isNull();
    }

    @Test
    void reference_loops_do_not_hang_and_every_message_is_placed() {
        Map<Long, Placement> sut = ThreadBuilder.thread(
                List.of(node(1, "<a>", "<b>", List.of("<b>"), "x", 1), node(2, "<b>", "<a>", List.of("<a>"), "x", 2)));

        assertThat(sut).as("placements").containsOnlyKeys(1L, 2L);
    }

    @Test
    void two_messages_with_one_message_id_are_both_placed() {
        Map<Long, Placement> sut = ThreadBuilder.thread(
                List.of(node(1, "<same>", null, List.of(), "x", 1), node(2, "<same>", null, List.of(), "y", 2)));

        assertThat(sut).as("placements").containsOnlyKeys(1L, 2L);
    }

    @Test
    void a_reply_chain_twenty_thousand_messages_deep_is_placed_whole() {
        List<Node> chain = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            chain.add(node(i, "<m" + i + ">", i == 0 ? null : "<m" + (i - 1) + ">", List.of(), "deep", i));
        }

        Map<Long, Placement> sut = ThreadBuilder.thread(chain);

        assertThat(sut.get(19_999L)).as("the last reply").isEqualTo(new Placement(19_998L, 0L));
        assertThat(sut.values()).as("one thread").allMatch(placement -> placement.threadId() == 0L);
    }

    @Test
    void a_message_naming_five_thousand_missing_ancestors_starts_its_thread() {
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            missing.add("<missing" + i + ">");
        }

        Map<Long, Placement> sut = ThreadBuilder.thread(List.of(node(1, "<m>", null, missing, "lost", 1)));

        assertThat(sut).as("placements").containsExactly(Map.entry(1L, new Placement(null, 1L)));
    }

    private static Node node(
            long id, String messageId, String inReplyTo, List<String> refs, String subject, int minute) {
        return new Node(
                id,
                messageId,
                inReplyTo,
                refs,
                subject,
                Instant.parse("2013-11-13T00:00:00Z").plusSeconds(60L * minute));
    }
}
