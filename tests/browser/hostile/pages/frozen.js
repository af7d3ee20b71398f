// SES-style hardening: the page freezes the shared prototypes before any other script runs.
Object.freeze(Object.prototype);
Object.freeze(Function.prototype);
Object.freeze(Array.prototype);
