String log = new File(basedir, 'build.log').text
List<String> runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).findAll { it.trim() }
assert runs.size() == 2 : "two invocations, got ${runs.size()}"
String controller = new File(basedir, 'orders/src/main/java/com/acme/orders/OrderController.java').canonicalPath

// the documented limit: with -pl the pure aggregator root is not in the reactor, nothing runs
assert !runs[0].contains('--- architect:') && !runs[0].contains('architecture.md')
assert !runs[0].contains('[INFO] architect') && !runs[0].contains('[WARNING] architect')
assert runs[0].contains('BUILD SUCCESS')

List<String> resumed = runs[1].readLines()
def endpoint = resumed.findAll { it.startsWith("[ERROR] ${controller}:[19,") && it.contains(' undeclared-endpoint ') }
assert endpoint.size() == 1 : resumed.findAll { it.contains('undeclared-endpoint') }
assert resumed.findAll { it.startsWith('[INFO] architect: partial build (2 of 3 projects)') }.size() == 1
assert runs[1].contains('on project aggregator-partial-pure: 1 error in orders: the code drifts from')
assert runs[1].contains('BUILD FAILURE')
true
