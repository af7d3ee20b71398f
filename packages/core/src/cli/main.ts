process.stderr.write('refundguard: the scan command is not built yet.\n');
process.exitCode = 1;
