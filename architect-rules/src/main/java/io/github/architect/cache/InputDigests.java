package io.github.architect.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The content hashes of the build's input files for one run. Each directory is listed and each file
 * looked at once per run however many modules ask (inputs do not change during a build).
 *
 * <p>Between runs the hashes are kept in one file with each file's size and times. Only the many
 * source and class files may skip re-hashing, as in git's index: when size, modification time and
 * change time ({@code ctime}, where the platform gives it) are those recorded, and the file was last
 * modified before the run that hashed it started (a file modified in the same instant may have
 * changed after it was hashed: git's "racily clean" rule). Every other input (the document, poms,
 * linked contracts, application properties, migrations) is small and hashed on every run, so an edit
 * that keeps size and modification time ({@code touch -r}) is seen. Thread-safe.
 */
public final class InputDigests {

    private static final String HEADER = "architect input digests 2";
    /** Source and class files: the many inputs whose stat may stand for their content. */
    private static final List<String> STAT_TRUSTED = List.of(".java", ".class", ".kt", ".groovy", ".scala");
    /** Larger inputs of other kinds are rare (a binary resource); they get the stat rules too. */
    private static final long ALWAYS_HASHED_UP_TO = 16L * 1024 * 1024;
    /** Timestamps of some file systems are this coarse (FAT); a scan start is rounded down to it. */
    private static final long TIMESTAMP_GRANULARITY = TimeUnit.SECONDS.toNanos(2);

    private final Path file;
    private final long scanStarted = TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis());
    private volatile Map<String, FileDigest> previous;
    private final Map<String, FileDigest> current = new ConcurrentHashMap<>();
    private final Map<Path, List<Path>> listings = new ConcurrentHashMap<>();
    // size and modification time seen while listing, so that digesting a listed file needs no second stat
    private final Map<Path, long[]> seen = new ConcurrentHashMap<>();
    private final Map<List<Path>, String> contentFingerprints = new ConcurrentHashMap<>();
    private final Map<List<Path>, String> layoutFingerprints = new ConcurrentHashMap<>();
    private final AtomicBoolean changed = new AtomicBoolean();
    private final AtomicInteger hashed = new AtomicInteger();

    private InputDigests(Path file) {
        this.file = file;
    }

    /** Hashes kept in {@code file} between runs. */
    public static InputDigests storedIn(Path file) {
        return new InputDigests(file);
    }

    /** Hashes for this run only: every file is read once. */
    public static InputDigests inMemory() {
        return new InputDigests(null);
    }

    /** The regular files under {@code root} (a directory or a single file), sorted; none when it does not exist. */
    public List<Path> files(Path root) {
        Path normalized = root.toAbsolutePath().normalize();
        return listings.computeIfAbsent(normalized, this::list);
    }

    /** The SHA-256 of every file under the roots, by absolute path, sorted. */
    public Map<String, String> sha256(List<Path> roots) {
        Map<String, String> hashes = new TreeMap<>();
        for (Path root : roots) {
            for (Path file : files(root)) {
                hashes.put(file.toString(), digest(file).sha256());
            }
        }
        return hashes;
    }

    /**
     * One hash of the names and contents of every file under the roots: what a cache key needs,
     * computed once per run for a set of roots however many modules' lookups ask for it.
     */
    public String contentFingerprint(List<Path> roots) {
        return contentFingerprints.computeIfAbsent(List.copyOf(roots), r -> Sha256.ofParts(
                sha256(r).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
    }

    /** One hash of the names of every file under the roots (which module holds which class). */
    public String layoutFingerprint(List<Path> roots) {
        return layoutFingerprints.computeIfAbsent(List.copyOf(roots), r -> Sha256.ofParts(
                r.stream().flatMap(root -> files(root).stream()).map(Path::toString).sorted().toList()));
    }

    /**
     * The content hash of each file by its path, "" for a file that is not there and "unreadable"
     * for one that cannot be read: what a cached reading compares to tell that its inputs changed.
     */
    public Map<String, String> contentHashes(Collection<Path> files) {
        Map<String, String> hashes = new TreeMap<>();
        for (Path file : files) {
            String hash;
            try {
                hash = Files.isRegularFile(file) ? sha256(file) : "";
            } catch (UncheckedIOException e) {
                hash = "unreadable";
            }
            hashes.put(file.toString(), hash);
        }
        return hashes;
    }

    /** The SHA-256 of one file's content. */
    public String sha256(Path file) {
        return digest(file.toAbsolutePath().normalize()).sha256();
    }

    /** Every hash looked at in this run: the content of the build as it is now. */
    public Set<String> liveHashes() {
        Set<String> live = ConcurrentHashMap.newKeySet();
        current.values().forEach(d -> live.add(d.sha256()));
        return live;
    }

    /** How many files this run had to read to hash (new or touched since the stored run). */
    public int hashedCount() {
        return hashed.get();
    }

    /**
     * Stores this run's hashes, with earlier ones of files this run did not look at that still exist.
     * One line per file ({@code sha256 size mtime path}), read faster than JSON by a JVM that has just
     * started, which every {@code mvn verify} is.
     */
    public synchronized void save() throws IOException {
        if (file == null || !changed.getAndSet(false)) {
            return;
        }
        Map<String, FileDigest> all = new TreeMap<>(current);
        previous().forEach((path, digest) -> {
            if (!all.containsKey(path) && Files.isRegularFile(Path.of(path))) {
                all.put(path, digest);
            }
        });
        StringBuilder lines = new StringBuilder(all.size() * 160).append(HEADER).append('\n');
        all.forEach((path, d) -> lines.append(d.sha256()).append(' ').append(d.size()).append(' ')
                .append(d.modifiedNanos()).append(' ').append(d.changedNanos()).append(' ')
                .append(d.verifiedNanos()).append(' ').append(path).append('\n'));
        AtomicFile.write(file, lines);
    }

    private FileDigest digest(Path path) {
        String name = path.toString();
        FileDigest known = current.get(name);
        if (known != null) {
            return known;
        }
        try {
            long[] sizeAndTime = seen.get(path);
            if (sizeAndTime == null) {
                sizeAndTime = sizeAndTime(Files.readAttributes(path, BasicFileAttributes.class));
            }
            long size = sizeAndTime[0];
            long modified = sizeAndTime[1];
            FileDigest before = previous().get(name);
            FileDigest digest;
            if (before != null && before.size() == size && before.modifiedNanos() == modified
                    && statStandsForContent(path, size, modified, before)
                    && changeTime(path) == before.changedNanos()) {
                digest = before;
            } else {
                digest = new FileDigest(size, modified, changeTime(path), scanStarted, Sha256.ofFile(path));
                hashed.incrementAndGet();
                changed.set(true);
            }
            FileDigest raced = current.putIfAbsent(name, digest);
            return raced != null ? raced : digest;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether an unchanged stat may stand for unchanged content: a source file, not racily clean. */
    private static boolean statStandsForContent(Path path, long size, long modified, FileDigest before) {
        String name = path.getFileName().toString();
        boolean source = STAT_TRUSTED.stream().anyMatch(name::endsWith);
        if (!source && size <= ALWAYS_HASHED_UP_TO) {
            return false;
        }
        long verifiedAt = before.verifiedNanos() - Math.floorMod(before.verifiedNanos(), TIMESTAMP_GRANULARITY);
        return modified < verifiedAt;
    }

    /** The file's status change time, or -1 where the platform does not give it. */
    private static long changeTime(Path path) throws IOException {
        if (!path.getFileSystem().supportedFileAttributeViews().contains("unix")) {
            return -1;
        }
        try {
            Object ctime = Files.getAttribute(path, "unix:ctime");
            return ctime instanceof java.nio.file.attribute.FileTime time ? time.to(TimeUnit.NANOSECONDS) : -1;
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return -1;
        }
    }

    private Map<String, FileDigest> previous() {
        Map<String, FileDigest> loaded = previous;
        if (loaded == null) {
            synchronized (this) {
                loaded = previous;
                if (loaded == null) {
                    loaded = read();
                    previous = loaded;
                }
            }
        }
        return loaded;
    }

    private Map<String, FileDigest> read() {
        if (file == null || !Files.isRegularFile(file)) {
            return Map.of();
        }
        try {
            List<String> lines = Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
                return Map.of();
            }
            Map<String, FileDigest> stored = new java.util.HashMap<>(lines.size() * 2);
            for (String line : lines.subList(1, lines.size())) {
                // sha256 size mtime ctime verified path: the path last, as it may hold spaces
                int[] spaces = new int[5];
                int from = 0;
                for (int i = 0; i < spaces.length; i++) {
                    spaces[i] = line.indexOf(' ', from);
                    from = spaces[i] + 1;
                }
                stored.put(line.substring(spaces[4] + 1), new FileDigest(
                        Long.parseLong(line.substring(spaces[0] + 1, spaces[1])),
                        Long.parseLong(line.substring(spaces[1] + 1, spaces[2])),
                        Long.parseLong(line.substring(spaces[2] + 1, spaces[3])),
                        Long.parseLong(line.substring(spaces[3] + 1, spaces[4])), line.substring(0, spaces[0])));
            }
            return stored;
        } catch (IOException | RuntimeException e) {
            // a damaged store only costs reading every file once
            return Map.of();
        }
    }

    private static long[] sizeAndTime(BasicFileAttributes attrs) {
        return new long[] {attrs.size(), attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS)};
    }

    private List<Path> list(Path root) {
        List<Path> files = new ArrayList<>();
        try {
            if (Files.isRegularFile(root)) {
                files.add(root);
            } else if (Files.isDirectory(root)) {
                Files.walkFileTree(root, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path path, BasicFileAttributes attrs) {
                        if (attrs.isRegularFile()) {
                            Path file = path.toAbsolutePath().normalize();
                            files.add(file);
                            seen.put(file, sizeAndTime(attrs));
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + root, e);
        }
        files.sort(null);
        return List.copyOf(files);
    }
}
