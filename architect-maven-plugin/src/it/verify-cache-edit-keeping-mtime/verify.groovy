String log = new File(basedir, 'build.log').text
List<String> runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).findAll { it.trim() }
assert runs.size() == 4 : "four invocations, got ${runs.size()}"

File document = new File(basedir, 'architecture.md')
File edited = new File(basedir, 'stages/architecture.md')
assert document.text == edited.text : 'the edit was made'
assert document.length() == 528 : 'the edit kept the size of the document (528 bytes)'
assert document.lastModified() == 1600000000000L : 'the edit kept the modification time'

assert runs[1].contains('BUILD SUCCESS')
assert !runs[1].contains('undeclared-dependency')
assert runs[3].contains('undeclared-dependency Order Service uses Billing Service')
assert runs[3].contains('BUILD FAILURE')
true
