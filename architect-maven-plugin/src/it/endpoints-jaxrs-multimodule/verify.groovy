String log = new File(basedir, 'build.log').text
String resource = new File(basedir, 'carts/src/main/java/com/acme/carts/CartResource.java').canonicalPath
// @ApplicationPath of each module prefixes its resources; only the undeclared DELETE is reported
assert log.contains("${resource}:[25,17] undeclared-endpoint DELETE /cart-api/carts/{}")
assert log.contains('CartResource.clear()')
assert (log =~ /undeclared-endpoint/).count == 1
assert !log.contains('endpoint-not-implemented')
assert !log.contains('ProductResource')
assert log.contains('BUILD FAILURE')
assert !(log =~ /(?m)^\s+at [a-z]/) : 'no stack trace'
