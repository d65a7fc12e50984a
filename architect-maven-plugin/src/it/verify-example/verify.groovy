String log = new File(basedir, 'build.log').text
def summaries = log.readLines().findAll { it.startsWith('[INFO] architecture.md: ') }
assert summaries == ['[INFO] architecture.md: 3 services, 9 endpoints, 5 tables, 5 technologies'] : summaries
assert !log.contains('[ERROR]')
assert !log.contains('[WARNING]') : 'the example must follow its document without a single warning'
assert log.contains('BUILD SUCCESS')
