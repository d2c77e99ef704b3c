export * from './milestones';
export * from './progress-matrix';
export * from './progress-sheet';
