String log = new File(basedir, 'build.log').text
String order = new File(basedir, 'src/main/java/com/acme/orders/Order.java').canonicalPath
String audit = new File(basedir, 'src/main/resources/db/migration/V10__audit.sql').canonicalPath

def column = log.readLines().find { it.contains('undeclared-column') }
assert column != null : 'the undeclared column is reported'
assert column.contains("${order}:[19,") : "at the field's line: ${column}"
assert column.contains('giftNote') : column
assert column.contains("'orders'")

def table = log.readLines().find { it.contains('undeclared-table') }
assert table != null : 'the table the migration creates is reported'
assert table.contains("${audit}:[2,") : "at the statement's line: ${table}"
assert table.contains('audit_log')

assert log.contains('BUILD FAILURE')
assert !(log =~ /(?m)^\s+at io\.github\.architect\./) : "no stack trace of the plugin"
true
