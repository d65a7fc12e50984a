String log = new File(basedir, 'build.log').text
def summaries = log.readLines().findAll { it.startsWith('[INFO] architecture.md: ') }
assert summaries == ['[INFO] architecture.md: 1 service, 0 endpoints, 0 tables, 1 technology, 3 operations'] : summaries
assert !log.contains('undeclared-operation') : 'every handler and schema field is declared'
assert !log.contains('operation-not-implemented') : 'every declared root field has a handler'
assert !log.contains('doc-graphql') : 'the example query is not read as a schema'
assert log.contains('BUILD SUCCESS')
assert !(log =~ /(?m)^\s+at io\.github\.architect/) : 'no stack trace from architect'
