String log = new File(basedir, 'build.log').text
String doc = new File(basedir, 'architecture.md').canonicalPath
// the block starts on line 31; the error is inside it
assert log =~ /(?m)^\[ERROR\] \Q${doc}\E:\[3[1-5],\d+\] doc-yaml / : 'must point into the yaml block'
assert log.contains('BUILD FAILURE')
assert !(log =~ /(?m)^\s+at [a-z]/)
