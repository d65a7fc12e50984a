String log = new File(basedir, 'build.log').text
assert log.contains("Unknown rule id 'no-such-rule' in <severities>")
assert log.contains('BUILD FAILURE')
assert !(log =~ /(?m)^\s+at [a-z]/) : 'a configuration mistake is no stack trace'
