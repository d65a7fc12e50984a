String log = new File(basedir, 'build.log').text
List<String> runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).findAll { it.trim() }
assert runs.size() == 3 : "three invocations, got ${runs.size()}"
String partial = '[INFO] architect: partial build (1 of 3 projects): the build-wide rules'
runs[0..1].eachWithIndex { String run, int i ->
    List<String> lines = run.readLines()
    // -pl and -rf leave modules out: the rules about the whole build are skipped, said once
    assert lines.findAll { it.startsWith('[INFO] architect: partial build') } .size() == 1 : "run ${i + 1}"
    assert lines.any { it.startsWith(partial) } : "run ${i + 1}: ${lines.findAll { it.contains('partial') }}"
    assert lines.findAll { it.startsWith('[INFO] architecture.md: ') } == ['[INFO] architecture.md: 3 services, 1 endpoint, 0 tables, 1 technology']
    assert !run.contains('service-without-code') && !run.contains('endpoint-not-implemented')
    assert run.contains('BUILD SUCCESS')
}
String full = runs[2]
assert !full.contains('partial build')
assert full.contains(' service-without-code ') && full.contains('Shipping Service')
assert full.contains(' endpoint-not-implemented ')
assert full.contains('BUILD FAILURE')
true
