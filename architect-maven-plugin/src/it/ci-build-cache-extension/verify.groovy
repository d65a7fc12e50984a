String log = new File(basedir, 'build.log').text
// the extension's own messages ("Loading cache configuration") come before each "Scanning for
// projects", so they and the extension's download end up in the chunk before: keep complete builds
List<String> runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).findAll { it.contains('BUILD ') }
assert runs.size() == 4 : "four invocations, got ${runs.size()}"
assert log.contains("Loading cache configuration from ${new File(basedir, '.mvn/maven-build-cache-config.xml').canonicalPath}")
assert new File(basedir, 'target/build-cache').isDirectory()

// 1. verify runs
assert runs[0] =~ /(?m)^\[INFO\] --- architect:[^ ]+:verify /
assert runs[0].contains('BUILD SUCCESS')

// 2. unchanged: restored, verify skipped
assert runs[1].contains('Found cached build, restoring')
assert runs[1].contains('Skipping plugin execution (cached): architect:verify')
assert !(runs[1] =~ /(?m)^\[INFO\] --- architect:[^ ]+:verify /)

// 4. only architecture.md changed, and that is enough to run verify again
assert !runs[3].contains('Skipping plugin execution (cached): architect:verify')
assert runs[3] =~ /(?m)^\[INFO\] --- architect:[^ ]+:verify /
assert runs[3] =~ /(?m)^\[ERROR\] .*OrderDesk\.java:\[\d+,\d+\] undeclared-dependency /
assert runs[3].contains('BUILD FAILURE')
true
