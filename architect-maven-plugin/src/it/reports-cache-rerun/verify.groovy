String log = new File(basedir, 'build.log').text
List<String> runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).findAll { it.trim() }
assert runs.size() == 2 : "two invocations, got ${runs.size()}"

def findings = { String run ->
    run.readLines().findAll { it =~ /^\[(ERROR|WARNING|INFO)\] \/.*:\[\d+,\d+\] [a-z-]+ / || it =~ /^\[(ERROR|WARNING|INFO)\]   -> / }
}
List<String> first = findings(runs[0])
List<String> second = findings(runs[1])
assert first.any { it.contains('undeclared-dependency') }
assert second == first : 'a re-run from the cache prints exactly the same findings'

assert !runs[0].contains('unchanged since the last run')
// the second run is at -X: a cache hit is only said at DEBUG
assert !runs[0].contains('[INFO] architect:')
String cacheDir = new File(basedir, 'target/architect/cache').canonicalPath
assert runs[1].contains("[DEBUG] architect: reports-cache-rerun unchanged since the last run, findings from ${cacheDir}${File.separator}module.json")
assert runs[1].contains("[DEBUG] architect: reports-cache-rerun (ServiceBoundariesCheck) unchanged since the last run, findings from ${cacheDir}${File.separator}module-ServiceBoundariesCheck.json")
assert runs[1].contains('[DEBUG] architect: the build unchanged since the last run')
assert new File(basedir, 'target/architect/cache/module.json').isFile()
// input hashes and what the schema scanner read from each file, for the run after an edit
assert new File(basedir, 'target/architect/cache/scan/digests.json').isFile()
assert new File(basedir, 'target/architect/cache/scan/schema-java.json').isFile()
assert new File(basedir, 'target/architect/architect.sarif').text.contains('undeclared-dependency')
runs.each { assert it.contains('BUILD SUCCESS') }
true
