String log = new File(basedir, 'build.log').text
String doc = new File(basedir, 'architecture.md').canonicalPath
assert log =~ /(?m)^\[ERROR\] \Q${doc}\E:\[15,\d+\] doc-unknown-service .*Payment/ : 'must name the unknown service and its line'
assert log.contains('BUILD FAILURE')
assert !(log =~ /(?m)^\s+at [a-z]/)
