String log = new File(basedir, 'build.log').getText('UTF-8')
String source = new File(basedir, 'src/main/java/com/acme/заказы/OrderDesk.java').canonicalPath
// services named in other scripts are checked like any other: Заказы owns the package named after it,
// 通知サービス the packages the yaml block gives it; the undeclared use is found, nothing crashes
assert log.contains("[ERROR] ${source}:[8,1] undeclared-dependency Заказы uses 通知サービス, which architecture.md does not declare") : 'the drift, named as the document names the services'
assert log.contains('architecture.md: 2 services')
assert !log.contains('this is a bug in architect')
assert !log.contains('could not understand')
assert !(log =~ /(?m)^\s+at [a-z]/)
assert log.contains('BUILD FAILURE')
