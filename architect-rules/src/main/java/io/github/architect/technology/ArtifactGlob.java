package io.github.architect.technology;

import java.util.regex.Pattern;

/** {@code groupId:artifactId} with {@code *} matching any run of characters, e.g. {@code org.mongodb:mongodb-driver*}. */
record ArtifactGlob(String text, Pattern pattern) {

    static ArtifactGlob of(String text) {
        String trimmed = text.trim();
        String glob = trimmed.contains(":") ? trimmed : trimmed + ":*";
        StringBuilder regex = new StringBuilder();
        for (String literal : glob.split("\\*", -1)) {
            if (regex.length() > 0) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(literal));
        }
        return new ArtifactGlob(trimmed, Pattern.compile(regex.toString()));
    }

    boolean matches(String groupId, String artifactId) {
        return pattern.matcher(groupId + ":" + artifactId).matches();
    }
}
