package org.caucus.corpus.ui;

import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.FileUploadCallback;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.util.Locale;

/**
 * Takes each dropped archive file into a temporary file, but refuses a file larger than the configured limit from its
 * declared size, before a byte of it is read: the browser's own check can be bypassed, and a refusal after reading
 * would already have filled the disk.
 */
final class ArchiveUploadHandler implements UploadHandler {

    private final long maxBytes;
    private final UploadHandler toTemporaryFile;
    private final SerializableConsumer<String> refused;

    /**
     * @param stored given each accepted file once it is written
     * @param refused given the reason, naming the file and the limit, for each file refused
     */
    ArchiveUploadHandler(long maxBytes, FileUploadCallback stored, SerializableConsumer<String> refused) {
        this.maxBytes = maxBytes;
        this.toTemporaryFile = UploadHandler.toTempFile(stored);
        this.refused = refused;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        if (event.getFileSize() > maxBytes) {
            String reason = event.getFileName() + " is " + megabytes(event.getFileSize()) + ", larger than the "
                    + megabytes(maxBytes) + " an upload may be. Nothing was read.";
            event.reject(reason);
            refused.accept(reason);
            return;
        }
        toTemporaryFile.handleUploadRequest(event);
    }

    /** Also tells Vaadin the limit, for uploads whose size is known only while they arrive. */
    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
