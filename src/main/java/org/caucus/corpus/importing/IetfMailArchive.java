package org.caucus.corpus.importing;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The IETF's lists, where much of the Internet's governance was argued. Their archive's pages at {@code
 * mailarchive.ietf.org} are built by script for browsing and searching, but the same mail is kept as a folder of
 * monthly mbox files, {@code https://www.ietf.org/mail-archive/text/LIST/2014-09.mail}. An analyst who gives an address
 * of the first (a list's page, a message, a search of one list) is read the second.
 */
final class IetfMailArchive {

    private static final String BROWSED_HOST = "mailarchive.ietf.org";
    private static final String TEXT_ARCHIVES = "https://www.ietf.org/mail-archive/text/";
    private static final Pattern LIST_PAGE = Pattern.compile("^/arch/(?:browse|msg)/([\\w.-]+)(?:/.*)?$");
    private static final Pattern SEARCH_PAGE = Pattern.compile("^/arch/search/?$");
    private static final Pattern SEARCHED_LIST = Pattern.compile("(?:^|&)email_list=([\\w.-]+)(?:&|$)");

    private IetfMailArchive() {}

    /** The folder of the list's monthly mbox files, when {@code uri} is a page of one list at mailarchive.ietf.org. */
    static Optional<URI> textArchive(URI uri) {
        if (!BROWSED_HOST.equalsIgnoreCase(uri.getHost()) || uri.getRawPath() == null) {
            return Optional.empty();
        }
        Matcher page = LIST_PAGE.matcher(uri.getRawPath());
        if (page.matches()) {
            return Optional.of(URI.create(TEXT_ARCHIVES + page.group(1) + "/"));
        }
        if (SEARCH_PAGE.matcher(uri.getRawPath()).matches() && uri.getRawQuery() != null) {
            Matcher searched = SEARCHED_LIST.matcher(uri.getRawQuery());
            if (searched.find()) {
                return Optional.of(URI.create(TEXT_ARCHIVES + searched.group(1) + "/"));
            }
        }
        return Optional.empty();
    }
}
