/** The report's stylesheet, inlined: one file, no network. Dark like the game's UI; one column on a phone. */
export const STYLE = `
:root {
  --bg: #0e1116; --panel: #161b22; --panel-2: #1c232d; --line: #2a3240; --text: #e6e9ee; --muted: #9aa4b2;
  --gold: #f1c95b; --good: #58c27d; --warn: #f0a04b; --bad: #ef6b6b; --c: #b0b8c4; --radius: 12px;
  color-scheme: dark;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; background: var(--bg); color: var(--text);
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
}
a { color: var(--gold); }
.wrap { max-width: 1180px; margin: 0 auto; padding: 0 16px; }
.top { background: linear-gradient(180deg, #1a2130 0%, var(--bg) 100%); border-bottom: 1px solid var(--line); }
.top .wrap { display: flex; flex-wrap: wrap; gap: 12px 32px; align-items: flex-end; justify-content: space-between; padding-top: 22px; padding-bottom: 18px; }
h1 { margin: 0; font-size: 26px; letter-spacing: .2px; }
h1 span { color: var(--gold); }
.sub { margin: 2px 0 0; color: var(--muted); }
.meta { display: flex; flex-wrap: wrap; gap: 8px 22px; margin: 0; }
.meta div { min-width: 0; }
.meta dt { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .6px; }
.meta dd { margin: 0; font-weight: 600; }
.banner { margin: 14px max(16px, calc((100% - 1148px) / 2)) 0; padding: 12px 16px; border-radius: var(--radius); font-weight: 600; }
.banner.sample { background: repeating-linear-gradient(135deg, #4a1717 0 14px, #5a1c1c 14px 28px); border: 2px solid var(--bad); color: #fff; }
.banner.stale { background: #3d2c12; border: 1px solid var(--warn); }
.banner strong { letter-spacing: 1px; }
.filters { position: sticky; top: 0; z-index: 5; background: rgba(14,17,22,.94); backdrop-filter: blur(6px); border-bottom: 1px solid var(--line); }
.filters .wrap { display: flex; flex-wrap: wrap; gap: 10px 14px; align-items: center; padding-top: 10px; padding-bottom: 10px; }
.search { flex: 1 1 240px; min-width: 0; padding: 10px 12px; border-radius: 10px; border: 1px solid var(--line); background: var(--panel); color: var(--text); font: inherit; }
.search:focus { outline: 2px solid var(--gold); outline-offset: 1px; }
.chips, .seg { display: flex; flex-wrap: wrap; gap: 6px; }
.chip, .seg button { border: 1px solid var(--line); background: var(--panel); color: var(--text); border-radius: 999px; padding: 5px 11px; font: inherit; font-size: 13px; cursor: pointer; }
.chip { border-left: 4px solid var(--c); }
.chip[aria-pressed="true"], .seg button[aria-pressed="true"] { background: var(--panel-2); border-color: var(--c, var(--gold)); color: #fff; box-shadow: inset 0 0 0 1px var(--c, var(--gold)); }
.seg button { --c: var(--gold); }
.count { color: var(--muted); margin: 0; font-size: 13px; }
main.wrap { padding-top: 18px; padding-bottom: 40px; display: grid; gap: 16px; }
.empty { text-align: center; color: var(--muted); padding: 40px 0; }
.spec { background: var(--panel); border: 1px solid var(--line); border-top: 4px solid var(--c); border-radius: var(--radius); overflow: clip; }
.spec > header { display: flex; align-items: baseline; gap: 10px; padding: 12px 16px; background: linear-gradient(90deg, color-mix(in srgb, var(--c) 16%, transparent), transparent 70%); }
.spec h2 { margin: 0; font-size: 19px; }
.spec h2 .cls { color: var(--c); }
.spec .role { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .6px; }
.sections { display: grid; grid-template-columns: repeat(auto-fit, minmax(330px, 1fr)); gap: 1px; background: var(--line); }
.content { background: var(--panel); padding: 12px 16px 14px; min-width: 0; }
.content h3 { margin: 0 0 8px; font-size: 14px; text-transform: uppercase; letter-spacing: .8px; color: var(--muted); }
.content h3 .zone { text-transform: none; letter-spacing: 0; font-weight: 400; }
.nodata { color: var(--muted); padding: 12px 16px; margin: 0; }
.pick { display: grid; grid-template-columns: 1fr auto; gap: 4px 10px; align-items: center; }
.pick + .pick { margin-top: 8px; }
.pick .what { font-weight: 600; }
.pick .what small { font-weight: 400; color: var(--muted); }
.bar { grid-column: 1 / -1; height: 10px; border-radius: 6px; background: #0b0e13; border: 1px solid var(--line); overflow: hidden; }
.bar span { display: block; height: 100%; background: linear-gradient(90deg, color-mix(in srgb, var(--c) 70%, #000), var(--c)); border-radius: 6px; }
.pick.alt .bar span { background: repeating-linear-gradient(135deg, color-mix(in srgb, var(--c) 55%, #000) 0 6px, color-mix(in srgb, var(--c) 35%, #000) 6px 12px); }
.nums { color: var(--muted); font-size: 13px; }
.nums b { color: var(--text); font-size: 15px; }
.low { color: var(--warn); font-size: 12px; border: 1px solid var(--warn); border-radius: 6px; padding: 0 5px; margin-left: 4px; white-space: nowrap; }
.copy { border: 1px solid var(--gold); background: transparent; color: var(--gold); border-radius: 8px; padding: 4px 10px; font: inherit; font-size: 13px; cursor: pointer; white-space: nowrap; }
.copy:hover, .copy:focus-visible { background: var(--gold); color: #111; }
.copy.done { border-color: var(--good); background: var(--good); color: #08140c; }
.nocode { color: var(--muted); font-size: 12px; }
details { margin-top: 10px; border-top: 1px dashed var(--line); padding-top: 8px; }
summary { cursor: pointer; color: var(--muted); font-size: 13px; }
summary b { color: var(--text); }
.talents { display: flex; flex-wrap: wrap; gap: 4px; margin: 8px 0 0; padding: 0; list-style: none; }
.talents li { font-size: 12px; background: var(--panel-2); border: 1px solid var(--line); border-radius: 6px; padding: 1px 6px; }
.rows { display: grid; gap: 2px; margin-top: 8px; }
.row { display: grid; grid-template-columns: 118px 1fr auto; grid-template-areas: "name name copy" "mini delta delta" "flex flex flex"; gap: 4px 10px; align-items: center; padding: 7px 9px; border-radius: 8px; background: #12171e; }
.flex { grid-column: 1 / -1; color: var(--muted); font-size: 12px; overflow-wrap: anywhere; }
.row .flex { grid-area: flex; }
.row .name { grid-area: name; font-weight: 600; overflow-wrap: break-word; min-width: 0; }
.row .copy, .row .nocode { grid-area: copy; justify-self: end; }
.row .mini { grid-area: mini; display: grid; gap: 2px; font-size: 12px; color: var(--muted); }
.row .delta { grid-area: delta; }
.row .mini .bar { height: 6px; }
.delta { font-size: 12.5px; overflow-wrap: anywhere; }
.delta .add { color: var(--good); }
.delta .del { color: var(--bad); }
.delta.same { color: var(--muted); }
footer { color: var(--muted); font-size: 12px; border-top: 1px solid var(--line); }
footer .wrap { padding-top: 14px; padding-bottom: 24px; }
.hero { font-size: 12px; font-weight: 600; color: var(--c); border: 1px solid color-mix(in srgb, var(--c) 60%, transparent); border-radius: 6px; padding: 0 6px; margin-left: 4px; white-space: nowrap; }
.row .tree { grid-column: 1 / -1; margin-top: 2px; padding-top: 4px; }
/* A section with an open tree takes the card's whole width, so the three trees stand side by side. */
.content:has(details.tree[open]) { grid-column: 1 / -1; }
details.tree summary { color: var(--gold); }
.pick + details.tree { margin-bottom: 8px; }
.tv { display: flex; flex-wrap: wrap; gap: 10px 14px; align-items: flex-start; margin-top: 8px; }
.tv figure { margin: 0; max-width: 100%; background: #0b0e13; border: 1px solid var(--line); border-radius: 10px; padding: 4px 4px 0; }
.tv figcaption { font-size: 12px; color: var(--muted); padding: 2px 6px; }
.tv figcaption b { color: var(--text); }
.tv svg { display: block; max-width: 100%; height: auto; }
.tv .e { stroke: #2e3746; stroke-width: 2; }
.tv .e.on { stroke: color-mix(in srgb, var(--c) 75%, #fff); }
.tv .n .s { fill: #1a2029; stroke: #3a4455; stroke-width: 2; }
.tv .n.on .s { fill: color-mix(in srgb, var(--c) 55%, #111); stroke: var(--gold); }
.tv .n.free .s { stroke-dasharray: 3 2; }
.tv .n .ring { fill: none; stroke-width: 3; transform-box: fill-box; transform-origin: center; transform: scale(1.35); }
.tv .n.add .ring { stroke: var(--good); }
.tv .n.del .ring { stroke: var(--bad); stroke-dasharray: 4 3; }
.tv text { fill: #fff; font-size: 10px; font-weight: 700; text-anchor: middle; pointer-events: none; }
.tv .n.flex .s { stroke: #6cb6ff; stroke-dasharray: 4 2; }
.tv text.share { fill: #9ccfff; font-size: 9.5px; text-anchor: start; paint-order: stroke; stroke: #0b0e13; stroke-width: 3px; }
.legend { flex-basis: 100%; margin: 0; font-size: 12px; color: var(--muted); }
.legend .k { display: inline-block; width: 11px; height: 11px; border-radius: 50%; vertical-align: -1px; margin: 0 3px 0 10px; border: 2px solid; }
.legend .k.on { background: color-mix(in srgb, var(--c) 55%, #111); border-color: var(--gold); margin-left: 0; }
.legend .k.add { border-color: var(--good); }
.legend .k.del { border-color: var(--bad); border-style: dashed; }
.legend .k.flex { border-color: #6cb6ff; border-style: dashed; }
[hidden] { display: none !important; }
@media (max-width: 640px) {
  body { font-size: 14px; }
  h1 { font-size: 21px; }
  .top .wrap { padding-top: 14px; padding-bottom: 12px; }
  .meta { display: grid; grid-template-columns: 1fr 1fr; gap: 6px 14px; width: 100%; }
  .meta dd { font-size: 13px; }
  .chips { flex-wrap: nowrap; overflow-x: auto; padding-bottom: 2px; scrollbar-width: thin; }
  .chip { flex: 0 0 auto; }
  .sections { grid-template-columns: 1fr; }
  .row { grid-template-columns: 104px 1fr auto; }
  /* On a phone the filter bar scrolls away and each spec's name stays in view above its trees. */
  .filters { position: static; }
  .spec > header { position: sticky; top: 0; z-index: 4; background: var(--panel); }
}
`;
