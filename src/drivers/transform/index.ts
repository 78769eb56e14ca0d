/**
 * The transform driver: pure data shaping between steps (no network, no credentials).
 */
import { defineDriver } from '../define.ts';
import { build } from './build.ts';

/** Pure data-shaping driver: `build` a value from earlier results. */
export const transformDriver = defineDriver({
  name: 'transform',
  aliases: ['transform_driver', 'data', 'set'],
  title: 'Transform',
  description: 'Builds and reshapes JSON values from workflow inputs and earlier step results. Pure, no side effects.',
  keywords: ['transform', 'data', 'reshape', 'variable', 'map'],
  credentials: { kind: 'none', fields: [], required: false },
  operations: { build },
});
