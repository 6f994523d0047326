package org.caucus.corpus.ui;

import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;
import org.caucus.corpus.OriginalKind;

/**
 * A download of bytes kept exactly as an import read them, named and typed by what they are (a mail message, a saved
 * page or pasted text) so that it opens in the right program. The bytes are read only when it is asked for.
 */
public final class OriginalDownload {

    private OriginalDownload() {}

    /** @param baseName the file name without its extension, which the bytes decide */
    public static DownloadHandler of(String baseName, Supplier<byte[]> bytes) {
        return DownloadHandler.fromInputStream(download -> {
            byte[] original = bytes.get();
            OriginalKind kind = OriginalKind.of(original);
            return new DownloadResponse(
                    new ByteArrayInputStream(original), baseName + kind.extension(), kind.mimeType(), original.length);
        });
    }
}
