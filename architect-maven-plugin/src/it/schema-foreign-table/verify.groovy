String log = new File(basedir, 'build.log').text
String entity = new File(basedir, 'order-service/src/main/java/com/acme/orders/CustomerSnapshot.java').canonicalPath
String migration = new File(basedir, 'order-service/src/main/resources/db/migration/V2__customer_flag.sql').canonicalPath

def lines = log.readLines().findAll { it.contains('foreign-table') }
def byEntity = lines.find { it.contains("${entity}:[10,") }
assert byEntity != null : "the entity mapping another service's table is reported at its class: ${lines}"
assert byEntity.contains('Order Service') && byEntity.contains('Customer Service') && byEntity.contains("'customers'")

def byMigration = lines.find { it.contains("${migration}:[1,") }
assert byMigration != null : "the migration altering another service's table is reported: ${lines}"
assert byMigration.contains('Order Service') && byMigration.contains('Customer Service')

assert log.contains('BUILD FAILURE')
assert !(log =~ /(?m)^\s+at io\.github\.architect\./) : "no stack trace of the plugin"
true
