/**
 * Runs a build in a JVM of its own, started for it with a JIT suited to code that runs once (HotSpot's C1 only) and
 * a serial collector: on two cores that builds 1,000 pages in about 60 % of the time Maven's own JVM takes. What
 * crosses between the two JVMs is plain text, one JSON object per line: the {@link io.github.microsite.fork.BuildRequest}
 * goes in on the child's standard input; its log lines and its {@link io.github.microsite.fork.Outcome} come back on
 * its standard output. Nothing here knows what a build does; the mojo and the forked main class decide that.
 */
package io.github.microsite.fork;
