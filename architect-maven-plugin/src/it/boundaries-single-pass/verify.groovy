String log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert !log.contains('undeclared-dependency') : 'a declared dependency is allowed'
assert !log.contains('service-without-code')
assert log.contains('architecture.md: 2 services')
