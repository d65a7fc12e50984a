package io.github.architect.check;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import java.util.function.Predicate;

/**
 * The declared-against-implemented loop the contract checks (endpoints, operations, events) share.
 * Per module, each item the code has is matched with the document's declarations: matching none, it
 * is undeclared; matching only declarations of another owner (service, producer, consumer), it is in
 * the wrong place. Once the whole build is scanned, each declaration nothing in the code accounted for
 * is reported once, in the document's order. What "matches", "owner" and "accounted for" mean stays
 * with each check; the loop and its order live here.
 */
public final class ContractMatching {

    private ContractMatching() {
    }

    /** How one item of the code stands against the declarations. */
    public enum Standing {
        /** No declaration matches it. */
        UNDECLARED,
        /** Declarations match it, none of them of its owner. */
        ELSEWHERE,
        /** A declaration of its owner (or of no particular owner) matches it. */
        DECLARED
    }

    /**
     * @param standing how the code item stands
     * @param first    the first declaration matching it, in the document's order; null when undeclared
     */
    public record Match<D>(Standing standing, D first) {
    }

    /**
     * @param matches   the declarations matching one code item, in the document's order
     * @param ownedHere whether a declaration belongs to the code item's owner
     */
    public static <D> Match<D> of(List<D> matches, Predicate<D> ownedHere) {
        if (matches.isEmpty()) {
            return new Match<>(Standing.UNDECLARED, null);
        }
        Standing standing = matches.stream().anyMatch(ownedHere) ? Standing.DECLARED : Standing.ELSEWHERE;
        return new Match<>(standing, matches.get(0));
    }

    /**
     * Hands each declaration that no item of the code accounted for to {@code report}, with its index,
     * in the document's order.
     */
    public static <D> void eachUnaccounted(List<D> declared, Predicate<D> accounted, ObjIntConsumer<D> report) {
        for (int i = 0; i < declared.size(); i++) {
            if (!accounted.test(declared.get(i))) {
                report.accept(declared.get(i), i);
            }
        }
    }

    /**
     * As {@link #eachUnaccounted(List, Predicate, ObjIntConsumer)}, but of several declarations with
     * the same key only the first: a declaration repeated is reported once.
     */
    public static <D, K> void eachUnaccounted(List<D> declared, Predicate<D> accounted, Function<D, K> key,
                                              ObjIntConsumer<D> report) {
        Set<K> reported = new HashSet<>();
        eachUnaccounted(declared, d -> accounted.test(d) || !reported.add(key.apply(d)), report);
    }

    /** A source file that cannot be parsed, reported at the file with what it leaves unchecked. */
    public static Violation unparseable(Rule rule, Location location, String problem, String notChecked) {
        String file = location.file().getFileName().toString();
        return Violation.builder(rule).at(location)
                .message("Cannot parse " + file + ": " + problem + "; " + notChecked + " are not checked")
                .hint(rule.help())
                .subjects(file)
                .build();
    }
}
