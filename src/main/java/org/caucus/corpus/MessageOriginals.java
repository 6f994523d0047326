package org.caucus.corpus;

import java.util.List;
import java.util.Optional;
import org.caucus.project.NotFoundWhenDenied;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.method.HandleAuthorizationDenied;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each message as it was read from its archive: its details, and its bytes unchanged, so that an analyst can check
 * the text Caucus shows against what the list published.
 */
@Service
@Transactional(readOnly = true)
public class MessageOriginals {

    private final MessageRepository messages;
    private final ImportProblemRepository problems;

    MessageOriginals(MessageRepository messages, ImportProblemRepository problems) {
        this.messages = messages;
        this.problems = problems;
    }

    @PreAuthorize("@corpusAccess.canReadMessage(#messageId)")
    @HandleAuthorizationDenied(handlerClass = NotFoundWhenDenied.class)
    public Optional<MessageDetails> details(long messageId) {
        return messages.findById(messageId)
                .map(message -> new MessageDetails(
                        message.getSourceName(),
                        message.getMessageId(),
                        message.getInReplyTo(),
                        message.getDateHeader(),
                        message.getCharset(),
                        message.getCharsetSource(),
                        List.copyOf(message.getAttachments()),
                        problems.findReasonsByMessageId(messageId),
                        message.getRawSize()));
    }

    /** The message's bytes exactly as they were read. */
    @PreAuthorize("@corpusAccess.canReadMessage(#messageId)")
    @HandleAuthorizationDenied(handlerClass = NotFoundWhenDenied.class)
    public Optional<byte[]> original(long messageId) {
        return messages.findById(messageId).map(Message::getRaw);
    }
}
