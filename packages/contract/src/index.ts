// The one entry of @huddle/contract: what the backend and the SPA agree on.
export * from './errors.js';
export * from './fields.js';
export * from './limits.js';
export * from './models.js';
export * from './rest.js';
export * from './socket/events.js';
export * from './socket/schemas.js';
