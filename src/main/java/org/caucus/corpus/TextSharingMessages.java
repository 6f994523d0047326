package org.caucus.corpus;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the stored messages of a project that share passages with a few new ones, through an index of their words. An
 * import of a pasted page needs only those to trace quotes, where reading back every message of a large project took
 * seconds.
 */
public interface TextSharingMessages {

    /**
     * @param passages each passage's words, lower case; a message is found for a passage when its text holds at least
     *     half of them
     * @param perPassage at most how many messages to find for one passage: those holding most of its words first, and
     *     of those the earliest sent, since where a passage was first written is the earliest message holding it
     * @return the ids of the messages found; empty when the index cannot answer for every stored message now (it is
     *     being rebuilt, or an import's messages are still being added to it)
     */
    Optional<Set<Long>> sharingPassages(long projectId, List<Set<String>> passages, int perPassage);
}
