// Summary statistics for benchmark samples: median with a 95% bootstrap confidence interval,
// and the ratio of two medians with its own bootstrap interval. Seeded, so a run is reproducible.

const RESAMPLES = 2000;

/** Small deterministic PRNG (mulberry32). */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const n = s.length;
  if (n === 0) return NaN;
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}

function resample(values, random) {
  return values.map(() => values[Math.floor(random() * values.length)]);
}

function percentile(sorted, p) {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.round(p * (sorted.length - 1))));
  return sorted[i];
}

/** { n, median, ci: [low, high], min, max } of the samples. */
export function summarize(samples, seed = 1) {
  const random = rng(seed);
  const medians = [];
  for (let i = 0; i < RESAMPLES; i++) medians.push(median(resample(samples, random)));
  medians.sort((a, b) => a - b);
  return {
    n: samples.length,
    median: median(samples),
    ci: [percentile(medians, 0.025), percentile(medians, 0.975)],
    min: Math.min(...samples),
    max: Math.max(...samples),
  };
}

/** Ratio of the medians of two sample sets, with a bootstrap 95% interval. */
export function ratio(numerator, denominator, seed = 2) {
  const random = rng(seed);
  const values = [];
  for (let i = 0; i < RESAMPLES; i++) values.push(median(resample(numerator, random)) / median(resample(denominator, random)));
  values.sort((a, b) => a - b);
  return { value: median(numerator) / median(denominator), ci: [percentile(values, 0.025), percentile(values, 0.975)] };
}

/**
 * For figures taken side by side in each sample (ours, then the peer's, on the same machine state): the median of
 * the per-sample ratios, with a bootstrap 95% interval. A busy moment slows both sides of a pair, so this varies
 * less than the ratio of two medians.
 */
export function pairedRatio(numerator, denominator, seed = 3) {
  const n = Math.min(numerator.length, denominator.length);
  const ratios = [];
  for (let i = 0; i < n; i++) ratios.push(numerator[i] / denominator[i]);
  const { median: value, ci } = summarize(ratios, seed);
  return { value, ci, paired: true };
}
