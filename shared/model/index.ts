export * from './codes';
export * from './entitlement';
export * from './install';
export * from './machine';
export * from './milestone';
export * from './unit';
