String log = new File(basedir, 'build.log').text
def file = new File(basedir, 'architecture-baseline.json')
assert log.contains("Baseline ${file.canonicalPath}: not a valid baseline at line ")
assert log.contains("regenerate it with 'mvn architect:baseline'")
assert log.contains('BUILD FAILURE')
assert !(log =~ /(?m)^\s+at io\.github\.architect/) : 'a broken baseline is no stack trace'
assert file.text.contains('"file" : "orders/src/main/java/A.java"') : 'verify never rewrites the baseline'
