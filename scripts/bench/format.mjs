// Renders the performance report's sections as aligned plain text (the terminal) or as Markdown
// (docs/performance.md). A section is { title, header, rows, notes }: the same tables in both.

/** Plain-text table: first column left-aligned, the others right-aligned, two spaces apart. */
function textTable(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => String(row[i]).length)));
  const line = (cells) =>
    cells
      .map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

/** Every section as terminal text. */
export function renderText(title, meta, sections) {
  const out = [title, '='.repeat(title.length), ...meta, ''];
  for (const section of sections) {
    out.push(section.title, '');
    if (section.rows) out.push(...textTable(section.header, section.rows));
    for (const note of section.notes ?? []) out.push(section.rows ? `  ${note}` : `- ${note}`);
    out.push('');
  }
  return out.join('\n');
}

const cell = (value) => String(value).replaceAll('|', '\\|');

/** Every section as Markdown, with a preamble and how each section was measured. */
export function renderMarkdown(title, intro, meta, sections) {
  const out = [`# ${title}`, '', ...intro, '', ...meta.map((line) => `- ${line}`), ''];
  for (const section of sections) {
    out.push(`## ${section.title}`, '');
    if (section.how) out.push(section.how, '');
    if (section.rows) {
      out.push(`| ${section.header.map(cell).join(' | ')} |`);
      out.push(`| ${section.header.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`);
      for (const row of section.rows) out.push(`| ${row.map(cell).join(' | ')} |`);
      out.push('');
      for (const note of section.notes ?? []) out.push(note, '');
    } else {
      for (const note of section.notes ?? []) out.push(`- ${note}`);
      out.push('');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}
