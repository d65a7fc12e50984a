String log = new File(basedir, 'build.log').text
String source = new File(basedir, 'src/main/java/com/shop/orders/OrderService.java').canonicalPath
String doc = new File(basedir, 'architecture.md').canonicalPath
assert log.contains("[ERROR] ${source}:[8,1] undeclared-dependency Order Service uses Catalog Service") : 'the static call, at its line'
assert log.contains("[ERROR] ${source}:[9,1] undeclared-dependency Order Service uses Catalog Service") : 'the method call, at its line'
assert log.contains('com.shop.orders.OrderService -> com.shop.catalog.Product')
assert log.contains("Declare Catalog Service under Order Service's Dependencies in architecture.md (line 13), or remove the dependency.")
assert log.contains('Order Service -> Catalog Service: 2 undeclared uses in 1 class of module boundaries-single-fail')
assert log.contains("[ERROR] ${doc}:[25,") && log.contains('service-without-code Inventory Service is declared in architecture.md but no code of the build belongs to it')
assert !log.contains('Money') : 'shared code is usable by every service'
assert log.contains('BUILD FAILURE')
assert !(log =~ /(?m)^\s+at [a-z]/) : 'no stack trace'
