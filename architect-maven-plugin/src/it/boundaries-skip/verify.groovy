String log = new File(basedir, 'build.log').text
assert log.contains('Skipping architect:verify')
assert !log.contains('undeclared-dependency')
assert log.contains('BUILD SUCCESS')
