package io.github.architect.cache;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The hex SHA-256 digests the caches key on: of a file's bytes, or of a sequence of strings. */
public final class Sha256 {

    private Sha256() {
    }

    /** The digest of a file's content. */
    public static String ofFile(Path path) throws IOException {
        MessageDigest digest = newDigest();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(path)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The digest of strings in order, each ended by a zero byte so that {@code ["ab", "c"]} and
     * {@code ["a", "bc"]} differ; a null part is a single byte 1, unlike every string.
     */
    public static String ofParts(Iterable<String> parts) {
        MessageDigest digest = newDigest();
        for (String part : parts) {
            if (part == null) {
                digest.update((byte) 1);
            } else {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
