String log = new File(basedir, 'build.log').text
String doc = new File(basedir, 'architecture.md').canonicalPath
assert log =~ /(?m)^\[WARNING\] \Q${doc}\E:\[19,1\] doc-nesting .*more than 32 levels deep at line 19/ : 'the nesting cap at its line'
assert log =~ /(?m)^\[WARNING\] \Q${doc}\E:\[33,10\] doc-endpoint-path Endpoint GET \/orders\/\{id has a '\{' without its '\}'/ : 'the odd path at its line'
assert log.contains('[INFO] architecture.md: 2 services, 2 endpoints, 0 tables, 1 technology') : 'the rest of the document is read'
assert !log.contains('StackOverflowError')
assert !log.contains('could not understand')
assert !log.contains('this is a bug in architect')
assert !(log =~ /(?m)^\s+at [a-z]/) : 'no stack trace'
assert log.contains('BUILD SUCCESS')
