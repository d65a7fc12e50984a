String log = new File(basedir, 'build.log').text
def summaries = log.readLines().findAll { it.startsWith('[INFO] architecture.md: ') }
// Java, PostgreSQL and the mapped Acme Catalog Client: the alternatives MongoDB and Cassandra are not counted
assert summaries == ['[INFO] architecture.md: 2 services, 0 endpoints, 0 tables, 3 technologies'] : summaries
// the runtime driver shows PostgreSQL, orders' dependency on catalog shows the mapped client: nothing unused
assert !log.contains('technology-not-used')
// MongoDB is only a test dependency
assert !log.contains('undeclared-technology')
assert !log.contains('[WARNING]')
assert !log.contains('[ERROR]')
assert log.contains('BUILD SUCCESS')
