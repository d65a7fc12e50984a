String log = new File(basedir, 'build.log').text
List<String> runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).findAll { it.contains('BUILD ') }
assert runs.size() == 3 : "three invocations, got ${runs.size()}"

// 1. a full run passes and says nothing about the cache at INFO
assert runs[0].contains('BUILD SUCCESS')
assert !(runs[0] =~ /(?m)^\[INFO\] architect: .*cache/)

// 3. only the edited controller's results are computed again; Receipt's come from the scan cache
def reread = runs[2].readLines().findAll { it.contains('per-file results computed again so far in this build') }
assert !reread.isEmpty() : 'the re-run names what it computed again'
String last = reread.last()
assert last.contains('endpoints 1') : last
assert last.contains('schema-java 1') : last
assert !(last =~ /endpoints [2-9]/) : last
// and the cache did not serve the old endpoints: the new one is reported at its line
assert runs[2] =~ /(?m)^\[ERROR\] .*OrderController\.java:\[26,\d+\] undeclared-endpoint GET \/api\/orders\/\{\}\/lines is served by OrderController\.lines\(\)/
assert runs[2].contains('BUILD FAILURE')
true
