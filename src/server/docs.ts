/**
 * The readable API reference at /docs: one self-contained HTML page (no scripts, no external
 * assets) rendered from the OpenAPI document — operations grouped by tag with their roles,
 * parameters, bodies, responses, and the schemas they refer to.
 */

type Json = Record<string, any>;

const esc = (s: unknown): string => String(s ?? '').replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
const md = (s: string): string => esc(s).replace(/`([^`]+)`/g, '<code>$1</code>').replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>').replace(/\n\n/g, '</p><p>');
const schemaBlock = (title: string, schema: unknown): string => `<details><summary>${esc(title)}</summary><pre>${esc(JSON.stringify(schema, null, 2)).replace(/&quot;#\/components\/schemas\/(\w+)&quot;/g, '<a href="#schema-$1">&quot;$1&quot;</a>')}</pre></details>`;

export function docsPage(doc: Json): string {
  const byTag = new Map<string, string[]>();
  for (const [path, ops] of Object.entries(doc.paths as Json)) {
    for (const [method, op] of Object.entries(ops as Json)) {
      const o = op as Json;
      const params = (o.parameters ?? []) as Json[];
      const html = `<section class="op" id="${esc(o.operationId)}">
<h3><span class="m ${method}">${method.toUpperCase()}</span> <code>${esc(path)}</code></h3>
<p class="sum">${esc(o.summary)}</p><p>${md(o.description ?? '')}</p>
${params.length ? `<table><tr><th>parameter</th><th>in</th><th>type</th><th></th></tr>${params.map((p) => `<tr><td><code>${esc(p.name)}</code>${p.required ? ' *' : ''}</td><td>${esc(p.in)}</td><td>${esc(p.schema?.type ?? (p.schema?.enum ? p.schema.enum.join(' | ') : ''))}${p.schema?.enum ? ` (${esc(p.schema.enum.join(' | '))})` : ''}</td><td>${esc(p.description ?? '')}</td></tr>`).join('')}</table>` : ''}
${o.requestBody ? schemaBlock('Request body', o.requestBody.content['application/json'].schema) : ''}
<ul class="resp">${Object.entries(o.responses as Json).map(([st, r]) => `<li><b>${esc(st)}</b> ${esc((r as Json).description)}${(r as Json).content?.['application/json'] && Number(st) < 400 ? schemaBlock('schema', (r as Json).content['application/json'].schema) : ''}</li>`).join('')}</ul>
</section>`;
      const tag = (o.tags?.[0] as string) ?? 'Other';
      byTag.set(tag, [...(byTag.get(tag) ?? []), html]);
    }
  }
  const schemas = Object.entries((doc.components?.schemas ?? {}) as Json).map(([name, s]) => `<section id="schema-${esc(name)}"><h3>${esc(name)}</h3><pre>${esc(JSON.stringify(s, null, 2))}</pre></section>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(doc.info.title)} reference</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1b1f24;display:flex}
nav{width:240px;flex:none;height:100vh;position:sticky;top:0;overflow:auto;background:#f4f6f8;padding:16px;box-sizing:border-box;font-size:14px}
nav a{display:block;color:#24527a;text-decoration:none;padding:1px 0} main{padding:24px 40px;max-width:980px}
code,pre{font-family:ui-monospace,monospace;font-size:13px} pre{background:#f6f8fa;padding:10px;overflow:auto;border-radius:6px}
.op{border-top:1px solid #e1e4e8;padding:12px 0} .sum{font-weight:600;margin:4px 0}
.m{display:inline-block;min-width:58px;text-align:center;border-radius:4px;color:#fff;font-size:12px;padding:2px 6px}
.get{background:#2f80ed}.post{background:#27ae60}.put{background:#e2a03f}.delete{background:#d64545}
table{border-collapse:collapse;margin:6px 0} td,th{border:1px solid #e1e4e8;padding:3px 8px;text-align:left;font-size:13px}
.resp{padding-left:18px} details summary{cursor:pointer;color:#24527a}
</style></head><body>
<nav><strong>${esc(doc.info.title)}</strong><br><a href="/v1/openapi.json">openapi.json</a><br>
${[...byTag.keys()].map((t) => `<a href="#tag-${esc(t.replace(/\W+/g, '-'))}">${esc(t)}</a>`).join('')}<a href="#schemas">Schemas</a></nav>
<main><h1>${esc(doc.info.title)} <small>${esc(doc.info.version)}</small></h1><p>${md(doc.info.description ?? '')}</p>
<pre>curl -H "Authorization: Bearer $AUTOFLOW_KEY" http://127.0.0.1:8080/v1/workflows</pre>
${[...byTag].map(([t, ops]) => `<h2 id="tag-${esc(t.replace(/\W+/g, '-'))}">${esc(t)}</h2>${ops.join('\n')}`).join('\n')}
<h2 id="schemas">Schemas</h2>${schemas}
</main></body></html>`;
}
