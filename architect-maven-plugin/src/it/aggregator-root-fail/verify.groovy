String log = new File(basedir, 'build.log').text
List<String> runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).findAll { it.trim() }
assert runs.size() == 2 : "two invocations, got ${runs.size()}"
String desk = new File(basedir, 'orders/src/main/java/com/acme/orders/OrderDesk.java').canonicalPath
String controller = new File(basedir, 'orders/src/main/java/com/acme/orders/OrderController.java').canonicalPath
String entity = new File(basedir, 'orders/src/main/java/com/acme/orders/Order.java').canonicalPath

runs.eachWithIndex { String run, int i ->
    List<String> lines = run.readLines()
    // the modules do not run architect; the root's execution checks each one at its own files and lines
    def boundary = lines.findAll { it.contains(' undeclared-dependency ') && it.startsWith('[ERROR] /') }
    // the field and the call: read from the module's classes, which exist only once its build is done
    assert boundary.size() == 2 && boundary.every { it.startsWith("[ERROR] ${desk}:[") } : "run ${i + 1}: ${boundary}"
    assert lines.any { it.startsWith("[ERROR] ${new File(basedir, 'orders/pom.xml').canonicalPath}:[") && it.contains(' undeclared-module-dependency ') }
    def endpoint = lines.findAll { it.contains(' undeclared-endpoint ') && it.startsWith('[ERROR] /') }
    assert endpoint.size() == 1 && endpoint[0].startsWith("[ERROR] ${controller}:[19,") : "run ${i + 1}: ${endpoint}"
    def column = lines.findAll { it.contains(' undeclared-column ') && it.startsWith('[ERROR] /') }
    assert column.size() == 1 && column[0].startsWith("[ERROR] ${entity}:[16,") : "run ${i + 1}: ${column}"
    assert run.contains('on project aggregator-root-fail: 5 errors in orders: the code drifts from') : "run ${i + 1}"
    assert !run.contains('not checked') : "run ${i + 1}: every module was checked"
    assert run.contains('BUILD FAILURE')
    assert !(run =~ /(?m)^\s+at io\.github\.architect/) : 'no stack trace from architect'
}
// the findings are the same whether the root waited for its modules (-T 2) or ran after them
def findings = { String run -> run.readLines().findAll { it =~ /^\[ERROR\] \/.*:\[\d+,\d+\] [a-z-]+ / }.sort() }
assert findings(runs[0]) == findings(runs[1])
true
