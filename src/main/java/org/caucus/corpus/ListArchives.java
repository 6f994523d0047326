package org.caucus.corpus;

import org.caucus.corpus.importing.ListArchiveFetcher;
import org.caucus.project.Project;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Reads what a list's archive on the web (pipermail or HyperKitty) offers, without downloading any of its months. */
@Service
public class ListArchives {

    /**
     * The months the list's archive index offers.
     *
     * @param project the project the analyst would import into: only its owners may have the server fetch addresses
     * @throws ListArchiveFetcher.FetchException when the address is not an http(s) URL, the index cannot be fetched
     *     or offers no months; the message names the address and says why
     */
    @PreAuthorize("@projectAccess.canOwn(#project?.id)")
    public ListArchive months(Project project, String listUrl) throws ListArchiveFetcher.FetchException {
        try (ListArchiveFetcher fetcher = new ListArchiveFetcher()) {
            ListArchiveFetcher.ListIndex index = fetcher.index(listUrl);
            return new ListArchive(
                    index.listName(),
                    index.months().stream()
                            .map(ListArchiveFetcher.MonthlyArchive::month)
                            .toList());
        }
    }
}
