package org.caucus.corpus.importing;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.caucus.corpus.importing.ListArchiveFetcher.FetchException;

/**
 * What an analyst gives as a list's archive on the web, and which page Caucus reads for it. Analysts copy whatever
 * address they have at hand: a message's page, a month's file, a page of the IETF's archive. Each is taken back to the
 * page that lists all of the list's months.
 */
public final class ListArchiveAddress {

    private static final Pattern USER_INFO = Pattern.compile("^(\\s*[A-Za-z][A-Za-z0-9+.-]*://)[^/?#]*@");

    private ListArchiveAddress() {}

    /**
     * The index page's address: an absolute http(s) URL whose path ends with a slash (or names an HTML page). For a
     * page of a HyperKitty archive it is the list's overview, for a message or month page of a pipermail archive the
     * archive's index, since those list all the months, and for a list's page at the IETF's mail archive the folder of
     * its monthly mbox files.
     */
    static URI indexUri(String listUrl) throws FetchException {
        String given = listUrl == null ? "" : listUrl.strip();
        if (given.isEmpty()) {
            throw new FetchException("no list URL given; a list's archive is read from an address such as"
                    + " https://host/pipermail/list/ or https://host/archives/list/list@host/");
        }
        URI uri;
        try {
            uri = new URI(given);
        } catch (URISyntaxException e) {
            throw new FetchException(given + ": not a valid URL (" + e.getReason() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(given + ": not an http or https URL; a list's archive is read from an address"
                    + " such as https://host/pipermail/list/ or https://host/archives/list/list@host/");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new FetchException(given + ": the URL names no host");
        }
        if (uri.getRawUserInfo() != null) {
            throw new FetchException(withoutUserInfo(given) + ": the URL holds a user name or password, which Caucus"
                    + " does not send (it reads public archives only) and does not keep; give it without them");
        }
        Optional<URI> hyperkitty = HyperkittyListPage.listAddress(uri);
        if (hyperkitty.isPresent()) {
            // A month's or a thread's page was given: the overview lists all the months.
            return hyperkitty.get();
        }
        Optional<URI> ietf = IetfMailArchive.textArchive(uri);
        if (ietf.isPresent()) {
            return ietf.get();
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty()
                ? "/"
                : MonthFilesIndexPage.archiveFolder(uri.getRawPath());
        String lowerPath = path.toLowerCase(Locale.ROOT);
        if (!path.endsWith("/") && !lowerPath.endsWith(".html") && !lowerPath.endsWith(".htm")) {
            path = path + "/";
        }
        try {
            return new URI(uri.getScheme() + "://" + uri.getRawAuthority() + path
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        } catch (URISyntaxException e) {
            throw new FetchException(given + ": not a valid URL (" + e.getReason() + ")");
        }
    }

    /** The month whose file the address names, such as {@code .../2013-November.txt.gz}; empty for any other. */
    public static Optional<YearMonth> monthFileNamed(String address) {
        try {
            URI uri = new URI(address == null ? "" : address.strip());
            return uri.getRawPath() == null ? Optional.empty() : MonthFilesIndexPage.monthOfFile(uri.getRawPath());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * The address as it may be shown and kept: without a user name and password written into it
     * ("https://user:secret@host/" becomes "https://host/"). Any other text is returned as it is.
     */
    public static String withoutUserInfo(String address) {
        return address == null ? null : USER_INFO.matcher(address).replaceFirst("$1");
    }
}
