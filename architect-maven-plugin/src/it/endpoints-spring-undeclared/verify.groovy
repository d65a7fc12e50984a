String log = new File(basedir, 'build.log').text
String controller = new File(basedir, 'src/main/java/com/acme/orders/OrderController.java').canonicalPath
// the finding points at the handler method, names the normalised endpoint and the closest declared one
assert log.contains("${controller}:[35,19]") : 'file and line of refund()'
assert log.contains('undeclared-endpoint')
assert log.contains('POST /api/orders/{}/refund')
assert log.contains('OrderController.refund()')
assert log.contains('Did you mean `POST /api/orders`')
assert !log.contains('endpoint-not-implemented')
assert log.contains('BUILD FAILURE')
assert !(log =~ /(?m)^\s+at [a-z]/) : 'no stack trace'
