// Builds the very project the README points newcomers at, not a copy that could drift from it.
import java.nio.file.*

Path source = Paths.get(examplesDirectory)
Path target = basedir.toPath()
assert Files.isRegularFile(source.resolve('architecture.md')) : "no examples/ at ${source}"
Files.walk(source).withCloseable { paths ->
    paths.filter { !source.relativize(it).toString().split('[/\\\\]').contains('target') }.each { Path from ->
        Path to = target.resolve(source.relativize(from).toString())
        if (Files.isDirectory(from)) {
            Files.createDirectories(to)
        } else {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING)
        }
    }
}
return true
