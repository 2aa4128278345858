import { it } from 'vitest';
import { loadBundledRuleSets } from '../../rules/registry';
import { TitleMatcher } from '../../checker/core/discover';
it('x', () => {
  const [r65, r66] = loadBundledRuleSets();
  for (const rs of [r65, r66]) {
    const t = new TitleMatcher(rs);
    for (const it of rs.items) {
      const hits = t.match(it.name.th);
      if (hits[0]?.itemId !== it.id) console.log(rs.id, it.id, it.name.th, '→', hits.slice(0, 3).map((h) => `${h.itemId}:${h.score.toFixed(2)}:${h.len.toFixed(0)}:${h.name}`));
      for (const a of it.aliases) {
        const h = t.match(a);
        if (h[0]?.itemId !== it.id) console.log('  alias', rs.id, it.id, a, '→', h.slice(0, 3).map((x) => `${x.itemId}:${x.score.toFixed(2)}:${x.len.toFixed(0)}:${x.name}`));
      }
    }
  }
});
