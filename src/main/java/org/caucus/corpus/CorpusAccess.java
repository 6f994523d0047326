package org.caucus.corpus;

import java.util.Collection;
import org.caucus.project.ProjectAccess;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The services' access checks for what is reached by a message's or participant's id: the
 * project it belongs to decides. An id of another's project is refused as one that does not exist.
 */
@Component("corpusAccess")
@Transactional(readOnly = true)
public class CorpusAccess {

    private final MessageRepository messages;
    private final ParticipantRepository participants;
    private final ImportRunRepository importRuns;
    private final ImportProblemRepository importProblems;
    private final ProjectAccess projects;

    CorpusAccess(
            MessageRepository messages,
            ParticipantRepository participants,
            ImportRunRepository importRuns,
            ImportProblemRepository importProblems,
            ProjectAccess projects) {
        this.messages = messages;
        this.participants = participants;
        this.importRuns = importRuns;
        this.importProblems = importProblems;
        this.projects = projects;
    }

    public boolean canReadMessage(long messageId) {
        return messages.findProjectId(messageId).map(projects::canRead).orElse(false);
    }

    /** All of these messages lie in projects the one at work may read. */
    public boolean canReadMessages(Collection<Long> messageIds) {
        return messageIds.isEmpty()
                || messages.findProjectIds(messageIds).stream().allMatch(projects::canRead);
    }

    public boolean canCodeMessage(long messageId) {
        return messages.findProjectId(messageId).map(projects::canCode).orElse(false);
    }

    /** Owners settle what a message's passages say, such as the consensus of its coders. */
    public boolean canOwnMessage(long messageId) {
        return messages.findProjectId(messageId).map(projects::canOwn).orElse(false);
    }

    /**
     * A participant merged away meanwhile passes, so that the service can say it no longer exists;
     * there is nothing of it left to show.
     */
    public boolean canCodeParticipant(long participantId) {
        return participants.findProjectId(participantId).map(projects::canCode).orElse(true);
    }

    public boolean canReadImportRun(long runId) {
        return importRuns.findProjectId(runId).map(projects::canRead).orElse(false);
    }

    public boolean canReadImportProblem(long problemId) {
        return importProblems.findProjectId(problemId).map(projects::canRead).orElse(false);
    }
}
