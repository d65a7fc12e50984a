package io.github.architect.schema.sources;

import java.util.ArrayList;
import java.util.List;

/** Repeatable annotations, written one by one or in their container ({@code @JoinColumns({...})}). */
public final class Repeated {

    private Repeated() {
    }

    public static List<JavaAnnotation> of(List<JavaAnnotation> annotations, String single, String container) {
        List<JavaAnnotation> found = new ArrayList<>();
        for (JavaAnnotation annotation : annotations) {
            if (annotation.name().equals(single)) {
                found.add(annotation);
            } else if (annotation.name().equals(container)) {
                found.addAll(annotation.annotations("value"));
            }
        }
        return found;
    }
}
