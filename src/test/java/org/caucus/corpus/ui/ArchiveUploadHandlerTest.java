package org.caucus.corpus.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.streams.UploadEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArchiveUploadHandlerTest {

    private static final long LIMIT = 200L << 20;

    final List<String> refusals = new ArrayList<>();
    final List<String> stored = new ArrayList<>();
    final ArchiveUploadHandler sut =
            new ArchiveUploadHandler(LIMIT, (metadata, file) -> stored.add(metadata.fileName()), refusals::add);

    @Test
    void an_upload_larger_than_the_limit_is_refused_by_its_declared_size_before_it_is_read() throws Exception {
        VaadinRequest request = mock(VaadinRequest.class);
        UploadEvent upload = new UploadEvent(
                request, null, null, "2013-November.txt.gz", 350L << 20, "application/gzip", null, null);

        sut.handleUploadRequest(upload);

        assertThat(upload.isRejected()).as("refused").isTrue();
        assertThat(upload.getRejectionMessage())
                .as("reason shown beside the file")
                .isEqualTo("2013-November.txt.gz is 350.0 MB, larger than the 200.0 MB an upload may be."
                        + " Nothing was read.");
        assertThat(refusals).as("reason shown on the page").containsExactly(upload.getRejectionMessage());
        verify(request, never()).getInputStream();
        assertThat(stored).as("files stored").isEmpty();
    }

    @Test
    void vaadin_is_told_the_limit_for_uploads_of_unknown_size() {
        assertThat(sut.getFileSizeMax()).as("limit").isEqualTo(LIMIT);
    }
}
