package org.caucus.corpus.importing;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/** Streams a body into a file, and gives up (cancelling the download) once it passes the bound. */
final class BoundedFileSubscriber implements HttpResponse.BodySubscriber<Path> {

    /** The body passed the size bound. */
    static final class TooLargeException extends IOException {

        TooLargeException() {
            super("larger than the size limit");
        }
    }

    private final Path file;
    private final long maxBytes;
    private final long declaredBytes;
    private final CompletableFuture<Path> result = new CompletableFuture<>();
    private Flow.Subscription subscription;
    private FileChannel channel;
    private long written;

    BoundedFileSubscriber(Path file, long maxBytes, long declaredBytes) {
        this.file = file;
        this.maxBytes = maxBytes;
        this.declaredBytes = declaredBytes;
    }

    @Override
    public CompletionStage<Path> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        if (declaredBytes > maxBytes) {
            fail(new TooLargeException());
            return;
        }
        try {
            channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            fail(e);
            return;
        }
        subscription.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        try {
            for (ByteBuffer buffer : items) {
                written += buffer.remaining();
                if (written > maxBytes) {
                    fail(new TooLargeException());
                    return;
                }
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            }
        } catch (IOException e) {
            fail(e);
            return;
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable throwable) {
        closeChannel();
        result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
        try {
            if (channel != null) {
                channel.close();
            }
            result.complete(file);
        } catch (IOException e) {
            result.completeExceptionally(e);
        }
    }

    private void fail(IOException e) {
        subscription.cancel();
        closeChannel();
        result.completeExceptionally(e);
    }

    private void closeChannel() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the download has failed already; the file is deleted by the caller
            }
        }
    }
}
