String log = new File(basedir, 'build.log').text
String source = new File(basedir, 'src/main/java/com/acme/ord/OrderService.java').canonicalPath
assert log.contains("[ERROR] ${source}:[8,1] undeclared-dependency Order Service uses Catalog Service") : 'packages mapped by the yaml block'
assert log.contains('com.acme.ord.OrderService -> com.acme.prod.items.Product')
assert !log.contains('service-without-code')
assert log.contains('BUILD FAILURE')
