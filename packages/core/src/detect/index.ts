export * from './types.js';
export * from './url/index.js';
