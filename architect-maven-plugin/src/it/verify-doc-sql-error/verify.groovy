String log = new File(basedir, 'build.log').text
String doc = new File(basedir, 'architecture.md').canonicalPath
// the CREATE TABLE starts on line 28 of the document
assert log =~ /(?m)^\[ERROR\] \Q${doc}\E:\[28,\d+\] doc-sql \S/ : 'the SQL error must point at the statement'
// the document is broken: the first module fails, nothing else is built
assert log =~ /(?m)^\[INFO\] verify-doc-sql-error \.+ FAILURE/
assert log =~ /(?m)^\[INFO\] module-a \.+ SKIPPED/
assert log.contains("${doc} has 1 error")
assert !(log =~ /(?m)^\s+at [a-z]/) : 'no stack trace for a broken document'
