import java.io.File;

import org.jbake.app.Oven;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

/**
 * What a plain JBake user does: bake a source folder (jbake.properties, templates/, content/) into an output folder.
 * Usage: java PlainJBakeBake SOURCE_DIR OUTPUT_DIR. Exit 1 if JBake reports any error.
 */
public class PlainJBakeBake {
    public static void main(String[] args) throws Exception {
        File source = new File(args[0]);
        File output = new File(args[1]);
        JBakeConfiguration config = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(source, output, true);
        Oven oven = new Oven(config);
        oven.bake();
        if (!oven.getErrors().isEmpty()) {
            oven.getErrors().forEach(e -> System.err.println("JBake error: " + e));
            System.exit(1);
        }
        System.exit(0); // do not wait for OrientDB's non-daemon threads
    }
}
