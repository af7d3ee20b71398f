/** The text printed by `refundguard --help` and on a usage error. */
export const USAGE = `Usage: refundguard <command> [options] < input > output

Commands:
  scan         Read JSON lines, each an object with a "text" string, and write one JSON
               line per input with "level" (none|low|medium|high), "score" (0..1) and
               "signals" ([{id, category}]). Other input fields are passed through; the
               text itself is left out unless --keep-text is given.
  check-url    Read links, one per line (or JSON lines with a "url" string), and write
               one JSON line per link with "level", "verdict"
               (official|off-platform|lookalike|invalid), "host", "imitates" and "reasons".

Options:
  --official <domains>  Comma-separated official domains of the platform, e.g.
                        taobao.com,tmall.com (may be repeated).
  --base <url>          check-url: page the links come from; relative links resolve
                        against it.
  --keep-text           scan: copy each input "text" into its output line.
  --max-line <chars>    Longest line accepted (default 1000000); longer lines are skipped.
  -h, --help            Show this help.

A line that cannot be read is reported on stderr with its line number and skipped;
the exit status is then still 0. Usage errors exit with status 2.

Examples:
  refundguard scan --official taobao.com < messages.jsonl > verdicts.jsonl
  refundguard check-url --official taobao.com,tmall.com < urls.txt
`;
