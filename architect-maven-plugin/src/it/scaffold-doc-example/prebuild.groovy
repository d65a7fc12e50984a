// The project the README points newcomers at, without its document: the draft must stand in for it.
import java.nio.file.*

Path source = Paths.get(examplesDirectory)
Path target = basedir.toPath()
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
Files.delete(target.resolve('architecture.md'))
return true
