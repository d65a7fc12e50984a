String log = new File(basedir, 'build.log').text
String desk = new File(basedir, 'orders/src/main/java/com/acme/orders/OrderDesk.java').canonicalPath
// every module inherits the execution from the root: each checks itself, once, and the root
// (a parent, not a pure aggregator) checks nobody else's code a second time
def findings = log.readLines().findAll { it =~ /^\[ERROR\] \/.*:\[\d+,\d+\] [a-z-]+ / }
// the field and the call of OrderDesk, and the pom's dependency: each printed once
assert findings.size() == 3 && findings.unique(false).size() == 3 : findings
assert findings.findAll { it.startsWith("[ERROR] ${desk}:[") && it.contains(' undeclared-dependency ') }.size() == 2
assert log.contains('on project orders: 3 errors in orders: the code drifts from')
assert !log.contains('on project aggregator-parent-inherited')
assert !log.contains('not checked')
assert !log.contains('partial build')
assert log.contains('BUILD FAILURE')
true
