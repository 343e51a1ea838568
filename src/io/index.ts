// The format-neutral input layer (no Node imports): shared by the CLI and the offline web page.
export * from './grid/index.js';
export * from './roster/index.js';
