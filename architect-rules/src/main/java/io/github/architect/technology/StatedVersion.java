package io.github.architect.technology;

import java.util.ArrayList;
import java.util.List;

/** A version as section 6 states it ("3.4", "3.4.x", "21+", "1.8") compared with a build's ("3.4.1"). */
final class StatedVersion {

    private StatedVersion() {
    }

    /** True when the build's version is the stated one: the same leading numbers, or at least them with "+". */
    static boolean agrees(String stated, String actual) {
        boolean orLater = stated.endsWith("+");
        List<Integer> want = numbers(stated);
        List<Integer> have = numbers(actual);
        if (want.isEmpty() || have.isEmpty()) {
            return true; // nothing to compare: not a drift we can prove
        }
        if (orLater) {
            for (int i = 0; i < want.size(); i++) {
                int mine = i < have.size() ? have.get(i) : 0;
                if (mine != want.get(i)) {
                    return mine > want.get(i);
                }
            }
            return true;
        }
        if (have.size() < want.size()) {
            return false;
        }
        return have.subList(0, want.size()).equals(want);
    }

    /** "1.8" is Java 8. */
    static String javaRelease(String version) {
        String trimmed = version.trim();
        return trimmed.startsWith("1.") ? trimmed.substring(2) : trimmed;
    }

    private static List<Integer> numbers(String version) {
        List<Integer> numbers = new ArrayList<>();
        for (String part : version.replaceAll("[+]$", "").split("\\.")) {
            if (!part.matches("\\d{1,9}")) {
                break;
            }
            numbers.add(Integer.parseInt(part));
        }
        return numbers;
    }
}
