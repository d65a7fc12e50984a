File doc = new File(basedir, 'architecture.md')
byte[] expected = '# Our architecture\n\nHand-written, must survive.\r\nNo trailing newline'.getBytes('UTF-8')
assert doc.bytes == expected : 'scaffold-doc changed an existing architecture.md'
String log = new File(basedir, 'build.log').text
assert log.contains('already exists')
assert log.contains('-Darchitect.force=true')
assert log.contains('BUILD FAILURE')
