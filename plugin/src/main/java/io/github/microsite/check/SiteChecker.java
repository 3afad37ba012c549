package io.github.microsite.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Runs every rule over a site, except those switched off, each with its reason. */
public final class SiteChecker {

    /** Every rule, in the order their findings are listed. */
    public static final List<Rule> RULES = List.of(new BrokenLinksRule(), new MissingResourcesRule(),
            new ExternalResourcesRule(), new InlineScriptsRule(), new LangRule(), new TitleRule(),
            new DescriptionRule(), new SingleH1Rule(), new HeadingOrderRule(), new ImageAltRule(),
            new DuplicateIdsRule(), new SitemapRule(), new FileNamesRule());

    /**
     * What a check found.
     *
     * @param findings    every finding, by page, then rule order, then element
     * @param switchedOff the rules not run, each with the reason given for it
     */
    public record Report(List<Finding> findings, Map<String, String> switchedOff) {
        public boolean passed() {
            return findings.isEmpty();
        }
    }

    private final Map<String, String> switchedOff;

    /**
     * @param switchedOff rule name → why it is off; an unknown name or a missing reason is refused, so a typo never
     *                    quietly leaves a rule on, and nobody switches one off without saying why
     * @throws IllegalArgumentException naming the rule and what to write instead
     */
    public SiteChecker(Map<String, String> switchedOff) {
        Map<String, String> off = new TreeMap<>(switchedOff == null ? Map.of() : switchedOff);
        for (Map.Entry<String, String> rule : off.entrySet()) {
            if (RULES.stream().noneMatch(known -> known.name().equals(rule.getKey()))) {
                throw new IllegalArgumentException("unknown check rule '" + rule.getKey() + "' in skipRules; the rules are: "
                        + RULES.stream().map(Rule::name).collect(Collectors.joining(", ")));
            }
            if (rule.getValue() == null || rule.getValue().isBlank()) {
                throw new IllegalArgumentException("check rule '" + rule.getKey() + "' is switched off without a "
                        + "reason; write why, e.g. <" + rule.getKey() + ">the theme's logo has no text yet</"
                        + rule.getKey() + ">");
            }
        }
        this.switchedOff = Map.copyOf(off);
    }

    public Report check(CheckedSite site) {
        List<Finding> findings = new ArrayList<>();
        List<String> order = RULES.stream().map(Rule::name).toList();
        for (Rule rule : RULES) {
            if (!switchedOff.containsKey(rule.name())) {
                findings.addAll(rule.check(site));
            }
        }
        findings.sort(Comparator.comparing(Finding::page).thenComparing(finding -> order.indexOf(finding.rule())));
        return new Report(List.copyOf(findings), new TreeMap<>(switchedOff));
    }
}
