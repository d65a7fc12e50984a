String log = new File(basedir, 'build.log').text
def lines = log.readLines()
def summaries = lines.findAll { it.startsWith('[INFO] architecture.md: ') }
assert summaries == ['[INFO] architecture.md: 2 services, 0 endpoints, 0 tables, 1 technology'] : summaries
// the document at the root serves every module: no module looks for its own
assert !log.contains('No architecture document')
assert !log.contains('[ERROR]')
assert log.contains('BUILD SUCCESS')
