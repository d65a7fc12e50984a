String log = new File(basedir, 'build.log').text
String source = new File(basedir, 'src/main/java/com/shop/orders/OrderService.java').canonicalPath
assert log.contains("[WARNING] ${source}:[8,1] undeclared-dependency Order Service uses Catalog Service")
assert !log.contains("[ERROR] ${source}")
assert log.contains('BUILD SUCCESS')
