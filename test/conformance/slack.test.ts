/**
 * Slack driver conformance: every operation (and the health check) runs against Prism mocking
 * Slack's official Web API OpenAPI description; no request may draw a request violation, with
 * one documented exception: users.lookupByEmail, where the 2021 spec still requires a `token`
 * query parameter that Slack refuses for apps created after 2021-02-24. The driver sends the
 * token only as a Bearer header there; the test pins that this is the one and only violation.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { slackDriver } from '../../src/drivers/slack/index.ts';
import { slackCall } from '../../src/drivers/slack/client.ts';
import { runOperation, testContext } from '../../src/drivers/test-context.ts';
import { assertConforms as assertConformsWith, recordingFetch, skipWithoutSpec, startPrism, vendorSpec, type Exchange, type PrismMock } from './prism.ts';

const SPEC = 'slack_web_openapi_v2.json';

describe('slack driver conforms to slack_web_openapi_v2.json', { skip: skipWithoutSpec(SPEC) }, () => {
  let prism: PrismMock;
  const { fetch: recording, exchangesOf } = recordingFetch(fetch);
  const ctx = () => testContext(slackDriver, { env: { AUTOFLOW_SLACK_BASE_URL: prism.baseUrl, AUTOFLOW_SLACK_TOKEN: 'xoxb-conformance-1234' }, fetch: recording });
  /** Slack answers every conforming call with 200 (failures are `ok: false` bodies). */
  const assertConforms = (exchanges: Exchange[]) => assertConformsWith(exchanges, 200);

  before(async () => { prism = await startPrism(vendorSpec(SPEC)); });
  after(async () => { await prism?.stop(); });

  test('send_message (seed parameters, markdown, thread) conforms', async () => {
    let out: Record<string, any> = {};
    assertConforms(await exchangesOf(async () => {
      out = await runOperation(slackDriver, 'send_message', { channel: '#dev-team', message: '🐛 New bug fix task created: **Bug fix**', parse_mode: 'markdown', thread_ts: '1503435956.000247' }, ctx());
    }));
    assert.equal(out.message_sent, true);
    assertConforms(await exchangesOf(() => runOperation(slackDriver, 'send_message', { channel: 'C1H9RESGL', text: 'plain', parse_mode: 'plain' }, ctx())));
  });

  test('send_dm by user id (conversations.open + chat.postMessage) conforms', async () => {
    const ex = await exchangesOf(() => runOperation(slackDriver, 'send_dm', { user: 'U024BE7LH', text: 'Workflow completed' }, ctx()));
    assert.deepEqual(ex.map((e) => e.path), ['/conversations.open', '/chat.postMessage']);
    assertConforms(ex);
  });

  test('send_dm by email: the only violation is the stale `token` query parameter', async () => {
    const ex = await exchangesOf(() => runOperation(slackDriver, 'send_dm', { user: 'spengler@ghostbusters.example.com', text: 'hi' }, ctx()).catch(() => undefined));
    assert.equal(ex[0].path, '/users.lookupByEmail?email=spengler%40ghostbusters.example.com');
    assert.deepEqual(ex[0].requestViolations.map((v) => [v.location.join('.'), v.code]), [['request.query', 'required']]);
    assert.match(ex[0].requestViolations[0].message, /'token'/);
  });

  test('delete_message conforms', async () => {
    assertConforms(await exchangesOf(() => runOperation(slackDriver, 'delete_message', { channel: 'C024BE91L', message_ts: '1401383885.000061' }, ctx())));
  });

  test('health (auth.test) conforms', async () => {
    let ok = false;
    assertConforms(await exchangesOf(async () => { ok = (await slackDriver.health!(ctx())).ok; }));
    assert.equal(ok, true);
  });

  test('Prism catches broken requests (the check can fail)', async () => {
    const noChannel = await exchangesOf(() => slackCall(ctx(), 'chat.postMessage', { text: 'no channel' }).catch(() => undefined));
    assert.equal(noChannel[0].status, 422);
    assert.ok(noChannel[0].requestViolations.some((v) => /required property 'channel'/.test(v.message)), JSON.stringify(noChannel));
    // JSON bodies are not what the spec declares for chat.postMessage.
    const c = ctx();
    const asJson = await exchangesOf(() => c.fetch(`${prism.baseUrl}/chat.postMessage`, {
      method: 'POST', headers: { authorization: 'Bearer xoxb-conformance-1234', token: 'xoxb-conformance-1234', 'content-type': 'application/json' }, body: JSON.stringify({ channel: 'C1', text: 'hi' }),
    }));
    assert.equal(asJson[0].status, 415);
    assert.ok(asJson[0].requestViolations.length > 0);
  });
});
