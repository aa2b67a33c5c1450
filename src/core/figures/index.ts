export * from './spec';
export * from './tag';
export * from './render';
export * from './refresh';
export * from './store';
export * from './resolve';
export * from './run';
