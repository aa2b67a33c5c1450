export * from './text';
export * from './port';
