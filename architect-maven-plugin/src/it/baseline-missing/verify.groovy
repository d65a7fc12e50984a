String log = new File(basedir, 'build.log').text
def expected = new File(basedir, 'config/no-such-baseline.json').canonicalPath
assert log.contains("Baseline ${expected}: file not found")
assert log.contains("Create it with 'mvn architect:baseline'")
assert log.contains('(configured by architect.baseline)')
assert log.contains('BUILD FAILURE')
assert !(log =~ /(?m)^\s+at io\.github\.architect/) : 'a configuration mistake is no stack trace'
assert !new File(basedir, 'config/no-such-baseline.json').exists() : 'verify never writes the baseline'
