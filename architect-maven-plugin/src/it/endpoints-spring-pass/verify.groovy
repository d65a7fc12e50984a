String log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert !log.contains('undeclared-endpoint') : 'every endpoint is declared (renamed path parameters match)'
assert !log.contains('endpoint-not-implemented') : 'every declared endpoint is served'
assert !(log =~ /(?m)^\s+at [a-z]/) : 'no stack trace'
