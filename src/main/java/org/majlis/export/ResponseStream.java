package org.majlis.export;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;

/**
 * The body of a chunked response, written from a worker thread: bytes are sent in chunks of {@link #CHUNK}, and a
 * write waits while Vert.x's write queue is full, so a slow client holds back the export instead of letting its
 * output pile up in memory. A client that goes away fails the next write with an IOException, which ends the export.
 */
final class ResponseStream extends OutputStream {

    static final int CHUNK = 32 * 1024;

    private final HttpServerResponse response;
    private final byte[] chunk = new byte[CHUNK];
    private int size;
    private volatile boolean closed;
    private boolean ended;
    private volatile CompletableFuture<Void> drained;

    ResponseStream(HttpServerResponse response) {
        this.response = response;
        response.closeHandler(v -> {
            closed = true;
            CompletableFuture<Void> waiting = drained;
            if (waiting != null) {
                waiting.complete(null);
            }
        });
    }

    @Override
    public void write(int b) throws IOException {
        if (size == CHUNK) {
            send();
        }
        chunk[size++] = (byte) b;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        while (length > 0) {
            if (size == CHUNK) {
                send();
            }
            int n = Math.min(length, CHUNK - size);
            System.arraycopy(bytes, offset, chunk, size, n);
            size += n;
            offset += n;
            length -= n;
        }
    }

    /** Sends what is buffered and ends the response. */
    @Override
    public void close() throws IOException {
        if (!ended) {
            send();
            response.end();
            ended = true;
        }
    }

    private void send() throws IOException {
        if (size == 0) {
            return;
        }
        awaitRoom();
        response.write(Buffer.buffer(Arrays.copyOf(chunk, size)));
        size = 0;
    }

    private void awaitRoom() throws IOException {
        if (closed) {
            throw new IOException("the client closed the connection");
        }
        if (!response.writeQueueFull()) {
            return;
        }
        CompletableFuture<Void> waiting = new CompletableFuture<>();
        drained = waiting;
        response.drainHandler(v -> waiting.complete(null));
        if (response.writeQueueFull() && !closed) { // else it drained (or closed) before the handler was set
            try {
                waiting.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while the client was reading");
            } catch (ExecutionException e) {
                throw new IOException(e.getCause());
            }
        }
        drained = null;
        if (closed) {
            throw new IOException("the client closed the connection");
        }
    }
}
