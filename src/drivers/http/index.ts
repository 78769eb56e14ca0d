/**
 * The http driver: generic HTTP/REST calls for services without a dedicated driver. Goes
 * through the outbound guard (every redirect hop included); needs no credentials.
 */
import { defineDriver } from '../define.ts';
import { request } from './request.ts';

/** Generic HTTP calls. */
export const httpDriver = defineDriver({
  name: 'http',
  aliases: ['http_driver', 'http_request', 'api_call', 'rest'],
  title: 'HTTP request',
  description: 'Calls any HTTP/REST endpoint or webhook and returns status, headers and body. For services without a dedicated driver.',
  keywords: ['http', 'api', 'rest', 'webhook', 'url', 'endpoint', 'request'],
  credentials: { kind: 'none', fields: [], required: false },
  operations: { request },
});
