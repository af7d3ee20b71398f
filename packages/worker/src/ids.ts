/** A stream entry id split into its two parts, so ids compare as Redis orders them. */
export type EntryId = readonly [ms: number, seq: number];

/** Parses `1700000000000-3`; a bare `1700000000000` is sequence 0. */
export function parseId(id: string): EntryId {
  const dash = id.indexOf('-');
  return dash === -1 ? [Number(id), 0] : [Number(id.slice(0, dash)), Number(id.slice(dash + 1))];
}

/** Negative when `a` comes before `b` in the stream, 0 when equal, positive after. */
export function compareIds(a: string, b: string): number {
  const [aMs, aSeq] = parseId(a);
  const [bMs, bSeq] = parseId(b);
  return aMs - bMs || aSeq - bSeq;
}

/** Milliseconds since the epoch at which Redis appended the entry (its id's first part). */
export const entryTime = (id: string): number => parseId(id)[0];

/** Lua for scripts: `before(a, b)` is true when entry id `a` comes before `b`, as {@link compareIds}. */
export const LUA_BEFORE = `
local function before(a, b)
  local am, as = string.match(a, '^(%d+)-(%d+)')
  local bm, bs = string.match(b, '^(%d+)-(%d+)')
  am, as, bm, bs = tonumber(am), tonumber(as), tonumber(bm), tonumber(bs)
  return am < bm or (am == bm and as < bs)
end
`;
