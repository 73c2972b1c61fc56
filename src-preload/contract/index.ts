export * from './api';
export * from './events';
export * from './models';
export * from './procedures';
export * from './result';
export * from './wire';
