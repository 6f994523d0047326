package org.caucus.corpus.importing;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The links of an archive's page that Caucus may follow: those to the page's own server. A link or a redirect to
 * another server is that server's, whatever it holds, and is never read as the list's.
 */
final class PageLinks {

    private PageLinks() {}

    /** The page's links to its own server, absolute and without their #fragment, in the page's order. */
    static List<URI> onItsServer(Document page, URI pageUri) {
        List<URI> links = new ArrayList<>();
        for (Element link : page.select("a[href]")) {
            String href = link.absUrl("href");
            URI uri;
            try {
                uri = new URI(href);
            } catch (URISyntaxException e) {
                continue;
            }
            if (sameServer(uri, pageUri) && uri.getRawPath() != null) {
                links.add(uri.getRawFragment() == null ? uri : URI.create(href.substring(0, href.indexOf('#'))));
            }
        }
        return links;
    }

    /** The same scheme (http or https), host and port. */
    static boolean sameServer(URI uri, URI other) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https"))
                && scheme.equalsIgnoreCase(other.getScheme())
                && uri.getHost() != null
                && uri.getHost().equalsIgnoreCase(other.getHost())
                && port(uri) == port(other);
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    }
}
