export * from './propose';
export type { Binding, Reading } from './binding';
