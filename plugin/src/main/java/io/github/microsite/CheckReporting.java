package io.github.microsite;

import io.github.microsite.check.Finding;
import io.github.microsite.check.SiteChecker;
import io.github.microsite.model.BuildLog;

/** How {@code build} and {@code check} tell what the check rules found: the same lines in both. */
final class CheckReporting {

    private CheckReporting() {
    }

    /** Says which rules are off and why, then each finding as {@code page: element: what is wrong}. */
    static void log(SiteChecker.Report report, BuildLog log) {
        report.switchedOff().forEach((rule, reason) -> log.info("Check rule " + rule + " is off: " + reason));
        for (Finding finding : report.findings()) {
            log.error(finding.describe());
        }
    }

    /** Counts the findings only: each is in the log already, and Maven prints this message after the log. */
    static String failure(SiteChecker.Report report, String where) {
        return "The check found " + report.findings().size() + " problem(s) in " + where
                + "; each is listed above as page: element: what is wrong. Fix them, or switch a rule off with a"
                + " reason in <skipRules>.";
    }
}
