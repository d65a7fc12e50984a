// the extension's cache must start empty, also when the IT runs again without mvn clean
new File(basedir, 'target/build-cache').deleteDir()
true
