package io.github.microsite.fork;

/**
 * How a build ended, as the mojo turns it into Maven's verdict.
 *
 * @param message empty when built; else what Maven prints at the end
 */
public record Outcome(Kind kind, String message) {

    public enum Kind {
        /** Published, or up to date. */
        BUILT,
        /** The content or the check found problems (each already logged): Maven's "build failure". */
        FAILED,
        /** The build could not run (a wrong parameter, an unreadable folder, a crash): Maven's "build error". */
        BROKE
    }

    public static final Outcome BUILT = new Outcome(Kind.BUILT, "");

    public static Outcome failed(String message) {
        return new Outcome(Kind.FAILED, message);
    }

    public static Outcome broke(String message) {
        return new Outcome(Kind.BROKE, message);
    }
}
