// `pnpm demo` as a newcomer runs it: every page gets its tab icon, and a machine that cannot draw Chinese says so.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cjkFontWarning, startServer } from '../../scripts/serve.mjs';

describe('the demo server', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    server = await startServer({ port: 0 });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('answers /favicon.ico, the icon every browser asks for, with an SVG instead of a 404', async () => {
    const response = await fetch(`${server.url}/favicon.ico`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/svg+xml');
    expect(await response.text()).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*>.*<\/svg>$/s);
  });

  it('still answers 404 for what is not there', async () => {
    expect((await fetch(`${server.url}/no-such-page.html`)).status).toBe(404);
  });
});

describe('the Chinese font warning', () => {
  it('names the Debian packages to install when fc-list finds no Chinese font', () => {
    const warning = cjkFontWarning('');
    expect(warning).toContain('fonts-noto-cjk');
    expect(warning).toContain('fonts-wqy-microhei');
    expect(warning?.split('\n')).toHaveLength(1);
    expect(cjkFontWarning('\n')).toBe(warning);
  });

  it('says nothing when a Chinese font is installed', () => {
    expect(
      cjkFontWarning(
        '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc: WenQuanYi Micro Hei,文泉驛微米黑,文泉驿微米黑:style=Regular\n',
      ),
    ).toBeNull();
  });

  it('says nothing where fc-list cannot run (no fontconfig, as on macOS and Windows)', () => {
    expect(cjkFontWarning(null)).toBeNull();
  });
});
