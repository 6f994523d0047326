package org.caucus.cli;

import java.util.List;
import java.util.function.Supplier;
import org.caucus.coding.CodedPassage;
import org.caucus.coding.CodingRequest;
import org.caucus.coding.CodingService;
import org.caucus.coding.Highlight;

/**
 * One simulated coder at work: every read and save of the load check goes through here, in the
 * coder's name. This is the one place where a thread becomes a coder, so that once the services
 * ask who is logged in, only {@link #asThisCoder} has to set that up.
 */
final class CoderSession {

    private final CodingService coding;
    private final String coder;

    CoderSession(CodingService coding, String coder) {
        this.coding = coding;
        this.coder = coder;
    }

    String coder() {
        return coder;
    }

    List<Highlight> read(long messageId) {
        return asThisCoder(() -> coding.highlights(messageId));
    }

    Highlight code(CodingRequest request) {
        return asThisCoder(() -> coding.codeAs(coder, request));
    }

    Highlight edit(Highlight seen, CodingRequest changed) {
        return asThisCoder(() -> coding.editAs(coder, seen.id(), seen.version(), changed));
    }

    CodedPassage delete(Highlight seen) {
        return asThisCoder(() -> coding.deleteAs(coder, seen.id(), seen.version()));
    }

    /** Runs a service call as this coder; the services take the coder's name as an argument today. */
    private <T> T asThisCoder(Supplier<T> call) {
        return call.get();
    }
}
