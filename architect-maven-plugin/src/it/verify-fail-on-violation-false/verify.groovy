String log = new File(basedir, 'build.log').text
String doc = new File(basedir, 'architecture.md').canonicalPath
assert log =~ /(?m)^\[WARNING\] \Q${doc}\E:\[26,\d+\] doc-sql /
assert !log.contains('[ERROR]') : 'errors are printed as warnings when they do not fail the build'
assert log.contains("[WARNING] ${doc} has 1 error (not failing: architect.failOnViolation=false)")
assert log.contains('[INFO] architecture.md: 1 service, 0 endpoints, 0 tables, 1 technology')
assert log.contains('BUILD SUCCESS')
