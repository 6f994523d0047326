package org.caucus.corpus.importing;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.caucus.corpus.importing.ListArchiveFetcher.FetchException;
import org.caucus.corpus.importing.ListArchiveFetcher.Limits;

/**
 * Downloads one answer of a web server to a temporary file, within a size bound and the fetch's deadlines, or says
 * why not in words an analyst can act on (the HTTP status, which deadline passed, the size bound), naming the URL.
 */
final class HttpDownloads {

    private static final String USER_AGENT = "Caucus mailing-list importer";

    private final HttpClient client;
    private final Limits limits;

    HttpDownloads(HttpClient client, Limits limits) {
        this.client = client;
        this.limits = limits;
    }

    /**
     * A downloaded answer.
     *
     * @param file a new temporary file, which the caller deletes
     * @param finalUri where the server finally answered from, after redirects
     */
    record Downloaded(Path file, URI finalUri) {}

    /** Downloads {@code uri} to a new temporary file whose name ends with {@code suffix}. */
    Downloaded download(URI uri, long maxBytes, String suffix) throws FetchException {
        Path file;
        try {
            file = Files.createTempFile("caucus-", suffix);
        } catch (IOException e) {
            throw new FetchException(uri + ": could not be downloaded: no temporary file (" + e.getMessage() + ")");
        }
        boolean done = false;
        try {
            HttpResponse<Path> response = answer(uri, file, maxBytes);
            if (response.statusCode() / 100 == 3) {
                throw new FetchException(uri + ": could not be downloaded: the server answered HTTP status "
                        + response.statusCode() + ", sending it on too many times or to an address that is not http");
            }
            if (response.statusCode() != 200) {
                throw new FetchException(
                        uri + ": could not be downloaded: the server answered HTTP status " + response.statusCode());
            }
            done = true;
            return new Downloaded(file, response.uri());
        } finally {
            if (!done) {
                delete(file);
            }
        }
    }

    /** Deletes a downloaded file, or leaves it for the JVM to delete on exit when it cannot be deleted now. */
    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }

    private HttpResponse<Path> answer(URI uri, Path file, long maxBytes) throws FetchException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(limits.responseTimeout())
                .header("User-Agent", USER_AGENT)
                .GET()
                .build();
        HttpResponse.BodyHandler<Path> handler = info -> {
            if (info.statusCode() != 200) {
                return HttpResponse.BodySubscribers.replacing(null);
            }
            long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
            return new BoundedFileSubscriber(file, maxBytes, declared);
        };
        CompletableFuture<HttpResponse<Path>> future = client.sendAsync(request, handler);
        try {
            return future.get(limits.downloadTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new FetchException(
                    uri + ": could not be downloaded: not complete within " + describe(limits.downloadTimeout()));
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchException(uri + ": could not be downloaded: interrupted");
        } catch (ExecutionException e) {
            throw new FetchException(uri + ": could not be downloaded: " + describe(e.getCause(), maxBytes));
        }
    }

    private String describe(Throwable failure, long maxBytes) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BoundedFileSubscriber.TooLargeException) {
                return "larger than the limit of " + describeBytes(maxBytes);
            }
            if (t instanceof HttpConnectTimeoutException) {
                return "no connection within " + describe(limits.connectTimeout());
            }
            if (t instanceof HttpTimeoutException) {
                return "no answer within " + describe(limits.responseTimeout());
            }
            if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
                return "no such host";
            }
            if (t instanceof ConnectException || t instanceof ClosedChannelException) {
                return "the server refused or closed the connection";
            }
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : " (" + message + ")");
    }

    private static String describe(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    static String describeBytes(long bytes) {
        if (bytes >= (1L << 20) && bytes % (1L << 20) == 0) {
            return (bytes >> 20) + " MiB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return (bytes >> 10) + " KiB";
        }
        return bytes + " bytes";
    }
}
