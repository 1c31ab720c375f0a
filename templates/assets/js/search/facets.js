// Faceted filtering: OR within a facet, AND across facets; each value's count follows the
// query and the other facets' filters.

const list = (keys) => [].concat(keys ?? []).map(String);

/**
 * Of `docs` (the documents matching the query), those passing `filters`, and every facet
 * value of the facets file with its count and whether it is selected.
 */
export function filterAndCount({ facets, docs: values }, docs, filters) {
  const owner = [];
  const keys = [];
  facets.forEach((facet, f) => facet.values.forEach((value) => {
    owner.push(f);
    keys.push(value.key);
  }));
  const wanted = facets.map((facet) => {
    const selected = Object.hasOwn(filters, facet.name) && list(filters[facet.name]);
    return selected?.length ? new Set(selected) : null;
  });
  // A filter on a facet this index lacks: no document here has the value.
  const lacking = Object.keys(filters).some((name) => list(filters[name]).length && !facets.some((f) => f.name === name));
  const counts = keys.map(() => 0);
  const passing = [];
  for (const doc of lacking ? [] : docs) {
    const own = values[doc] ?? [];
    const failed = [];
    wanted.forEach((set, f) => set && !own.some((v) => owner[v] === f && set.has(keys[v])) && failed.push(f));
    if (!failed.length) passing.push(doc);
    if (failed.length < 2) for (const v of own) if (!failed.length || owner[v] === failed[0]) counts[v]++;
  }
  let v = 0;
  return {
    passing,
    facets: facets.map((facet, f) => ({
      name: facet.name,
      values: facet.values.map(({ key, label }) => ({ key, label, count: counts[v++], selected: !!wanted[f]?.has(key) })),
    })),
  };
}

/** Facet lists of several indexes as one: counts summed, labels and order from the first to have a value. */
export function mergeFacets(lists) {
  const names = new Map();
  for (const facets of lists) {
    for (const { name, values } of facets) {
      if (!names.has(name)) names.set(name, new Map());
      const merged = names.get(name);
      for (const value of values) {
        const seen = merged.get(value.key);
        if (seen) {
          seen.count += value.count;
          seen.selected ||= value.selected;
        } else merged.set(value.key, { ...value });
      }
    }
  }
  return [...names].map(([name, merged]) => ({ name, values: [...merged.values()].filter((v) => v.count || v.selected) }))
    .filter((facet) => facet.values.length);
}
