package io.github.architect.cache;

/**
 * What the cache remembers about one input file. Size, modification and change time let an unchanged
 * source file skip re-hashing (as git's index does); the SHA-256 is what the cache key is made of.
 *
 * @param changedNanos  the file's status change time ({@code ctime}), which no {@code touch -r} can set
 *                      back; -1 where the platform does not give it
 * @param verifiedNanos when the run that hashed the file started: a file modified at or after that may
 *                      have changed after it was hashed without its timestamp showing it ("racily clean")
 */
record FileDigest(long size, long modifiedNanos, long changedNanos, long verifiedNanos, String sha256) {
}
