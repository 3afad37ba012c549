package io.github.microsite;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A test's main class run in a JVM of its own, with this test run's class path: for what only a new JVM shows. */
public final class FreshJvm {

    private FreshJvm() {
    }

    /** The command {@code java JVM-OPTIONS -cp TEST-CLASS-PATH MAIN-CLASS ARGS}, ready to start. */
    public static ProcessBuilder of(Class<?> mainClass, List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        // Surefire may start the tests from a jar whose manifest holds the class path; this property names it all.
        command.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }
}
