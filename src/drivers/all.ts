/**
 * The built-in drivers, in catalogue order. Adding a driver means adding it here; nothing else
 * (planner, validator, API, UI) needs to change.
 */
import { DriverRegistry } from './registry.ts';
import { asanaDriver } from './asana/index.ts';
import { slackDriver } from './slack/index.ts';
import { emailDriver } from './email/index.ts';
import { httpDriver } from './http/index.ts';
import { githubDriver } from './github/index.ts';
import { databaseDriver } from './database/index.ts';
import { fileDriver } from './file/index.ts';
import { llmDriver } from './llm/index.ts';
import { notifyDriver } from './notify/index.ts';
import { transformDriver } from './transform/index.ts';

export const builtinDrivers = [asanaDriver, slackDriver, emailDriver, httpDriver, githubDriver, databaseDriver, fileDriver, llmDriver, notifyDriver, transformDriver];

/** A registry of the built-in drivers. */
export function builtinRegistry(): DriverRegistry {
  return new DriverRegistry(builtinDrivers);
}
