String log = new File(basedir, 'build.log').text
String doc = new File(basedir, 'architecture.md').canonicalPath
assert log =~ /(?m)^\[WARNING\] \Q${doc}\E:\[26,\d+\] doc-sql /
assert !log.contains('service-without-code') : 'a rule set to off prints nothing'
assert !log.contains('[ERROR]')
assert log.contains('[INFO] architecture.md: 1 service, 0 endpoints, 0 tables, 1 technology')
assert log.contains('BUILD SUCCESS')
