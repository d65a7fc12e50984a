String log = new File(basedir, 'build.log').text
String controller = new File(basedir, 'src/main/java/com/acme/orders/OrderController.java').canonicalPath
// list(List<Long>) has the parameter count of list(String): it is its own endpoint, reported at its own line
assert log.contains("${controller}:[35,24] undeclared-endpoint GET /orders/by-ids")
assert (log =~ /\] undeclared-endpoint /).count == 1
// find(Long) and find(String) both override a mapping of CrudApi<Order, Long>: both are served
assert !log.contains('endpoint-not-implemented')
assert !log.contains('CrudApi.java') : 'the interface alone serves nothing'
assert log.contains('BUILD FAILURE')
assert !(log =~ /(?m)^\s+at io\.github\.architect/) : 'no stack trace from architect'
