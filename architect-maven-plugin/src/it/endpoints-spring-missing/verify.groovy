String log = new File(basedir, 'build.log').text
String doc = new File(basedir, 'architecture.md').canonicalPath
// reported once, at the declaration in the document
assert log.contains("${doc}:[25,4]") : 'document position of the missing endpoint'
assert log.contains('endpoint-not-implemented')
assert log.contains('GET /api/orders/{orderId}/invoice')
assert (log =~ /endpoint-not-implemented/).count == 1
assert !log.contains('undeclared-endpoint')
assert log.contains('BUILD FAILURE')
assert !(log =~ /(?m)^\s+at [a-z]/) : 'no stack trace'
