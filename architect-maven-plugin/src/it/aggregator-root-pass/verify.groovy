String log = new File(basedir, 'build.log').text
List<String> runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).findAll { it.trim() }
assert runs.size() == 2 : "two invocations, got ${runs.size()}"
runs.eachWithIndex { String run, int i ->
    List<String> lines = run.readLines()
    // a passing build prints one line, however many modules the root checked for them
    def architect = lines.findAll { it.contains('architect') && !it.contains('---') && !it.startsWith('[INFO] Building') && !it.contains('Reactor Summary') }
    assert architect.findAll { it =~ /^\[(INFO|WARNING|ERROR)\] (architect|architecture\.md)/ } == ['[INFO] architecture.md: 2 services, 1 endpoint, 1 table, 3 technologies'] : "run ${i + 1}: ${architect}"
    assert !run.contains('[WARNING] architect') && !run.contains('[ERROR]')
    assert run.contains('BUILD SUCCESS')
}
// the root's execution of the -T run read the orders module's classes, built beside it: the
// declared Order -> Catalog edge is known to be used, which only its bytecode tells
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/architect/architect-report.json'))
assert json.summary.errors == 0
def edge = json.serviceGraph.edges.find { it.from == 'Order Service' && it.to == 'Catalog Service' }
assert edge?.kind == 'DECLARED_AND_USED' : json.serviceGraph
true
