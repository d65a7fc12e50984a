String log = new File(basedir, 'build.log').text
def lines = log.readLines()
def catalogPom = new File(basedir, 'catalog/pom.xml').canonicalPath
def ordersPom = new File(basedir, 'orders/pom.xml').canonicalPath
def rootPom = new File(basedir, 'pom.xml').canonicalPath
def doc = new File(basedir, 'architecture.md').canonicalPath
def pomLine = { String pom, String text -> new File(pom).readLines().findIndexOf { it.contains(text) } + 1 }
def docLine = { String text -> new File(doc).readLines().findIndexOf { it.contains(text) } + 1 }

// only orders brings the drift, reported at its <dependency> on the driver, naming the rejected alternative
def undeclared = lines.findAll { it.contains(' undeclared-technology ') }
assert undeclared == ["[ERROR] ${ordersPom}:[${pomLine(ordersPom, 'mongodb-driver-sync')},1] undeclared-technology Module orders uses MongoDB (org.mongodb:mongodb-driver-sync:5.14.0), which architecture.md section 6 names as the rejected alternative (\"MongoDB\", line ${docLine('An alternative would be MongoDB')})".toString()] : undeclared
assert log.contains("[ERROR]   -> declared at ${doc}:[${docLine('An alternative would be MongoDB')},")
assert log.contains('[ERROR]   -> Section 6 rejected MongoDB: remove the <dependency> on mongodb-driver-sync from this pom, or revise section 6 to choose it and say why.')
// what the driver pulls in (driver-core, bson) is implied by it, not reported on its own
assert !log.contains('mongodb-driver-core')

// Java 21 in the document, release 17 in the parent pom: a warning per module, at the parent's property
def drift = lines.findAll { it.contains(' technology-version-drift ') }
assert drift.size() == 2 : drift
assert drift.every { it.startsWith("[WARNING] ${rootPom}:[${pomLine(rootPom, '<maven.compiler.release>')},1] technology-version-drift architecture.md section 6 states Java 21, but module ") }

// once per build: RabbitMQ is chosen but no module has a client; the JWT statement has no library
def notUsed = lines.findAll { it.contains(' technology-not-used ') }
assert notUsed.size() == 1 && notUsed[0].startsWith("[WARNING] ${doc}:[${docLine('**RabbitMQ**')},") : notUsed
assert notUsed[0].contains('chooses RabbitMQ in section 6, but no module of the build depends on it')
def considerations = lines.findAll { it.contains(' consideration-without-evidence ') }
assert considerations.size() == 1 && considerations[0].startsWith("[WARNING] ${doc}:[${docLine('carries a JWT')},") : considerations
assert !log.contains('tracing (') : 'a planned capability is not a commitment'

assert lines.count { it.startsWith('[INFO] architecture.md: ') } == 1
assert log.contains('1 error in orders: the code drifts from')
assert !log.contains('error in catalog')
assert log.contains('BUILD FAILURE')
assert !(log =~ /(?m)^\s+at io\.github\.architect/) : 'no stack trace from architect'
