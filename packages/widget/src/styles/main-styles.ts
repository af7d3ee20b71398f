/** The widget's stylesheet; every themable value is a documented `--rg-*` variable on `:host`. */
export const mainStyles = `
:host {
  all: initial;
  display: block;
  font: inherit;
  color: var(--rg-text, #1f2328);
}
.rg-reminder {
  box-sizing: border-box;
  padding: 1rem;
  border-radius: var(--rg-radius, 12px);
  background: var(--rg-surface, #fff7e6);
  border: 1px solid var(--rg-border, #f0b45a);
}
.rg-title { font-weight: 700; margin: 0 0 0.5rem; }
.rg-key, .rg-short { margin: 0.25rem 0; }
`;
