package io.github.architect.code;

/**
 * One resolved dependency of a module: a library the module declares, or one that arrives through
 * such a library.
 *
 * @param groupId    Maven groupId
 * @param artifactId Maven artifactId
 * @param version    the resolved version, or empty when unknown
 * @param scope      compile, provided, runtime or system (test scope is not the system's stack)
 * @param via        {@code groupId:artifactId} of the dependency the module declares through which
 *                   this one arrives; its own key when the module declares it
 */
public record BuildDependency(String groupId, String artifactId, String version, String scope, String via) {

    public BuildDependency {
        version = version == null ? "" : version;
        scope = scope == null || scope.isEmpty() ? "compile" : scope;
        via = via == null || via.isEmpty() ? groupId + ":" + artifactId : via;
    }

    /** A dependency the module declares itself. */
    public static BuildDependency direct(String groupId, String artifactId, String version, String scope) {
        return new BuildDependency(groupId, artifactId, version, scope, null);
    }

    public String key() {
        return groupId + ":" + artifactId;
    }

    public boolean isDirect() {
        return via.equals(key());
    }

    /** The declared dependency it arrives through: its groupId and artifactId. */
    public String viaArtifactId() {
        int colon = via.indexOf(':');
        return colon < 0 ? via : via.substring(colon + 1);
    }

    @Override
    public String toString() {
        return key() + (version.isEmpty() ? "" : ":" + version);
    }
}
