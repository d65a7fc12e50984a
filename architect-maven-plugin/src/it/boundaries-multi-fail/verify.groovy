String log = new File(basedir, 'build.log').text
String source = new File(basedir, 'orders/src/main/java/com/shop/orders/clients/catalog/OrderService.java').canonicalPath
String pom = new File(basedir, 'orders/pom.xml').canonicalPath
assert log.contains("[ERROR] ${source}:[8,1] undeclared-dependency Order Service uses Catalog Service")
assert log.contains("[ERROR] ${pom}:[18,1] undeclared-module-dependency Module orders of Order Service depends on module catalog-service of Catalog Service")
assert !log.contains('common of') : 'a module of no service may be used by all'
assert !log.contains('ambiguous-service-mapping')
assert log.contains('BUILD FAILURE')
assert !(log =~ /(?m)^\s+at [a-z]/) : 'no stack trace'
