String log = new File(basedir, 'build.log').text
assert log.contains('Skipping architect:verify')
assert !log.contains('No architecture document') : 'a skipped goal must not look for the document'
assert log.contains('BUILD SUCCESS')
