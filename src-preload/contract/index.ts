export * from './api';
export * from './downloads';
export * from './events';
export * from './models';
export * from './procedures';
export * from './profiles';
export * from './result';
export * from './wire';
