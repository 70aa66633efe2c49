// The engine's only door. Everything outside src/engine imports from here and nowhere else.

export type * from './model/scenarioModel.ts';
export type * from './trace/traceEvent.ts';
export type * from './view/worldView.ts';
export type * from './simulationApi.ts';
