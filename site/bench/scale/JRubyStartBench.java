import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One fresh JVM's Asciidoctor: the time to create it (JRuby's start), to convert a first page, and then K pages more,
 * with the JRuby options given as -D on the java command line. Prints a hash of all the HTML, so runs with different
 * options show whether the output changed. Usage: java -cp PLUGIN-CLASSPATH JRubyStartBench.java PAGE.adoc K
 */
public final class JRubyStartBench {

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        Asciidoctor asciidoctor = Asciidoctor.Factory.create();
        long created = System.nanoTime();
        String text = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        Options options = Options.builder().safe(SafeMode.SAFE).standalone(false).build();
        int hash = asciidoctor.convert(text, options).hashCode();
        long first = System.nanoTime();
        int pages = Integer.parseInt(args[1]);
        for (int i = 0; i < pages; i++) {
            hash = 31 * hash + asciidoctor.convert(text, options).hashCode();
        }
        long done = System.nanoTime();
        System.out.printf("create %.2f s, first page %.2f s, %d more pages %.2f s, html hash %08x%n",
                (created - start) / 1e9, (first - created) / 1e9, pages, (done - first) / 1e9, hash);
    }
}
