import groovy.json.JsonSlurper

String log = new File(basedir, 'build.log').text
// each invocation's output starts with "Scanning for projects"
List<String> runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).findAll { it.trim() }
assert runs.size() == 5 : "five invocations, got ${runs.size()}"

File baseline = new File(basedir, 'architecture-baseline.json')
def json = new JsonSlurper().parse(baseline)
assert json.schemaVersion == 1
def entry = json.entries.find { it.ruleId == 'undeclared-dependency' }
assert entry.file == 'src/main/java/com/shop/order/OrderDesk.java'
assert entry.subjects == ['com.shop.order.OrderDesk', 'com.shop.billing.Invoice']
assert !json.entries.any { it.containsKey('line') } : 'entries are not keyed by line'

// 1. architect:baseline writes the file and does not fail
assert runs[0].contains('architect: wrote ')
assert runs[0].contains(baseline.canonicalPath)
assert runs[0].contains('BUILD SUCCESS')

// 2. the accepted finding does not fail the build
assert runs[1].contains('accepted by the baseline (not failing)')
assert !runs[1].contains('[ERROR]')
assert runs[1].contains('BUILD SUCCESS')

// 3. a new finding fails, printed as without a baseline; the accepted one is not printed
assert runs[2] =~ /(?m)^\[ERROR\] .*Pricing\.java:\[\d+,\d+\] undeclared-dependency /
assert !(runs[2] =~ /(?m)^\[ERROR\] .*OrderDesk\.java:\[\d+,\d+\] undeclared-dependency /)
assert runs[2].contains('BUILD FAILURE')

// 4. fixed code: the entry is stale, a warning
// the per-pair summary finding (Order -> Billing) was baselined too and is fixed with it
assert runs[3] =~ /(?m)^\[WARNING\] architect: 2 baseline entries no longer found \(fixed\)/
assert runs[3].contains('stale: undeclared-dependency src/main/java/com/shop/order/OrderDesk.java')
assert runs[3].contains('BUILD SUCCESS')

// 5. strict: the stale entry fails the build
assert runs[4] =~ /(?m)^\[ERROR\] architect: 2 baseline entries no longer found \(fixed\)/
assert runs[4].contains('architect.baseline.strict=true')
assert runs[4].contains('BUILD FAILURE')

// what architect:baseline wrote is still there after four verify runs: verify never rewrites it
assert runs[0].contains("wrote ${json.entries.sum { it.count }} accepted findings")
true
