package io.github.microsite.fork;

import io.github.microsite.model.BuildLog;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The forked JVM's side: reads the request, and writes the log lines and the end back to Maven. It keeps standard
 * output for itself (whatever else a library prints there goes to standard error, which Maven shows as warnings).
 */
public final class ForkChannel implements BuildLog {

    private final PrintStream wire;
    private final boolean debug;
    private final BuildRequest request;

    private ForkChannel(PrintStream wire, Wire.Request request) {
        this.wire = wire;
        this.debug = request.debug();
        this.request = request.build();
    }

    /** In the forked JVM's main: takes over standard output and reads the request from standard input. */
    public static ForkChannel open() throws IOException {
        PrintStream wire = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        return open(System.in, wire);
    }

    static ForkChannel open(InputStream in, PrintStream wire) throws IOException {
        String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
        if (line == null) {
            throw new IOException("no build request on standard input");
        }
        return new ForkChannel(wire, Wire.readRequest(line));
    }

    public BuildRequest request() {
        return request;
    }

    /** The last line: how the build ended. */
    public void end(Outcome outcome) {
        send(Wire.end(outcome));
    }

    @Override
    public boolean isDebugEnabled() {
        return debug;
    }

    @Override
    public void debug(String message) {
        if (debug) {
            send(Wire.log("debug", message));
        }
    }

    @Override
    public void info(String message) {
        send(Wire.log("info", message));
    }

    @Override
    public void warn(String message) {
        send(Wire.log("warn", message));
    }

    @Override
    public void error(String message) {
        send(Wire.log("error", message));
    }

    /** One line at a time, whole: the build logs from several threads. */
    private synchronized void send(String line) {
        wire.println(line);
    }
}
