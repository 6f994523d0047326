package org.caucus.corpus.importing;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;

/**
 * A list's information page, which analysts often have at hand instead of its archive's address: Mailman 2's {@code
 * listinfo} page links to the pipermail archive ("visit the ... Archives"), and Mailman 3's list page to the
 * HyperKitty archive.
 */
final class ListInfoPage {

    // A pipermail archive is the folder named for the list under "pipermail", or under "private" when only the
    // list's members may read it.
    private static final Pattern PIPERMAIL_ARCHIVE = Pattern.compile("^.*/(?:pipermail|private)/[^/]+/?$");

    private ListInfoPage() {}

    /**
     * The archive the page links to on its own server; empty when it links to none, or to the archives of several
     * lists (a server's list of lists), since which one is meant cannot be told.
     */
    static Optional<URI> archiveLinked(Document page, URI pageUri) {
        Set<URI> archives = new LinkedHashSet<>();
        for (URI link : PageLinks.onItsServer(page, pageUri)) {
            archive(link).ifPresent(archives::add);
        }
        return archives.size() == 1 ? Optional.of(archives.iterator().next()) : Optional.empty();
    }

    private static Optional<URI> archive(URI uri) {
        Optional<URI> hyperkitty = HyperkittyListPage.listAddress(uri);
        if (hyperkitty.isPresent()
                || !PIPERMAIL_ARCHIVE.matcher(uri.getRawPath()).matches()) {
            return hyperkitty;
        }
        String folder = uri.getRawPath().endsWith("/") ? uri.getRawPath() : uri.getRawPath() + "/";
        return Optional.of(uri.resolve(folder));
    }
}
