/**
 * Strings people (or bots) type that have broken web pages, calendars and
 * documents before: markup and script, event-handler attributes, `javascript:`
 * URLs, SVG payloads, broken and bidirectional Unicode, and very long text.
 * The resilience tests put each into every field a person can fill in and
 * check that every output (widgets, `.ics` files, certificate SVGs, letters)
 * shows it as inert text. Each payload that could run sets
 * `window.__ngoPwned`, so a browser test can tell that nothing ran.
 *
 * @example
 * ```ts
 * for (const title of HOSTILE_STRINGS) await client.suggestions.create({ title, body: title, category: 'other' });
 * ```
 */
export const HOSTILE_STRINGS: readonly string[] = [
  '<script>window.__ngoPwned=1</script>',
  '"><script>window.__ngoPwned=2</script>',
  "'><img src=x onerror=\"window.__ngoPwned=3\">",
  '<img src=x onerror=window.__ngoPwned=4>',
  '<svg onload=window.__ngoPwned=5><circle r=1 /></svg>',
  '<svg><script>window.__ngoPwned=6</script></svg>',
  '<a href="javascript:window.__ngoPwned=7">click me</a>',
  'javascript:window.__ngoPwned=8',
  '<iframe srcdoc="<script>parent.__ngoPwned=9</script>"></iframe>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__ngoPwned=10>',
  '<noscript><p title="</noscript><img src=x onerror=window.__ngoPwned=11>">',
  '${window.__ngoPwned=12}{{constructor.constructor("window.__ngoPwned=13")()}}',
  '<style>*{display:none!important}</style>',
  '</script><script>window.__ngoPwned=14</script>',
  '\u202Egnp.exe\u202C and \u2066isolated\u2069 \u200F\u200E',
  'broken \uD800 surrogate \uDFFF halves',
  'line\r\nbreak\r\nSUMMARY:injected\r\nEND:VEVENT',
  'semi;colon,comma\\backslash',
  'Zero\u0000width\u200Bjoiner\u200D',
  '𝕳𝖔𝖘𝖙𝖎𝖑𝖊 👩‍👩‍👧‍👦 emoji and 漢字 mixed',
  'A'.repeat(5_000),
  'Word '.repeat(400).trim(),
];
