String log = new File(basedir, 'build.log').text
String doc = new File(basedir, 'architecture.md').canonicalPath
def printed = log.readLines().findAll { it =~ /^\[ERROR\] \Q${doc}\E:\[\d+,\d+\] service-without-code / }
assert printed.size() == 2 : "the first 2 service-without-code findings are printed, got ${printed.size()}"
assert printed[0].contains('Billing Service') && printed[1].contains('Catalog Service')
assert log.contains('[ERROR] ... and 3 more service-without-code findings not printed (the first 2 of each rule are):'
        + ' the reports list them all, -X or -Darchitect.maxPrintedPerRule=0 prints them all')
assert log.contains('5 errors') : 'the build counts every error, printed or not'
def json = new File(basedir, 'target/architect/architect-report.json').text
def listed = ['Billing', 'Catalog', 'Delivery', 'Inventory', 'Orders'].findAll { json.contains("${it} Service is declared") }
assert listed.size() == 5 : "the report lists every finding, got ${listed}"
