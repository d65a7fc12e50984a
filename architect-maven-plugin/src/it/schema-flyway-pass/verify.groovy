String log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
['undeclared-table', 'undeclared-column', 'foreign-table', 'unmapped-table', 'unmapped-column',
 'column-type-mismatch', 'unparseable-migration'].each { rule ->
    assert !log.contains(rule) : "no ${rule} finding expected"
}
assert !(log =~ /(?m)^\s+at io\.github\.architect\./) : "no stack trace of the plugin"
true
