package io.github.microsite.convert;

/**
 * The one converter of this plugin's class loader. Starting JRuby and Asciidoctor costs seconds and a class loader
 * that has started and closed it keeps thousands of its classes, so a JVM that runs many builds (a Maven daemon such
 * as mvnd, an IDE's embedded Maven) should start it once: the plugin's class loader lives as long as the daemon
 * caches the plugin, and so does this converter; it is closed when the JVM exits.
 *
 * <p>The one piece of static mutable state in the plugin, on purpose: it is what "the life of the class loader"
 * means. Builds take turns with it ({@link #lock()}); inside a build it converts pages on several threads.</p>
 */
public final class SharedConverter {

    private static AsciidocConverter converter;
    private static final Object LOCK = new Object();

    private SharedConverter() {
    }

    /** The class loader's converter, created on first use; Asciidoctor itself starts only when a page needs it. */
    public static AsciidocConverter get() {
        synchronized (LOCK) {
            if (converter == null) {
                AsciidocConverter created = new AsciidocConverter();
                Runtime.getRuntime().addShutdownHook(new Thread(created::close, "microsite-asciidoctor-close"));
                converter = created;
            }
            return converter;
        }
    }

    /** Held by a build for as long as it uses the converter, so two builds in one JVM never convert at once. */
    public static Object lock() {
        return LOCK;
    }
}
