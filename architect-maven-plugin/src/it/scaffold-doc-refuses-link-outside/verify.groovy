import java.nio.file.*

Path outside = basedir.toPath().resolveSibling('scaffold-doc-refuses-link-outside-target.md')
assert !Files.exists(outside) : 'scaffold-doc wrote through the link to a file outside the build'
Path link = basedir.toPath().resolve('architecture.md')
assert Files.isSymbolicLink(link) : 'the link is left as it was'

String log = new File(basedir, 'build.log').text
assert log =~ /${java.util.regex.Pattern.quote("${link} is a symbolic link to ")}\S*scaffold-doc-refuses-link-outside-target\.md, outside/
assert log.contains("outside the build's directory")
assert log.contains('-Darchitect.doc=')
assert !log.contains('Wrote ')
assert log.contains('BUILD FAILURE')
true
