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

Every input line gets one output line or one stderr line naming its number (an
empty, invalid, too long or too deeply nested line is reported and skipped), and
the run goes on.

Exit status:
  0  every line was read (some may have been skipped, as reported on stderr)
  1  the input could not be read to the end
  2  usage error
  3  the output could not be written (closed pipe, full disk); the run stopped
     there and stderr says why

Examples:
  refundguard scan --official taobao.com < messages.jsonl > verdicts.jsonl
  refundguard check-url --official taobao.com,tmall.com < urls.txt
`;
