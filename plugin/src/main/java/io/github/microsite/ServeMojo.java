package io.github.microsite;

import io.github.microsite.convert.SharedConverter;
import io.github.microsite.model.SiteConfig;
import io.github.microsite.serve.Preview;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;

/**
 * Builds the site into memory, serves it at {@code http://<host>:<port><basePath>}, and rebuilds warm whenever the
 * content or theme folder changes; open pages reload themselves, or show the problems of a failed rebuild over the
 * last good page. Writes nothing to the output folder. Stop it with Ctrl-C.
 *
 * <p>Takes every parameter of {@code build}, plus {@code port} and {@code host}.</p>
 */
@Mojo(name = "serve", threadSafe = false, requiresProject = true)
public class ServeMojo extends BuildMojo {

    /** The port to serve on; 0 picks a free one. */
    @Parameter(property = "microsite.port", defaultValue = "8080")
    private int port;

    /** The address to bind. Loopback by default: a preview is for the author, not the network. */
    @Parameter(property = "microsite.host", defaultValue = "127.0.0.1")
    private String host;

    @Override
    public void execute() throws MojoExecutionException {
        SiteConfig config = siteConfig();
        CountDownLatch stopped = new CountDownLatch(1);
        // One Asciidoctor for the JVM: the class loader's, warm for every rebuild of the preview.
        try (Preview preview = new Preview(config, new Pipeline(SharedConverter.get()), host, port, this::report)) {
            getLog().info("Serving " + preview.url() + " (watching " + relative(config.contentDirectory().toFile())
                    + config.themeDirectory().map(theme -> " and " + relative(theme.toFile())).orElse("")
                    + "); Ctrl-C stops");
            Thread hook = new Thread(stopped::countDown, "microsite-serve-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            stopped.await();
        } catch (IOException e) {
            throw new MojoExecutionException("cannot serve on " + host + ":" + port + ": " + e.getMessage()
                    + "; choose another port with -Dmicrosite.port=…", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void report(Preview.BakeReport bake) {
        report(bake.site().problems());
        if (bake.site().hasErrors()) {
            getLog().error("Rebuild failed; still serving the last good site. Fix the problems above and save.");
        } else {
            getLog().info((bake.changed().isEmpty() ? "Built " : "Rebuilt ") + bake.site().pageCount()
                    + " page(s) in " + bake.millis() + " ms");
        }
    }
}
