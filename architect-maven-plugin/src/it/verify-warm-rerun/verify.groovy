String log = new File(basedir, 'build.log').text
List<String> runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).findAll { it.trim() }
assert runs.size() == 5 : "five invocations, got ${runs.size()}"

def findings = { String run ->
    run.readLines().findAll { it =~ /^\[(ERROR|WARNING|INFO)\] \/.*:\[\d+,\d+\] [a-z-]+ / || it =~ /^\[(ERROR|WARNING|INFO)\]   -> / }
}
def summary = { String run -> run.readLines().find { it.startsWith('[INFO] architecture.md: ') } }
List<String> first = findings(runs[0])
assert first.any { it.contains('undeclared-dependency') }
assert summary(runs[0]).startsWith('[INFO] architecture.md: 3 services, ')
[2, 4].each { i ->
    assert findings(runs[i]) == first : "run ${i + 1} prints exactly the findings of the first"
    assert summary(runs[i]) == summary(runs[0]) : "run ${i + 1} prints the summary of the first"
}

String document = new File(basedir, 'architecture.md').canonicalPath
String reports = new File(basedir, 'target/architect').canonicalPath
// the unchanged re-run takes what it needs of the document from the cache and leaves the reports be
assert runs[2].contains("[DEBUG] architect: ${document} unchanged since the last run: not read again")
assert runs[2].contains("[DEBUG] architect: reports in ${reports} unchanged since the last run: not written again")
// after a report was edited by hand, every report is written again, with the first run's bytes
assert runs[4].contains("[DEBUG] architect: ${document} unchanged since the last run: not read again")
assert !runs[4].contains('not written again')
File kept = new File(basedir, 'first-reports')
List<String> names = ['architect.sarif', 'TEST-architect.xml', 'architect-report.json', 'index.html', 'services.mmd']
names.each { name ->
    File now = new File(basedir, "target/architect/${name}")
    assert now.bytes == new File(kept, name).bytes : "${name} has the bytes of the first run"
}
runs.each { assert it.contains('BUILD SUCCESS') }
true
