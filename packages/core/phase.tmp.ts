const t0 = performance.now();
process.on('exit', () => console.error('wall in process', (performance.now() - t0).toFixed(0), 'ms'));
await import('/work/main/packages/core/scripts/rollout-bench.ts');
