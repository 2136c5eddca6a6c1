import { lazy, Suspense, type ComponentProps } from 'react';
import type { Chart as EagerChart } from './Chart';

const Chart = lazy(() => import('./Chart').then((m) => ({ default: m.Chart })));

/**
 * A chart whose code (ECharts, the largest bundle) loads after the page's text: the page's content
 * never waits for it. The space it takes is kept while it loads.
 */
export function LazyChart(props: ComponentProps<typeof EagerChart>) {
  return (
    <Suspense fallback={<div aria-busy="true" aria-label={props.label} style={{ width: '100%', height: props.height ?? 320 }} />}>
      <Chart {...props} />
    </Suspense>
  );
}
