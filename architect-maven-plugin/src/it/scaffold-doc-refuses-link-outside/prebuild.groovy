// architecture.md is a dangling link to a file outside the build's directory
import java.nio.file.*

Path outside = basedir.toPath().resolveSibling('scaffold-doc-refuses-link-outside-target.md')
Files.deleteIfExists(outside)
Files.createSymbolicLink(basedir.toPath().resolve('architecture.md'), outside)
return true
