/**
 * xmldom 0.9 (every release through 0.9.12) compiles a fresh Unicode RegExp from its grammar for each
 * end tag it parses (sax.js: `g.reg('^', g.QName_group, g.S_OPT, '$')` inside the tag loop). On a
 * 200-page report that is tens of thousands of identical compilations, a fifth of the time of binding
 * and most of its garbage. The expressions are built from constant parts and carry no `g` or `y` flag,
 * so one compiled copy per combination behaves the same: sax.js looks `reg` up on the grammar module
 * at each call, and this puts a memo in its place. Imported for its effect by xml.ts.
 */
const grammar = require('@xmldom/xmldom/lib/grammar') as { reg: (...parts: Array<RegExp | string>) => RegExp; __baocaoMemo?: true };

if (!grammar.__baocaoMemo) {
  const compile = grammar.reg;
  const memo = new Map<string, RegExp>();
  // the grammar's parts are constant RegExp objects: keyed by identity, as their sources run to kilobytes
  const ids = new WeakMap<RegExp, number>();
  let next = 0;
  const idOf = (re: RegExp): number => {
    const known = ids.get(re);
    if (known !== undefined) return known;
    ids.set(re, next);
    return next++;
  };
  grammar.reg = function (this: unknown, ...parts: Array<RegExp | string>): RegExp {
    const key = parts.map((p) => (typeof p === 'string' ? `s${p}` : `r${idOf(p)}`)).join('\u0000');
    let re = memo.get(key);
    if (re === undefined) {
      re = compile.apply(this, parts);
      // stateless only: a global or sticky expression keeps lastIndex between uses
      if (re.global || re.sticky || memo.size >= 256) return re;
      memo.set(key, re);
    }
    return re;
  };
  grammar.__baocaoMemo = true;
}

export {};
