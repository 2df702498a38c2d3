// Public entry of the model: zod schemas and their inferred types.
export * from './span.js';
export * from './document.js';
export * from './result.js';
