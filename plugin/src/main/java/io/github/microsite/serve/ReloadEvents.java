package io.github.microsite.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/**
 * Server-sent events to every open page: {@code reload} after a good bake, {@code problems} (JSON) after a failed
 * one. A stream that cannot be written to is a closed tab: it is dropped and its request thread released.
 */
final class ReloadEvents {

    /** An open page's event stream; {@code closed} releases the request thread that keeps it open. */
    record Listener(OutputStream out, CountDownLatch closed) {
        Listener(OutputStream out) {
            this(out, new CountDownLatch(1));
        }

        void close() {
            try {
                out.close();
            } catch (IOException e) {
                // The tab is gone already; nothing to tell anyone.
            }
            closed.countDown();
        }
    }

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    /** Keeps the stream until it fails or the server closes; blocks the calling request thread until then. */
    void listen(OutputStream out) throws InterruptedException {
        Listener listener = new Listener(out);
        listeners.add(listener);
        listener.closed().await();
    }

    int listenerCount() {
        return listeners.size();
    }

    void send(String event, String data) {
        for (Listener listener : listeners) {
            if (!write(listener.out(), event, data)) {
                listeners.remove(listener);
                listener.close();
            }
        }
    }

    static boolean write(OutputStream out, String event, String data) {
        StringBuilder message = new StringBuilder("event: ").append(event).append('\n');
        for (String line : data.split("\n", -1)) {
            message.append("data: ").append(line).append('\n');
        }
        message.append('\n');
        try {
            out.write(message.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    void closeAll() {
        listeners.forEach(Listener::close);
        listeners.clear();
    }
}
