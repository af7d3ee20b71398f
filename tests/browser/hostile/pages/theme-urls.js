// Every theme token set to something that names a URL, by init before the load and by setTheme after it.
const tokens = {
  bg: 'rgb(0 0 0) url(/hit/bg.png)',
  text: '#000 url(/hit/text.png)',
  muted: 'u\\72l(/hit/muted.png)',
  border: 'red image-set(url(/hit/border.png) 1x)',
  calm: 'hsl(0 0% 0%), url(//127.0.0.2:9/calm.png)',
  'calm-bg': 'rgb(1 2 3) url(http://127.0.0.2:9/calm-bg.png)',
  danger: 'oklch(0.5 0.1 20) url("/hit/danger.png")',
  'danger-bg': 'var(--x, url(/hit/danger-bg.png))',
  'on-accent': 'cross-fade(url(/hit/a.png), url(/hit/b.png))',
  focus: 'blue;background:url(/hit/focus.png)',
  radius: 'url(/hit/radius.png)',
  space: 'calc(1px) url(/hit/space.png)',
  'font-size': '16px image(url(/hit/font.png))',
  z: '1 src(/hit/z.png)',
  'toast-inset': '-webkit-image-set(url(/hit/inset.png) 1x)',
  shadow: '0 0 4px #000, 0 0 0 url(/hit/shadow.png)',
  extra: '@import url(/hit/import.css)',
};
window.RefundGuard('init', { theme: { mode: 'dark', tokens } });
window.RefundGuard('setTheme', { mode: 'auto', tokens });
window.RefundGuard('show', 'chat');
