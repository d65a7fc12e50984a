String log = new File(basedir, 'build.log').text
String expected = new File(basedir, 'architecture.md').canonicalPath
assert log.contains("No architecture document found at ${expected}") : 'the message must name the path looked at'
assert log.contains('mvn architect:scaffold-doc')
assert log.contains('BUILD FAILURE')
assert !(log =~ /(?m)^\s+at [a-z]/) : 'no stack trace for a missing document'
