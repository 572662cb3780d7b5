import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * React.lazy keeps a failed import for good, so an error boundary's "Try again" would fail the same way until a
 * reload. This one forgets a failed import: the next render (the retry) downloads the chunk again.
 */
export function retryableLazy<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const fresh = (): LazyExoticComponent<ComponentType<P>> =>
    lazy(() =>
      load().then(
        (component) => ({ default: component }),
        (error: unknown) => {
          current = fresh();
          throw error;
        },
      ),
    );
  let current = fresh();
  return function Retryable(props: P) {
    const Current = current;
    return <Current {...props} />;
  };
}
