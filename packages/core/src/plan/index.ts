export * from './sources.ts';
export * from './limits.ts';
export * from './schema.ts';
export * from './document.ts';
export * from './ids.ts';
