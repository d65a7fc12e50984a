String log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert !log.contains('undeclared-')
assert !log.contains('ambiguous-service-mapping') : 'module membership outranks the package name'
assert log.count('architecture.md: 2 services') == 1 : 'the summary is printed once per build'
