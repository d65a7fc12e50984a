package io.github.architect.cache;

/**
 * What the cache remembers about one input file. Size and modification time let an unchanged file
 * skip re-hashing (as git's index does); the SHA-256 is what the cache key is made of.
 */
public record FileDigest(long size, long modifiedNanos, String sha256) {
}
