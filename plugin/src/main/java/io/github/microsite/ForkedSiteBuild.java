package io.github.microsite;

import io.github.microsite.convert.SharedConverter;
import io.github.microsite.fork.ForkChannel;
import io.github.microsite.fork.Outcome;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * The main class of a forked build ({@link io.github.microsite.fork.ForkedJvm}): the build goal's own {@link SiteBuild},
 * reading its request from Maven and sending its log lines and outcome back.
 */
public final class ForkedSiteBuild {

    private ForkedSiteBuild() {
    }

    public static void main(String[] args) throws Exception {
        ForkChannel channel = ForkChannel.open();
        Outcome outcome;
        try {
            new SiteBuild(channel.request(), channel).run(new Pipeline(SharedConverter.get()));
            outcome = Outcome.BUILT;
        } catch (SiteBuild.BuildFailure failure) {
            if (failure.getCause() != null) {
                channel.debug(stackTrace(failure.getCause()));
            }
            outcome = failure.outcome();
        } catch (RuntimeException | Error e) {
            channel.debug(stackTrace(e));
            outcome = Outcome.broke("The microsite build broke: " + e);
        }
        channel.end(outcome);
        // JRuby's threads would keep the JVM alive; its shutdown hook closes Asciidoctor.
        System.exit(0);
    }

    private static String stackTrace(Throwable e) {
        StringWriter text = new StringWriter();
        e.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
