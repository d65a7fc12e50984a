String log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
// the partner topic of section 3 and the data lake consumer are outside the system: no finding
assert !log.contains('doc-unknown-service')
assert !log.contains('topic-')
assert !log.contains('undeclared-topic')
assert log.count('architecture.md: 2 services, 0 endpoints, 0 tables, 1 technology, 2 topics') == 1
assert !(log =~ /(?m)^\s+at io\.github\.architect/) : 'no stack trace from architect'
