package io.github.architect.baseline;

import io.github.architect.check.Violation;

import java.util.List;

/**
 * Today's findings split by a baseline.
 *
 * @param newFindings findings the baseline does not accept: reported and failing as without a baseline
 * @param baselined   findings the baseline accepts: counted, not failing
 * @param stale       baseline entries (with the unmatched count) no finding matched any more: fixed
 */
public record BaselineMatch(List<Violation> newFindings, List<Violation> baselined, List<BaselineEntry> stale) {

    public BaselineMatch {
        newFindings = List.copyOf(newFindings);
        baselined = List.copyOf(baselined);
        stale = List.copyOf(stale);
    }
}
