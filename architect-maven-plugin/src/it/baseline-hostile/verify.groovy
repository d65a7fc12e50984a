String log = new File(basedir, 'build.log').text
List<String> runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).findAll { it.trim() }
assert runs.size() == 3 : "three invocations, got ${runs.size()}"

String negative = new File(basedir, 'negative.json').canonicalPath
assert runs[0].contains("Baseline ${negative}: entry 1 has count -5 at line 7: a count is how many findings the entry accepts")
String trailing = new File(basedir, 'trailing.json').canonicalPath
assert runs[1].contains("Baseline ${trailing}: text follows the end of the JSON at line 11")
String directory = new File(basedir, 'architecture-baseline.json').canonicalPath
assert runs[2].contains("Baseline ${directory}: is a directory, not a baseline file")

runs.each {
    assert it.contains('BUILD FAILURE')
    assert !(it =~ /(?m)^\s+at [a-z]+\./) : 'a broken baseline is no stack trace'
}
true
