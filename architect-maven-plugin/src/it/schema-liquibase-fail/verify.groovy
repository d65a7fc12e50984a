String log = new File(basedir, 'build.log').text
String audit = new File(basedir, 'src/main/resources/db/changelog/changes/003-audit.yaml').canonicalPath

// the changelog the master includes last creates a table the document does not declare
def table = log.readLines().find { it.contains('undeclared-table') }
assert table != null : 'the table the Liquibase changelog creates is reported'
assert table.contains("${audit}:[") : "at the changelog: ${table}"
assert table.contains('audit_log')

// the tables of the XML and YAML changelogs match the document: nothing else is reported
assert !log.contains('unmapped-table')
assert !log.contains('undeclared-column')
assert !log.contains('unparseable-migration')
assert log.readLines().count { it =~ /^\[ERROR\] \/.*:\[\d+,\d+\] / } == 1

assert log.contains('BUILD FAILURE')
assert !(log =~ /(?m)^\s+at io\.github\.architect\./) : "no stack trace of the plugin"
true
